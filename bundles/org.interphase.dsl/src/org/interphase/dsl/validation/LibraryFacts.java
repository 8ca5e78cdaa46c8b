package org.interphase.dsl.validation;

import java.util.Optional;

import org.interphase.core.provenance.Source;
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

	static MaterialLibrary library() {
		return LibraryMaterials.installed().library();
	}

	/** The library entry for {@code material}, if the reference resolved and the library has that id. */
	static Optional<org.interphase.library.Material> entry(Material material) {
		if (material == null || material.eIsProxy()) {
			return Optional.empty();
		}
		return LibraryMaterials.entry(material).or(() -> library().material(material.getName()));
	}

	/** A citation short enough for a message, e.g. "[000] facts §a1, §d1". */
	static String cite(Source source) {
		return source.locator().isEmpty() ? source.key() : source.key() + " " + source.locator();
	}

	/** A citation with the library line it was read from, e.g. "[002] facts §d10, ald.lib:64". */
	static String cite(Source source, Origin origin) {
		return cite(source) + ", " + origin;
	}
}
