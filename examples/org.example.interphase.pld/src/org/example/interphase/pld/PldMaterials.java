package org.example.interphase.pld;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

import org.interphase.library.MaterialLibraryContribution;

/** The films this plug-in's technique makes, as a materials library ({@code pld.iph} next to this class). */
public final class PldMaterials implements MaterialLibraryContribution {

    /** Library id of amorphous Li3PO4 made by PLD, the technique's usual film. */
    static final String LI3PO4_PLD = "Li3PO4-PLD";

    private static final String FILE = "pld.iph";

    @Override
    public String id() {
        return "org.example.interphase.pld";
    }

    @Override
    public String fileName() {
        return FILE;
    }

    @Override
    public Reader open() throws IOException {
        InputStream stream = PldMaterials.class.getResourceAsStream(FILE);
        if (stream == null) {
            throw new IOException(FILE + " is missing from the plug-in " + id() + "; reinstall it");
        }
        return new InputStreamReader(stream, StandardCharsets.UTF_8);
    }
}
