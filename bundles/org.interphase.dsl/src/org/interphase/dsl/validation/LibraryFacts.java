package org.interphase.dsl.validation;

import java.util.Optional;

import org.interphase.core.provenance.Source;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.interphase.dsl.library.FilesLibrary;
import org.interphase.dsl.scoping.LibraryMaterials;
import org.interphase.library.MaterialLibrary;
import org.interphase.library.Origin;
import org.interphase.model.Material;

/**
 * What the installed library (built-in and contributed by plug-ins) says about a material of a model. A material taken from the library is its entry; a
 * material a file declares with a library id (shadowing the built-in one) keeps the library's facts that the file
 * cannot state, such as "reduced by Li", because the id names the same material.
 */
final class LibraryFacts {

	private LibraryFacts() {
	}

	/** The installed library: the built-in one and what plug-ins contribute. */
	static MaterialLibrary library() {
		return LibraryMaterials.installed().library();
	}

	/**
	 * The library as the files loaded with {@code context} see it: the installed one with their materials,
	 * processes, interfaces and curves laid over it, kept until the file changes; the installed one alone where
	 * those do not fit ({@link LibraryEntryChecks} reports why).
	 */
	static MaterialLibrary library(EObject context) {
		Resource resource = context == null ? null : context.eResource();
		if (resource == null || resource.getResourceSet() == null) {
			return library();
		}
		return files(resource).combined().orElse(library());
	}

	/** The files loaded with {@code resource} laid over the installed library, shared by all checks of its state. */
	static FilesLibrary files(Resource resource) {
		return FilesLibrary.of(resource, library());
	}

	/** The library entry for {@code material}, if the reference resolved and the library has that id. */
	static Optional<org.interphase.library.Material> entry(Material material) {
		if (material == null || material.eIsProxy()) {
			return Optional.empty();
		}
		return LibraryMaterials.entry(material).or(() -> library(material).material(material.getName()));
	}

	/** A citation short enough for a message, e.g. "[Tolganbek2022Review] Table 1, row Li1.3Al0.3Ti1.7(PO4)3". */
	static String cite(Source source) {
		return source.locator().isEmpty() ? source.key() : source.key() + " " + source.locator();
	}

	/** A citation with the library line it was read from, e.g. "[Han2021] Section 2.6, Fig. 16, ald.iph:64". */
	static String cite(Source source, Origin origin) {
		return cite(source) + ", " + origin;
	}
}
