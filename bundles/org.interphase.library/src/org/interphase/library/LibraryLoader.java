package org.interphase.library;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Checks written entries one file after another into one set of entries ({@link EntryChecker}, then
 * {@link EntryFactory}). Files may cite sources declared by earlier files; ids must be unique across the files read
 * together.
 */
final class LibraryLoader {

    private final EntryChecker checker;
    private final Map<String, Material> materials = new LinkedHashMap<>();
    private final Map<String, FabricationProcess> processes = new LinkedHashMap<>();
    private final Map<String, MaterialInterface> interfaces = new LinkedHashMap<>();
    private final Map<String, MaterialCurve> curves = new LinkedHashMap<>();
    private final List<LibraryProblem> problems = new ArrayList<>();

    /** @param knownCitations sources the files may cite without declaring them, by key */
    LibraryLoader(Map<String, String> knownCitations) {
        this.checker = new EntryChecker(knownCitations);
    }

    /** Checks the sources and entries of one file. */
    void add(List<WrittenEntry.Source> sources, List<WrittenEntry> entries) {
        int first = problems.size();
        sources.forEach(checker::declare);
        for (WrittenEntry entry : entries) {
            checker.check(entry).ifPresent(this::register);
        }
        problems.addAll(checker.takeProblems());
        // One file's problems in line order, so an author reads them top to bottom.
        problems.subList(first, problems.size()).sort(Comparator.comparingInt(LibraryProblem::line));
    }

    private void register(Block block) {
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
            clash.ifPresent(problems::add);
        } catch (EntryFactory.EntryException e) {
            problems.add(new LibraryProblem(block.origin().file(), e.line() > 0 ? e.line() : block.origin().line(),
                    e.getMessage()));
        }
    }

    /** @throws LibraryException listing every problem of every file added */
    MaterialLibrary finish() {
        if (!problems.isEmpty()) {
            throw new LibraryException(problems);
        }
        return new MaterialLibrary(checker.citations(), materials, processes, interfaces, curves);
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
                + " is already defined at " + origin.apply(previous) + "; names must be unique"));
    }
}
