package org.interphase.library;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The materials, fabrication processes, interfaces and curves a simulation can use, each value with its unit and
 * source. Entries are written in the Interphase language ({@code .iph} files: the built-in library in
 * {@code org/interphase/library/data/}, plug-ins' libraries, a user's files) and reach this class as
 * {@link WrittenEntry}s through {@link #read}, which checks them against the library's vocabulary
 * ({@link LibraryVocabulary}); {@link #withOverrides(MaterialLibrary)} combines libraries, later entries replacing
 * earlier ones with the same id. Libraries are immutable and safe to share.
 */
public final class MaterialLibrary {

    private final Map<String, String> citations;
    private final Map<String, Material> materials;
    private final Map<String, FabricationProcess> processes;
    private final Map<String, MaterialInterface> interfaces;
    private final Map<String, MaterialCurve> curves;

    MaterialLibrary(Map<String, String> citations, Map<String, Material> materials,
            Map<String, FabricationProcess> processes) {
        this(citations, materials, processes, Map.of());
    }

    MaterialLibrary(Map<String, String> citations, Map<String, Material> materials,
            Map<String, FabricationProcess> processes, Map<String, MaterialInterface> interfaces) {
        this(citations, materials, processes, interfaces, Map.of());
    }

    MaterialLibrary(Map<String, String> citations, Map<String, Material> materials,
            Map<String, FabricationProcess> processes, Map<String, MaterialInterface> interfaces,
            Map<String, MaterialCurve> curves) {
        this.curves = Copies.ordered(curves);
        this.citations = Copies.ordered(citations);
        this.materials = Copies.ordered(materials);
        this.processes = Copies.ordered(processes);
        this.interfaces = Copies.ordered(interfaces);
    }

    /** A library with nothing in it, to read a first set of files over. */
    public static MaterialLibrary empty() {
        return new MaterialLibrary(Map.of(), Map.of(), Map.of());
    }

    /**
     * Checks entries written in the language against this library's vocabulary and returns them as a library of
     * their own, ready for {@link #withOverrides(MaterialLibrary)}. They may cite this library's sources and refer to
     * its materials and processes. A material named like one of this library overrides single properties: what it
     * states replaces the library's value, the rest (class, phase, formula included) stays the library's.
     *
     * @throws LibraryException listing every problem with the file and line it is on
     */
    public MaterialLibrary read(List<WrittenEntry.Source> sources, List<WrittenEntry> entries) {
        LibraryLoader loader = new LibraryLoader(citations);
        loader.add(sources, entries.stream().map(this::withBaseIdentity).toList());
        MaterialLibrary loaded = loader.finish();
        Map<String, Material> merged = new LinkedHashMap<>();
        loaded.materials.forEach((id, material) -> merged.put(id, material(id).map(material::over).orElse(material)));
        MaterialLibrary read = new MaterialLibrary(loaded.citations, merged, loaded.processes, loaded.interfaces,
                loaded.curves);
        // References may point at this library's entries, so they are checked in the combination.
        withOverrides(read);
        return read;
    }

    /**
     * A material override states only what it changes: its class, phase and formula default to the base's. A new
     * material written without a formula is known by its name.
     */
    private WrittenEntry withBaseIdentity(WrittenEntry entry) {
        if (!entry.kind().equals(EntryKind.MATERIAL.keyword())) {
            return entry;
        }
        Optional<Material> base = material(entry.id());
        Map<String, String> attributes = new LinkedHashMap<>(entry.attributes());
        base.ifPresent(material -> {
            attributes.putIfAbsent("class", material.materialClass().word());
            if (!material.phase().isEmpty()) {
                attributes.putIfAbsent("phase", material.phase());
            }
        });
        String formula = !entry.formula().isBlank() ? entry.formula() : base.map(Material::formula).orElse(entry.id());
        return new WrittenEntry(entry.kind(), entry.id(), formula, attributes, entry.lines(), entry.origin());
    }

    /**
     * This library with {@code overrides} laid over it: entries of {@code overrides} are added,
     * and replace entries of this library that have the same id.
     *
     * @throws LibraryException if a process then refers to a material or process that does not
     *                          exist, or both libraries declare one source key differently
     */
    public MaterialLibrary withOverrides(MaterialLibrary overrides) {
        List<LibraryProblem> problems = new ArrayList<>();
        Map<String, String> combinedCitations = new LinkedHashMap<>(citations);
        overrides.citations.forEach((key, citation) -> {
            String previous = combinedCitations.putIfAbsent(key, citation);
            if (previous != null && !previous.equals(citation)) {
                problems.add(new LibraryProblem("(combined library)", 0, "source " + key
                        + " is declared with two different citations: '" + previous + "' and '" + citation + "'"));
            }
        });
        Map<String, Material> combinedMaterials = new LinkedHashMap<>(materials);
        combinedMaterials.putAll(overrides.materials);
        Map<String, FabricationProcess> combinedProcesses = new LinkedHashMap<>(processes);
        combinedProcesses.putAll(overrides.processes);
        Map<String, MaterialInterface> combinedInterfaces = new LinkedHashMap<>(interfaces);
        combinedInterfaces.putAll(overrides.interfaces);
        Map<String, MaterialCurve> combinedCurves = new LinkedHashMap<>(curves);
        combinedCurves.putAll(overrides.curves);
        MaterialLibrary combined = new MaterialLibrary(combinedCitations, combinedMaterials, combinedProcesses,
                combinedInterfaces, combinedCurves);
        problems.addAll(combined.referenceProblems());
        if (!problems.isEmpty()) {
            throw new LibraryException(problems);
        }
        return combined;
    }

    /** All materials, in the order they were defined. */
    public Collection<Material> materials() {
        return materials.values();
    }

    public Optional<Material> material(String id) {
        return Optional.ofNullable(materials.get(id));
    }

    /** All processes, in the order they were defined. */
    public Collection<FabricationProcess> processes() {
        return processes.values();
    }

    public Optional<FabricationProcess> process(String id) {
        return Optional.ofNullable(processes.get(id));
    }

    /** The process with this id if it is of the given type, e.g. {@code process(id, AldProcess.class)}. */
    public <T extends FabricationProcess> Optional<T> process(String id, Class<T> type) {
        return process(id).filter(type::isInstance).map(type::cast);
    }

    /** All processes of one type, in the order they were defined. */
    public <T extends FabricationProcess> List<T> processes(Class<T> type) {
        return processes.values().stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** The anneals that start from a material, in the order they were defined. */
    public List<AnnealProcess> annealsFrom(String materialId) {
        return processes(AnnealProcess.class).stream().filter(a -> a.from().equals(materialId)).toList();
    }

    /** All interfaces between materials, in the order they were defined. */
    public Collection<MaterialInterface> interfaces() {
        return interfaces.values();
    }

    /** The interface of materials {@code a} and {@code b} (in either order), if the library has one. */
    public Optional<MaterialInterface> interfaceBetween(String a, String b) {
        return interfaces.values().stream().filter(i -> i.joins(a, b)).findFirst();
    }

    /** All tabulated curves, in the order they were defined. */
    public Collection<MaterialCurve> curves() {
        return curves.values();
    }

    /** The curves of one material that tabulate {@code quantity} (e.g. {@link MaterialCurve#OPEN_CIRCUIT_POTENTIAL}). */
    public List<MaterialCurve> curvesOf(String materialId, String quantity) {
        return curves.values().stream()
                .filter(c -> c.material().equals(materialId) && c.quantity().equals(quantity))
                .toList();
    }

    /** Citations of every source the library's values may cite, by key (e.g. "[000]"). */
    public Map<String, String> citations() {
        return citations;
    }

    /**
     * Every process or interface reference (material, anneal ends, subcycle process, substrate,
     * interface materials) that does not resolve, and every second interface for one pair of materials.
     */
    private List<LibraryProblem> referenceProblems() {
        List<LibraryProblem> problems = new ArrayList<>();
        for (FabricationProcess process : processes.values()) {
            List<String> missing = new ArrayList<>();
            switch (process) {
                case AldProcess ald -> {
                    requireMaterial(ald.material(), "material", missing);
                    ald.nucleationDelays().keySet().forEach(substrate -> requireMaterial(substrate, "on", missing));
                }
                case SupercycleProcess supercycle -> {
                    requireMaterial(supercycle.material(), "material", missing);
                    supercycle.subcycles().forEach(sub -> sub.process().ifPresent(id -> {
                        if (process(id, AldProcess.class).isEmpty()) {
                            missing.add("process=" + id + " (subcycle " + sub.label() + ") is not an ald or mld process");
                        }
                    }));
                }
                case LbLProcess lbl -> requireMaterial(lbl.material(), "material", missing);
                case SputterProcess sputter -> requireMaterial(sputter.material(), "material", missing);
                case AnnealProcess anneal -> {
                    requireMaterial(anneal.from(), "from", missing);
                    requireMaterial(anneal.to(), "to", missing);
                }
                case PelletProcess pellet -> requireMaterial(pellet.material(), "material", missing);
            }
            missing.forEach(text -> problems.add(new LibraryProblem(process.origin().file(), process.origin().line(),
                    process.id() + ": " + text)));
        }
        problems.addAll(annealCycles());
        for (MaterialCurve curve : curves.values()) {
            List<String> missing = new ArrayList<>();
            requireMaterial(curve.material(), "material", missing);
            missing.forEach(text -> problems.add(new LibraryProblem(curve.origin().file(), curve.origin().line(),
                    curve.id() + ": " + text)));
        }
        List<MaterialInterface> checked = new ArrayList<>();
        for (MaterialInterface contact : interfaces.values()) {
            List<String> missing = new ArrayList<>();
            requireMaterial(contact.between(), "between", missing);
            requireMaterial(contact.and(), "and", missing);
            contact.interphase().ifPresent(id -> requireMaterial(id, "interphase", missing));
            // One pair, one set of kinetics: a model must not have to guess which of two entries applies.
            checked.stream().filter(earlier -> earlier.joins(contact.between(), contact.and())).findFirst()
                    .ifPresent(earlier -> missing.add("the contact " + contact.between() + "|" + contact.and()
                            + " is already described by interface " + earlier.id() + " at " + earlier.origin()
                            + "; to replace it, redefine " + earlier.id() + " in a user file"));
            checked.add(contact);
            missing.forEach(text -> problems.add(new LibraryProblem(contact.origin().file(), contact.origin().line(),
                    contact.id() + ": " + text)));
        }
        return problems;
    }

    /**
     * Anneals that lead back to where an earlier anneal started (A to B, then B to A): annealing cannot undo an
     * anneal, and the phase a film ends in would depend on the order the entries are read. Each cycle is reported
     * once, at the anneal that closes it.
     */
    private List<LibraryProblem> annealCycles() {
        List<LibraryProblem> problems = new ArrayList<>();
        List<AnnealProcess> read = new ArrayList<>();
        for (AnnealProcess anneal : processes(AnnealProcess.class)) {
            read.add(anneal);
            List<String> path = annealPath(anneal.to(), anneal.from(), read, new ArrayList<>());
            if (!path.isEmpty()) {
                problems.add(new LibraryProblem(anneal.origin().file(), anneal.origin().line(), anneal.id()
                        + ": anneals " + anneal.from() + " into " + anneal.to() + ", but annealing that with "
                        + String.join(", then ", path) + " gives " + anneal.from() + " again; an anneal cannot be undone, so give the"
                        + " product of one of them a material of its own"));
            }
        }
        return problems;
    }

    /** The anneals (each with its origin) that turn {@code from} into {@code to}; empty if none do. */
    private static List<String> annealPath(String from, String to, List<AnnealProcess> anneals, List<String> seen) {
        for (AnnealProcess next : anneals) {
            if (next.from().equals(from) && !seen.contains(next.id())) {
                seen.add(next.id());
                String step = next.id() + " (" + next.origin() + ")";
                if (next.to().equals(to)) {
                    return List.of(step);
                }
                List<String> rest = annealPath(next.to(), to, anneals, seen);
                if (!rest.isEmpty()) {
                    List<String> path = new ArrayList<>(List.of(step));
                    path.addAll(rest);
                    return path;
                }
            }
        }
        return List.of();
    }

    private void requireMaterial(String id, String attribute, List<String> missing) {
        if (!materials.containsKey(id)) {
            String hint = materials.keySet().stream().filter(known -> known.equalsIgnoreCase(id)).findFirst()
                    .map(known -> "; did you mean " + known + "?")
                    .orElse("; define it with 'material " + id + " \"<formula>\" class=<class>'");
            missing.add(attribute + "=" + id + " is not a material in the library" + hint);
        }
    }
}
