package org.interphase.library;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads library files one after another into one set of entries. Files may cite sources declared
 * by earlier files; ids must be unique across the files read together.
 */
final class LibraryLoader {

    private final Map<String, String> citations;
    private final Map<String, Material> materials = new LinkedHashMap<>();
    private final Map<String, FabricationProcess> processes = new LinkedHashMap<>();
    private final Map<String, MaterialInterface> interfaces = new LinkedHashMap<>();
    private final Map<String, MaterialCurve> curves = new LinkedHashMap<>();
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
                Optional<LibraryProblem> clash = switch (block.kind()) {
                    case MATERIAL -> register("material", materials, EntryFactory.material(block), Material::id,
                            Material::origin);
                    case CURVE -> register("curve", curves, EntryFactory.curve(block), MaterialCurve::id,
                            MaterialCurve::origin);
                    case INTERFACE -> register("interface", interfaces, EntryFactory.materialInterface(block),
                            MaterialInterface::id, MaterialInterface::origin);
                    default -> register("process", processes, EntryFactory.process(block), FabricationProcess::id,
                            FabricationProcess::origin);
                };
                clash.ifPresent(found::add);
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
        return new MaterialLibrary(citations, materials, processes, interfaces, curves);
    }

    /**
     * Adds {@code entry} under its id unless an entry of the same kind already has that id.
     *
     * @param what the kind of entry in the message, e.g. "material"
     * @return the problem to report at the second definition, if the id was taken
     */
    private static <E> Optional<LibraryProblem> register(String what, Map<String, E> entries, E entry,
            Function<E, String> id, Function<E, Origin> origin) {
        E previous = entries.putIfAbsent(id.apply(entry), entry);
        if (previous == null) {
            return Optional.empty();
        }
        Origin here = origin.apply(entry);
        return Optional.of(new LibraryProblem(here.file(), here.line(), what + " " + id.apply(entry)
                + " is already defined at " + origin.apply(previous) + "; ids must be unique (to change a built-in"
                + " entry, redefine it in a separate user file and combine the libraries with withOverrides)"));
    }
}
