package org.interphase.library;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;

/**
 * A materials library contributed headless through this fragment's META-INF/services file, as a plug-in would
 * contribute one: a material citing a source it declares and one citing a built-in source.
 */
public final class TestLibraryContribution implements MaterialLibraryContribution {

    static final String TEXT = """
            source [test-contrib] "A contributed test source"
            material TestFilm-contributed "Li3BO3" class=ternary-oxide
              ionicConductivity = 2e-6 S/cm @ 25 °C source=[test-contrib] "table 1"
            """;

    @Override
    public String id() {
        return "org.interphase.library.tests";
    }

    @Override
    public String fileName() {
        return "test.lib";
    }

    @Override
    public Reader open() throws IOException {
        return new StringReader(TEXT);
    }
}
