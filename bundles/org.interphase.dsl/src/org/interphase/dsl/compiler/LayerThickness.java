package org.interphase.dsl.compiler;

import java.util.List;
import java.util.Optional;

import org.interphase.core.units.Dimension;
import org.interphase.library.MaterialLibrary;
import org.interphase.library.PelletProcess;
import org.interphase.model.Layer;

/**
 * Where a stack layer's thickness comes from, in this order: the thickness written on the layer's line, the
 * thickness its recipe grows, or the library pellet of its material.
 */
final class LayerThickness {

    private LayerThickness() {
    }

    /**
     * The layer's thickness; a grown one also adds the recipe's values (cycles, growth rates) to {@code inputs}.
     *
     * @throws CompileException if none of the three gives it
     */
    static CompiledValue of(Layer layer, String id, MaterialResolver materials, List<CompiledValue> inputs) {
        return written(layer, id, materials, inputs).or(() -> pellet(id, materials.library())
                .map(p -> new CompiledValue("thickness of " + id + " (pellet " + p.id() + ")",
                        p.thickness().value().si(), p.thickness().value().text(),
                        Provenance.library(p.origin(), p.thickness()))))
                .orElseThrow(() -> new CompileException(layer, "give the thickness of this " + id + " layer, or a"
                        + " recipe that grows it ('by <recipe>'); the library has no pellet of " + id));
    }

    /** The thickness written on the layer's line or grown by its recipe, if either is given. */
    static Optional<CompiledValue> written(Layer layer, String id, MaterialResolver materials,
            List<CompiledValue> inputs) {
        if (layer.getThickness() != null) {
            return Optional.of(Quantities.value("thickness of " + id, layer.getThickness(), Dimension.LENGTH));
        }
        if (layer.getRecipe() == null) {
            return Optional.empty();
        }
        CompiledRecipe grown = new RecipeCompiler(materials.library()).compile(layer.getRecipe());
        grown.inputs().stream().filter(value -> !inputs.contains(value)).forEach(inputs::add);
        return Optional.of(new CompiledValue("thickness of " + id + " (grown by " + grown.name() + ")",
                grown.thickness().si(), "", grown.thickness().source()));
    }

    /** The library pellet of a material, whose face and thickness a stack of it takes when none is written. */
    static Optional<PelletProcess> pellet(String materialId, MaterialLibrary library) {
        return library.processes(PelletProcess.class).stream().filter(p -> p.material().equals(materialId))
                .findFirst();
    }
}
