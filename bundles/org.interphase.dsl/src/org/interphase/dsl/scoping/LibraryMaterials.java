package org.interphase.dsl.scoping;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.interphase.dsl.library.Libraries;
import org.interphase.library.MaterialLibrary;
import org.interphase.library.Origin;
import org.interphase.model.InterphaseFactory;
import org.interphase.model.Material;
import org.interphase.model.Source;

/**
 * The materials of a {@link MaterialLibrary} as model {@link Material}s, so that .iph files can refer to them like to
 * their own declarations. Each lives in a resource per library file with the URI
 * {@value #SCHEME}{@code :/<file>.iph}, and its URI fragment is its library id, e.g.
 * {@code interphase-library:/electrolytes.iph#LATP}: a reference saved to XMI says where the material comes from.
 *
 * <p>A synthesised material carries its name, formula, class and phase; the sourced values stay in the library entry,
 * which {@link #entry(EObject)} returns together with its {@link Origin} (file and line) for messages, hovers and
 * navigation. The objects are read-only views and may be shared between resource sets.
 */
public final class LibraryMaterials {

	/** URI scheme of the resources that hold library materials. */
	public static final String SCHEME = "interphase-library";

	private static final class Installed {
		static final LibraryMaterials INSTANCE = new LibraryMaterials(Libraries.installed());
	}

	private final MaterialLibrary library;
	private final List<Material> materials;
	private final List<Source> sources;

	/** Builds model materials for every material of {@code library}, in library order. */
	public LibraryMaterials(MaterialLibrary library) {
		this.library = library;
		Map<String, LibraryResource> resources = new LinkedHashMap<>();
		List<Material> all = new ArrayList<>();
		for (org.interphase.library.Material entry : library.materials()) {
			LibraryResource resource = resources.computeIfAbsent(entry.origin().file(),
					file -> new LibraryResource(URI.createURI(SCHEME + ":/" + file)));
			Material material = InterphaseFactory.eINSTANCE.createMaterial();
			material.setName(entry.id());
			material.setFormula(entry.formula());
			material.setMaterialClass(entry.materialClass().word());
			material.setPhase(entry.phase().isEmpty() ? null : entry.phase());
			material.eAdapters().add(new EntryAdapter(entry));
			resource.getContents().add(material);
			all.add(material);
		}
		this.materials = List.copyOf(all);
		// The library's sources, so that a file may cite them ("source Sun2025 \"Table 2\"") without declaring them.
		LibraryResource sourcesResource = new LibraryResource(URI.createURI(SCHEME + ":/sources"));
		List<Source> cited = new ArrayList<>();
		library.citations().forEach((key, citation) -> {
			if (key.startsWith("[") && key.endsWith("]") && !key.contains(",")) {
				Source source = InterphaseFactory.eINSTANCE.createSource();
				source.setName(key.substring(1, key.length() - 1));
				source.setCitation(citation);
				sourcesResource.getContents().add(source);
				cited.add(source);
			}
		});
		this.sources = List.copyOf(cited);
	}

	/** The library's sources as model {@link Source}s, which files may cite without declaring them. */
	public List<Source> sources() {
		return sources;
	}

	/**
	 * The materials of {@link MaterialLibrary#installed()} (built-in and contributed by plug-ins), built once: what
	 * files can refer to and what validation checks against.
	 */
	public static LibraryMaterials installed() {
		return Installed.INSTANCE;
	}

	/** The library these materials come from. */
	public MaterialLibrary library() {
		return library;
	}

	/** All materials, in library order. */
	public List<Material> materials() {
		return materials;
	}

	/** The library entry a synthesised material stands for; empty for a material declared in a file. */
	public static Optional<org.interphase.library.Material> entry(EObject object) {
		return object.eAdapters().stream().filter(EntryAdapter.class::isInstance)
				.map(adapter -> ((EntryAdapter) adapter).entry).findFirst();
	}

	/** Where the library declares a synthesised material (file and line); empty for a material declared in a file. */
	public static Optional<Origin> origin(EObject object) {
		return entry(object).map(org.interphase.library.Material::origin);
	}

	/** Links a model material to its library entry. */
	private static final class EntryAdapter extends AdapterImpl {
		final org.interphase.library.Material entry;

		EntryAdapter(org.interphase.library.Material entry) {
			this.entry = entry;
		}
	}

	/** Resolves fragments by library id, so URIs stay stable when the library adds or reorders entries. */
	private static final class LibraryResource extends ResourceImpl {

		LibraryResource(URI uri) {
			super(uri);
		}

		@Override
		public String getURIFragment(EObject object) {
			return object instanceof Material material && material.eResource() == this ? material.getName()
					: super.getURIFragment(object);
		}

		@Override
		public EObject getEObject(String fragment) {
			return getContents().stream()
					.filter(object -> object instanceof Material material && fragment.equals(material.getName()))
					.findFirst().orElseGet(() -> super.getEObject(fragment));
		}
	}
}
