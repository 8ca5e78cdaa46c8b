package org.interphase.library;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads library files one after another into one set of entries. Files may cite sources declared
 * by earlier files; ids must be unique across the files read together.
 */
final class LibraryLoader {

    private final Map<String, String> citations;
    private final Map<String, Material> materials = new LinkedHashMap<>();
    private final Map<String, FabricationProcess> processes = new LinkedHashMap<>();
    private final List<LibraryProblem> problems = new ArrayList<>();

    /** @param knownCitations sources the files may cite without declaring them, by key */
    LibraryLoader(Map<String, String> knownCitations) {
        this.citations = new LinkedHashMap<>(knownCitations);
    }

    void add(String file, Reader reader) throws IOException {
        BufferedReader buffered = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        LibraryParser.Parsed parsed = LibraryParser.parse(file, buffered, citations);
        citations.putAll(parsed.citations());
        List<LibraryProblem> found = new ArrayList<>(parsed.problems());
        for (Block block : parsed.blocks()) {
            try {
                if (block.kind() == EntryKind.MATERIAL) {
                    Material material = EntryFactory.material(block);
                    Material previous = materials.putIfAbsent(material.id(), material);
                    if (previous != null) {
                        found.add(duplicate("material", material.id(), material.origin(), previous.origin()));
                    }
                } else {
                    FabricationProcess process = EntryFactory.process(block);
                    FabricationProcess previous = processes.putIfAbsent(process.id(), process);
                    if (previous != null) {
                        found.add(duplicate("process", process.id(), process.origin(), previous.origin()));
                    }
                }
            } catch (EntryFactory.EntryException e) {
                found.add(new LibraryProblem(file, e.line() > 0 ? e.line() : block.origin().line(), e.getMessage()));
            }
        }
        found.sort(Comparator.comparingInt(LibraryProblem::line));
        problems.addAll(found);
    }

    /** @throws LibraryException listing every problem of every file added */
    MaterialLibrary finish() {
        if (!problems.isEmpty()) {
            throw new LibraryException(problems);
        }
        return new MaterialLibrary(citations, materials, processes);
    }

    private static LibraryProblem duplicate(String what, String id, Origin here, Origin previous) {
        return new LibraryProblem(here.file(), here.line(), what + " " + id + " is already defined at " + previous
                + "; ids must be unique (to change a built-in entry, redefine it in a separate user file and"
                + " combine the libraries with withOverrides)");
    }
}
