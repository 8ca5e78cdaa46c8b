package org.interphase.dsl.ide.library;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.interphase.core.extensions.Contributions;
import org.interphase.dsl.library.Libraries;
import org.interphase.dsl.library.LibraryFiles;
import org.interphase.library.MaterialLibraryContribution;

/**
 * The text of every file of the installed library, as editors show it: the built-in files in the order of their
 * index, then each plug-in's file. A file's name is the one its entries' origins carry ({@code electrolytes.iph},
 * {@code org.example.interphase.pld/pld.iph}), so an origin finds its file. Read once, on first use.
 */
public final class InstalledLibraryFiles {

    private InstalledLibraryFiles() {
    }

    private static final class Installed {
        static final List<LibraryFiles.Text> FILES = read();
    }

    /** Every installed library file; a contribution that cannot be read is left out, as the library leaves it out. */
    public static List<LibraryFiles.Text> all() {
        return Installed.FILES;
    }

    /** The installed file named {@code name}, as an entry's origin names it. */
    public static Optional<LibraryFiles.Text> named(String name) {
        return all().stream().filter(file -> file.name().equals(name)).findFirst();
    }

    /** Whether {@code name} is a plug-in's file ({@code <plug-in id>/<file>}) rather than a built-in one. */
    public static boolean isContributed(String name) {
        return name.contains("/");
    }

    /** Who ships the file, for titles and hovers: "built-in library" or "library of plug-in <id>". */
    public static String owner(String name) {
        return isContributed(name) ? "library of plug-in " + name.substring(0, name.lastIndexOf('/'))
                : "built-in library";
    }

    private static List<LibraryFiles.Text> read() {
        List<LibraryFiles.Text> files = new ArrayList<>(Libraries.builtInFiles());
        for (MaterialLibraryContribution contribution : Contributions.all(MaterialLibraryContribution.class,
                MaterialLibraryContribution.EXTENSION_POINT)) {
            try (Reader reader = contribution.open(); BufferedReader lines = new BufferedReader(reader)) {
                // Joined as Libraries reads it, so the lines are those the entries' origins count.
                files.add(new LibraryFiles.Text(contribution.id() + "/" + contribution.fileName(),
                        String.join("\n", lines.lines().toList())));
            } catch (IOException | UncheckedIOException e) {
                // The installed library logged this contribution as left out; it has no entries to show.
            }
        }
        return List.copyOf(files);
    }
}
