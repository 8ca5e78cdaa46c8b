package org.interphase.library;

import java.io.IOException;
import java.io.Reader;

import org.interphase.core.extensions.Contribution;

/**
 * A materials library that a plug-in adds to the installed library: {@code .iph} text in the Interphase language
 * (as the built-in {@code data/*.iph} files are written), typically a resource of the plug-in. It may cite
 * the built-in sources and refer to built-in materials. Contributed through the extension point
 * {@value #EXTENSION_POINT} (schema {@code schema/materials.exsd}) or headless through
 * {@code META-INF/services/org.interphase.library.MaterialLibraryContribution}.
 *
 * <p>{@link #id()} names the contributor in every entry's provenance: an entry's {@link Origin#file()} is
 * {@code <id>/<fileName>}, e.g. {@code org.example.interphase.pld/pld.iph}.
 */
public interface MaterialLibraryContribution extends Contribution {

    /** Id of the extension point that materials libraries are contributed to. */
    String EXTENSION_POINT = "org.interphase.library.materials";

    /** The name of the library file, e.g. {@code "pld.iph"}, as messages and provenance show it. */
    String fileName();

    /** Opens the library text; the caller closes the reader. */
    Reader open() throws IOException;
}
