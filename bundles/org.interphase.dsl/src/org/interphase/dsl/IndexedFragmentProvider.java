package org.interphase.dsl;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.IFragmentProvider;
import org.eclipse.xtext.util.IResourceScopeCache;

import com.google.inject.Inject;

/**
 * EMF's fragments ({@code //@elements.0/@layers.7}), computed with the positions of objects in their lists cached
 * until the resource changes. EMF finds a position by searching the list, so giving every diagnostic of a stack
 * with 10⁵ layers its fragment took time quadratic in the number of layers.
 */
public class IndexedFragmentProvider implements IFragmentProvider {

	private static final String POSITIONS = IndexedFragmentProvider.class.getName() + ".positions";

	@Inject
	private IResourceScopeCache cache;

	@Override
	public String getFragment(EObject object, Fallback fallback) {
		Resource resource = object.eResource();
		if (resource == null || resource.getContents().size() != 1) {
			return fallback.getFragment(object);
		}
		Map<List<?>, Map<EObject, Integer>> positions = cache.get(POSITIONS, resource, IdentityHashMap::new);
		Deque<String> segments = new ArrayDeque<>();
		EObject current = object;
		while (current.eContainer() != null) {
			EReference feature = current.eContainmentFeature();
			// Objects of another resource contained here, and keyed references, have other fragments.
			if (((InternalEObject) current).eDirectResource() != null || !feature.getEKeys().isEmpty()) {
				return fallback.getFragment(object);
			}
			if (feature.isMany()) {
				List<?> list = (List<?>) current.eContainer().eGet(feature, false);
				Integer index = positions.computeIfAbsent(list, IndexedFragmentProvider::index).get(current);
				segments.push("@" + feature.getName() + "." + index);
			} else {
				segments.push("@" + feature.getName());
			}
			current = current.eContainer();
		}
		if (current != resource.getContents().get(0)) {
			return fallback.getFragment(object);
		}
		return "/" + (segments.isEmpty() ? "" : "/" + String.join("/", segments));
	}

	@Override
	public EObject getEObject(Resource resource, String fragment, Fallback fallback) {
		return fallback.getEObject(fragment);
	}

	private static Map<EObject, Integer> index(List<?> list) {
		Map<EObject, Integer> positions = new IdentityHashMap<>(list.size() * 2);
		for (int i = 0; i < list.size(); i++) {
			positions.put((EObject) list.get(i), i);
		}
		return positions;
	}
}
