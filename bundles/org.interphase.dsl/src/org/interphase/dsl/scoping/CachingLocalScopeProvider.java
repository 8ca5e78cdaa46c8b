package org.interphase.dsl.scoping;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.impl.ImportedNamespaceAwareLocalScopeProvider;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.eclipse.xtext.util.Tuples;

import com.google.inject.Inject;

/**
 * Xtext's local scopes, built once per reference and enclosing named element rather than once per reference
 * written: building them for every one of 10⁵ names took most of the linking time. In this language only the file
 * has imports and only named elements (stacks, layers, recipes, ...) open a namespace, so every context below the
 * same named element sees the same scope. Cached until the resource changes.
 */
public class CachingLocalScopeProvider extends ImportedNamespaceAwareLocalScopeProvider {

	@Inject
	private IResourceScopeCache cache;

	@Override
	public IScope getScope(EObject context, EReference reference) {
		if (context == null || context.eResource() == null) {
			return super.getScope(context, reference);
		}
		EObject owner = context;
		while (owner.eContainer() != null && getQualifiedNameOfLocalElement(owner) == null) {
			owner = owner.eContainer();
		}
		EObject namespace = owner;
		return cache.get(Tuples.create(CachingLocalScopeProvider.class, reference, namespace), context.eResource(),
				() -> super.getScope(namespace, reference));
	}
}
