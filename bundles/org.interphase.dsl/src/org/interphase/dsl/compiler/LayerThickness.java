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

    /** The layer's recipe compiled, if it names one: it gives the thickness and may anneal the material. */
    static Optional<CompiledRecipe> recipe(Layer layer, MaterialResolver materials) {
        if (layer.getRecipe() == null) {
            return Optional.empty();
        }
        RecipeCompiler compiler = new RecipeCompiler(materials.library());
        if (layer.getThickness() == null) {
            return Optional.of(compiler.compile(layer.getRecipe()));
        }
        try {
            return Optional.of(compiler.compile(layer.getRecipe()));
        } catch (CompileException e) {
            // With its thickness written the layer needs only the recipe's anneals; a recipe that grows nothing
            // the library knows (a documented surface preparation) leaves the written material as it is.
            return Optional.empty();
        }
    }

    /**
     * The material a layer is made of: the one written on its line, or what its recipe's anneals turned that
     * into, whose properties it then has; each such anneal is added to {@code inputs}, so the report says so.
     */
    static String material(Layer layer, Optional<CompiledRecipe> grown, List<CompiledValue> inputs) {
        String written = MaterialResolver.id(layer.getMaterial());
        String made = grown.map(recipe -> {
            recipe.annealsOf(written).stream().map(CompiledRecipe.Annealed::temperature)
                    .filter(value -> !inputs.contains(value)).forEach(inputs::add);
            return recipe.product(written);
        }).orElse(written);
        if (!made.equals(written) && !layer.getProperties().isEmpty()) {
            // The block overrides the material written on the line, which the anneal replaces.
            throw new CompileException(layer.getProperties().get(0), "the recipe of this layer anneals " + written
                    + " into " + made + ", whose properties the models read, so this layer's block would change"
                    + " nothing; write the properties in a 'material " + made + " { … }' of your file instead");
        }
        return made;
    }

    /**
     * The layer's thickness; a grown one also adds the recipe's values (cycles, growth rates) to {@code inputs}.
     *
     * @param grown the layer's recipe compiled ({@link #recipe})
     * @throws CompileException if none of the three gives it
     */
    static CompiledValue of(Layer layer, String id, Optional<CompiledRecipe> grown, MaterialResolver materials,
            List<CompiledValue> inputs) {
        return written(layer, id, grown, inputs).or(() -> pellet(id, materials.library())
                .map(p -> new CompiledValue("thickness of " + id + " (pellet " + p.id() + ")",
                        p.thickness().value().si(), p.thickness().value().text(),
                        Provenance.library(p.origin(), p.thickness()))))
                .orElseThrow(() -> new CompileException(layer, "give the thickness of this " + id + " layer, or a"
                        + " recipe that grows it ('by <recipe>'); the library has no pellet of " + id));
    }

    /** The thickness written on the layer's line or grown by its recipe, if either is given. */
    static Optional<CompiledValue> written(Layer layer, String id, Optional<CompiledRecipe> grown,
            List<CompiledValue> inputs) {
        if (layer.getThickness() != null) {
            return Optional.of(Quantities.value("thickness of " + id, layer.getThickness(), Dimension.LENGTH));
        }
        return grown.map(recipe -> {
            recipe.inputs().stream().filter(value -> !inputs.contains(value)).forEach(inputs::add);
            return new CompiledValue("thickness of " + id + " (grown by " + recipe.name() + ")",
                    recipe.thickness().si(), "", recipe.thickness().source());
        });
    }

    /** The library pellet of a material, whose face and thickness a stack of it takes when none is written. */
    static Optional<PelletProcess> pellet(String materialId, MaterialLibrary library) {
        return library.processes(PelletProcess.class).stream().filter(p -> p.material().equals(materialId))
                .findFirst();
    }
}
