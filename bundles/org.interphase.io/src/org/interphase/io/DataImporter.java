package org.interphase.io;

import java.nio.file.Path;
import java.util.List;

/**
 * Reads one kind of measured-data file (a cycler's or potentiostat's export) into {@link MeasuredData} in SI units
 * with Interphase's sign conventions. Importers are contributed through the {@code org.interphase.io.importers}
 * extension point, or headless through {@link java.util.ServiceLoader}; an importer must not keep state between
 * calls.
 */
public interface DataImporter {

    /** A stable identifier, e.g. {@code "biologic-mpt"}. */
    String id();

    /** What a user picks in a file dialog, e.g. "BioLogic EC-Lab text export (.mpt)". */
    String label();

    /** File name extensions this importer reads, lower case without the dot, e.g. {@code ["mpt"]}. */
    List<String> fileExtensions();

    /**
     * Reads a whole file. Either everything is read or nothing: a malformed file throws and returns no partial data.
     *
     * @throws ImportException with the file, the line and what to do, if the file cannot be read as this format
     */
    MeasuredData read(Path file);

    /**
     * Whether the beginning of a file looks like this importer's format, so that a file with an ambiguous extension
     * (.csv, .txt) can be given to the right importer. The head is the file's lines up to about 4 Mi characters (all
     * of most files, so markers after long tables are seen), each ended by '\n', without a byte-order mark.
     * Importers that need configuring before they can read anything recognise nothing.
     */
    default boolean recognizes(String head) {
        return false;
    }
}
