package org.interphase.dsl.compiler;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.interphase.core.units.Quantity;
import org.interphase.dsl.library.FilesLibrary;
import org.interphase.dsl.library.StackLibrary;
import org.interphase.dsl.library.WrittenEntries;
import org.interphase.library.LibraryException;
import org.interphase.library.LibraryProblem;
import org.interphase.library.Material;
import org.interphase.library.MaterialLibrary;
import org.interphase.library.MaterialProperty;
import org.interphase.model.Layer;
import org.interphase.model.Property;
import org.interphase.model.Stack;

/**
 * The one place where DSL materials meet the built-in library. A DSL material named like a library material
 * extends it: its properties replace the library's ones of the same key and the library supplies the rest. A DSL
 * material with a new name becomes a library material of its own, and the files' processes, interfaces and curves
 * join the library's. The engines read materials only through the combined library this class builds, so both
 * sources are seen the same way; {@link #trace} tells for each value whether the DSL file or the library gave it.
 * A stack's layers may state properties for themselves, which {@link #forStack} lays over their materials.
 */
final class MaterialResolver {

    private final MaterialLibrary builtIn;
    private final Map<String, org.interphase.model.Material> dslMaterials = new LinkedHashMap<>();
    private final MaterialLibrary combined;
    /** What the files declare for the library, to locate a problem the library finds. */
    private final List<EObject> declared;
    /** The properties the layers of one stack state for their materials, by material id ({@link #forStack}). */
    private final Map<String, List<Property>> layerProperties;

    /**
     * @param files the library entries of a file of the model and every file it needs, laid over {@code builtIn}
     *              ({@link FilesLibrary#of}, which combines them once per state of the file)
     */
    MaterialResolver(MaterialLibrary builtIn, FilesLibrary files) {
        this.builtIn = builtIn;
        this.declared = files.written().declared();
        declared.stream().filter(org.interphase.model.Material.class::isInstance)
                .map(org.interphase.model.Material.class::cast)
                .forEach(material -> dslMaterials.put(material.getName(), material));
        this.combined = files.combined().orElseThrow(() -> notFitting(files.problem().orElseThrow()));
        this.layerProperties = Map.of();
    }

    private MaterialResolver(MaterialResolver files, MaterialLibrary combined,
            Map<String, List<Property>> layerProperties) {
        this.builtIn = files.builtIn;
        this.dslMaterials.putAll(files.dslMaterials);
        this.declared = files.declared;
        this.combined = combined;
        this.layerProperties = layerProperties;
    }

    /**
     * The materials as {@code stack} sees them: the properties its layers state for themselves replace their
     * materials' ({@link StackLibrary}).
     *
     * @throws CompileException at the layer or property the library refuses
     */
    MaterialResolver forStack(Stack stack) {
        Map<String, List<Property>> stated = new LinkedHashMap<>();
        for (Layer layer : stack.getLayers()) {
            if (!layer.getProperties().isEmpty() && layer.getMaterial() != null) {
                stated.putIfAbsent(id(layer.getMaterial()), List.copyOf(layer.getProperties()));
            }
        }
        if (stated.isEmpty()) {
            return this;
        }
        try {
            return new MaterialResolver(this, StackLibrary.of(combined, stack), stated);
        } catch (LibraryException e) {
            LibraryProblem problem = e.problems().get(0);
            EObject at = stack.getLayers().stream().flatMap(layer -> Stream.concat(layer.getProperties().stream(),
                    Stream.of(layer))).filter(object -> WrittenEntries.origin(object).line() == problem.line())
                    .findFirst().orElse(stack);
            throw new CompileException(at, problem.message());
        }
    }

    /** The built-in library with the DSL materials laid over it. */
    MaterialLibrary library() {
        return combined;
    }

    /** The library id the engines know {@code material} by: its name. */
    static String id(org.interphase.model.Material material) {
        return material.getName();
    }

    /**
     * The value of property {@code key} of a material, with where it comes from: the DSL line that sets it, or the
     * library entry.
     */
    Optional<CompiledValue> trace(String materialId, MaterialProperty property) {
        org.interphase.model.Material dsl = dslMaterials.get(materialId);
        List<Property> stated = layerProperties.getOrDefault(materialId, List.of());
        if (dsl != null || !stated.isEmpty()) {
            for (Property written : dsl == null ? stated
                    : Stream.concat(stated.stream(), dsl.getProperties().stream()).toList()) {
                if (property.key().equals(written.getKey()) && written.getValue() != null) {
                    if (property.measuredAtTemperature() && written.getTemperature() == null) {
                        throw new CompileException(written, property.key() + " of " + materialId + " needs the"
                                + " temperature it was measured at, to be moved to the stack's temperature: add"
                                + " 'at 25 °C' (or the right temperature) after the value");
                    }
                    Quantity value = Quantities.quantity(written.getValue(), property.dimension(),
                            property.key() + " of " + materialId);
                    return Optional.of(new CompiledValue(property.key() + " of " + materialId, value.si(),
                            Quantities.text(written.getValue()), Quantities.provenance(written)));
                }
            }
        }
        // A property the file does not set is traced to the built-in entry it came from.
        Optional<Material> entry = builtIn.material(materialId).or(() -> combined.material(materialId));
        return entry.flatMap(material -> material.property(property)
                .map(value -> new CompiledValue(property.key() + " of " + materialId, value.value().si(),
                        value.value().text(), Provenance.library(material.origin(), value))));
    }

    private CompileException notFitting(LibraryException e) {
        // Validation reports each problem on its line; a model that was not validated fails here as a whole.
        EObject at = declared.stream().filter(object -> WrittenEntries.origin(object).file().equals(e.file()))
                .reduce((a, b) -> WrittenEntries.origin(b).line() <= e.line() ? b : a).orElse(declared.get(0));
        return new CompileException(at, "the materials and processes of the files do not fit the material "
                + "library: " + e.getMessage());
    }
}
