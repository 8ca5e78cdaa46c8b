package org.interphase.io;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.interphase.core.extensions.Contributions;

/**
 * Finds the importer for a file among a list of importers: one that {@link DataImporter#recognizes recognises} the
 * file's beginning, preferring those registered for its extension (an EC-Lab export saved as .txt is still found). A
 * file no importer recognises, such as a spreadsheet's CSV, is left to the user's {@link ColumnMapping}. Without a
 * list, the installed importers are used: this bundle's, and those other plug-ins contribute to the
 * {@value #EXTENSION_POINT} extension point (or, headless, list as {@link java.util.ServiceLoader} services).
 */
public final class DataImporters {

    /** The extension point importers of other plug-ins are contributed to. */
    public static final String EXTENSION_POINT = "org.interphase.io.importers";

    /**
     * How much of a file importers see to recognise it: all of most files, since a format's markers may come after
     * long tables (a Gamry EIS file's ZCURVE after its open-circuit table), but bounded so that detection never
     * holds a huge file in memory.
     */
    static final int HEAD_CHARS = 4 << 20;

    private DataImporters() {
    }

    /** Every installed importer, one per id; an importer that cannot be created is logged and left out. */
    public static List<DataImporter> all() {
        return Contributions.all(DataImporter.class, EXTENSION_POINT, DataImporter::id);
    }

    /** The importer for {@code file} among {@link #all()}. */
    public static Optional<DataImporter> forFile(Path file) {
        return forFile(file, all());
    }

    /**
     * The importer for {@code file} among {@code importers}, or empty if none fits.
     *
     * @throws ImportException if the file cannot be read
     */
    public static Optional<DataImporter> forFile(Path file, List<DataImporter> importers) {
        String head = head(file);
        String extension = extension(file);
        List<DataImporter> recognising = importers.stream().filter(i -> i.recognizes(head)).toList();
        return recognising.stream().filter(i -> i.fileExtensions().contains(extension)).findFirst()
                .or(() -> recognising.stream().findFirst());
    }

    /**
     * Reads {@code file} with the importer {@link #forFile(Path)} finds.
     *
     * @throws ImportException if no importer recognises the file (naming the formats that can be read) or the file
     *                         is malformed
     */
    public static MeasuredData read(Path file) {
        List<DataImporter> importers = all();
        return forFile(file, importers).orElseThrow(() -> new ImportException(file, 0,
                "no importer recognises this file; the formats that can be read are: "
                        + importers.stream().map(DataImporter::label).collect(Collectors.joining(", "))
                        + "; for other delimited text, import it with chosen columns"))
                .read(file);
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** The file's first lines, up to {@link #HEAD_CHARS}, each ended by '\n' and without a byte-order mark. */
    private static String head(Path file) {
        StringBuilder head = new StringBuilder();
        try (TextLines lines = TextLines.open(file)) {
            for (String line = lines.next(); line != null && head.length() < HEAD_CHARS; line = lines.next()) {
                head.append(line).append('\n');
            }
        }
        return head.toString();
    }
}
