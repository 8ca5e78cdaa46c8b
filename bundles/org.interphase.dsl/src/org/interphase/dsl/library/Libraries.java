package org.interphase.dsl.library;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.interphase.core.extensions.Contributions;
import org.interphase.library.LibraryException;
import org.interphase.library.MaterialLibrary;
import org.interphase.library.MaterialLibraryContribution;

/**
 * The libraries a simulation reads: the built-in one, {@code .iph} files shipped in {@code org.interphase.library}
 * ({@code data/index.txt} lists them), and the installed one, the built-in library with what plug-ins contribute
 * ({@link MaterialLibraryContribution}, {@code .iph} text that may cite the built-in sources). Both are read once, on
 * first use, and shared; libraries are immutable.
 */
public final class Libraries {

    private static final String DATA = "data/";
    private static final String INDEX = "index.txt";
    /** The built-in file that declares the sources; contributed libraries may cite them. */
    private static final String SOURCES = "sources.iph";

    private Libraries() {
    }

    private static final class BuiltIn {
        static final MaterialLibrary LIBRARY = readBuiltIn();
    }

    private static final class Installed {
        static final MaterialLibrary LIBRARY = readInstalled();
    }

    /**
     * The built-in library.
     *
     * @throws LibraryException if a built-in file has a problem (a packaging error: the build checks them)
     */
    public static MaterialLibrary builtIn() {
        return BuiltIn.LIBRARY;
    }

    /**
     * The built-in library with every contributed library added. A contribution that cannot be read is logged and
     * left out; the others are still added.
     */
    public static MaterialLibrary installed() {
        return Installed.LIBRARY;
    }

    /** The built-in library's files, in the order of the index. */
    public static List<LibraryFiles.Text> builtInFiles() {
        try {
            List<LibraryFiles.Text> files = new ArrayList<>();
            for (String line : text(INDEX).lines().toList()) {
                String name = line.strip();
                if (!name.isEmpty() && !name.startsWith("#")) {
                    files.add(new LibraryFiles.Text(name, text(name)));
                }
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the built-in library from its bundle", e);
        }
    }

    /**
     * A library file read over the built-in library, as a plug-in's file is: it may cite the built-in sources and
     * refer to the built-in materials.
     *
     * @return the file's entries as a library of their own, ready for {@link MaterialLibrary#withOverrides}
     * @throws LibraryException listing every problem with its line
     */
    public static MaterialLibrary read(String name, String text) {
        return read(builtIn(), name, text);
    }

    private static MaterialLibrary read(MaterialLibrary base, String name, String text) {
        try {
            // Read beside the built-in sources, which a library file may cite as the built-in files do.
            return LibraryFiles.read(List.of(new LibraryFiles.Text(SOURCES, text(SOURCES)),
                    new LibraryFiles.Text(name, text)), base);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the built-in sources from their bundle", e);
        }
    }

    /**
     * {@code base} with the entries of each contribution added, in order. A contribution that cannot be read or
     * has problems is left out and described in {@code problems} (with its file and line), so that one broken
     * plug-in does not take the others with it.
     */
    public static MaterialLibrary withContributions(MaterialLibrary base,
            List<? extends MaterialLibraryContribution> contributions, List<String> problems) {
        MaterialLibrary combined = base;
        for (MaterialLibraryContribution contribution : contributions) {
            String file = contribution.id() + "/" + contribution.fileName();
            try (Reader reader = contribution.open(); BufferedReader lines = new BufferedReader(reader)) {
                String text = String.join("\n", lines.lines().toList());
                combined = combined.withOverrides(read(combined, file, text));
            } catch (IOException | UncheckedIOException e) {
                problems.add("materials library " + file + " cannot be read: " + e.getMessage());
            } catch (LibraryException e) {
                problems.add("materials library " + file + " is left out: " + e.getMessage());
            }
        }
        return combined;
    }

    private static MaterialLibrary readBuiltIn() {
        return LibraryFiles.read(builtInFiles(), MaterialLibrary.empty());
    }

    private static MaterialLibrary readInstalled() {
        List<String> problems = new ArrayList<>();
        MaterialLibrary library = withContributions(builtIn(), Contributions.all(MaterialLibraryContribution.class,
                MaterialLibraryContribution.EXTENSION_POINT), problems);
        System.Logger log = System.getLogger(Libraries.class.getName());
        problems.forEach(problem -> log.log(System.Logger.Level.WARNING, problem));
        return library;
    }

    private static String text(String file) throws IOException {
        try (InputStream stream = MaterialLibrary.class.getResourceAsStream(DATA + file)) {
            if (stream == null) {
                throw new IOException("built-in library file " + DATA + file + " is missing from the bundle");
            }
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
