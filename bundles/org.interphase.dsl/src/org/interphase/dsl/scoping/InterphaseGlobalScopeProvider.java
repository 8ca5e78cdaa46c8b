package org.interphase.dsl.scoping;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.EObjectDescription;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.impl.DefaultGlobalScopeProvider;
import org.eclipse.xtext.scoping.impl.MultimapBasedScope;

import com.google.common.base.Predicate;

/**
 * The global scope of the files in a resource set, laid over the installed library (built-in and contributed by
 * plug-ins): like {@code java.lang}, the library's materials and sources are visible everywhere by their names without
 * an import,
 * and a declaration with the same name in a file (or imported into it) shadows the library's one because the
 * library is the outermost scope.
 */
public class InterphaseGlobalScopeProvider extends DefaultGlobalScopeProvider {

	private final List<IEObjectDescription> library = Stream.concat(
			LibraryMaterials.installed().materials().stream().map(material -> EObjectDescription.create(
					QualifiedName.create(material.getName()), (EObject) material)),
			LibraryMaterials.installed().sources().stream().map(source -> EObjectDescription.create(
					QualifiedName.create(source.getName()), (EObject) source)))
			.toList();

	/**
	 * The library as a scope per type, built once: building it for every reference made linking a file with many
	 * names slow. Filtered scopes (rare) are built each time.
	 */
	private final Map<List<Object>, IScope> libraryScopes = new ConcurrentHashMap<>();

	@Override
	protected IScope getScope(Resource resource, boolean ignoreCase, EClass type,
			Predicate<IEObjectDescription> filter) {
		IScope libraryScope = filter == null
				? libraryScopes.computeIfAbsent(List.of(type, ignoreCase), key -> libraryScope(ignoreCase, type, null))
				: libraryScope(ignoreCase, type, filter);
		return getScope(libraryScope, resource, ignoreCase, type, filter);
	}

	private IScope libraryScope(boolean ignoreCase, EClass type, Predicate<IEObjectDescription> filter) {
		List<IEObjectDescription> visible = library.stream()
				.filter(description -> EcoreUtil2.isAssignableFrom(type, description.getEClass()))
				.filter(description -> filter == null || filter.apply(description))
				.toList();
		return MultimapBasedScope.createScope(IScope.NULLSCOPE, visible, ignoreCase);
	}
}
