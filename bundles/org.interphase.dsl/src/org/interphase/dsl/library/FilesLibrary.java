package org.interphase.dsl.library;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.resource.XtextResource;
import org.interphase.library.LibraryException;
import org.interphase.library.MaterialLibrary;

/**
 * The library a file is checked and simulated against: a base library with the materials, processes, interfaces and
 * curves of every file loaded with it laid over it, or what in those files does not fit. Laying them over is the
 * costly step of checking a big file, so it is done once per state of the file (kept in the resource's cache, which
 * forgets it when the file changes) and shared by every check and by the compiler of each of its experiments.
 */
public final class FilesLibrary {

    private final WrittenEntries written;
    private final MaterialLibrary combined;
    private final LibraryException problem;

    private FilesLibrary(WrittenEntries written, MaterialLibrary combined, LibraryException problem) {
        this.written = written;
        this.combined = combined;
        this.problem = problem;
    }

    /**
     * The library the files of {@code resource}'s resource set make over {@code base}, computed once per state of
     * {@code resource} and base library.
     */
    public static FilesLibrary of(Resource resource, MaterialLibrary base) {
        ResourceSet files = resource.getResourceSet();
        if (!(resource instanceof XtextResource file)) {
            return combine(files, base);
        }
        // Libraries compare by identity: one entry per base library (the installed one, a test's own).
        Map<MaterialLibrary, FilesLibrary> byBase = file.getCache().get(FilesLibrary.class, resource,
                ConcurrentHashMap::new);
        return byBase.computeIfAbsent(base, library -> combine(files, library));
    }

    private static FilesLibrary combine(ResourceSet files, MaterialLibrary base) {
        WrittenEntries written = new WrittenEntries(WrittenEntries.Citations.OWN_FILE).addAll(files);
        try {
            return new FilesLibrary(written, written.laidOver(base), null);
        } catch (LibraryException e) {
            return new FilesLibrary(written, null, e);
        }
    }

    /** What the files declare for the library. */
    public WrittenEntries written() {
        return written;
    }

    /** The combined library, if the files' entries fit the base library. */
    public Optional<MaterialLibrary> combined() {
        return Optional.ofNullable(combined);
    }

    /** Why the files' entries do not fit the base library, each problem with its file and line. */
    public Optional<LibraryException> problem() {
        return Optional.ofNullable(problem);
    }
}
