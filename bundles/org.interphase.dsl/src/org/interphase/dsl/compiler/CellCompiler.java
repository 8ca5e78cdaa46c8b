package org.interphase.dsl.compiler;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import org.interphase.core.provenance.SourcedQuantity;
import org.interphase.core.units.Dimension;
import org.interphase.dsl.binding.CellBinding;
import org.interphase.dsl.binding.CellLayout;
import org.interphase.dsl.binding.StackBinding;
import org.interphase.library.LibraryException;
import org.interphase.library.MaterialCurve;
import org.interphase.library.PelletProcess;
import org.interphase.model.Constituent;
import org.interphase.model.Layer;
import org.interphase.model.LayerRole;
import org.interphase.model.Material;
import org.interphase.model.Stack;
import org.interphase.sim.SimulationException;
import org.interphase.sim.cycling.CellParameters;

/**
 * Compiles a full-cell stack (a cathode at one end, Li metal at the other) into the cycling engine's input: reads
 * the stack's area, temperature and layer thicknesses with their lines, and hands them with the stack's materials
 * to {@link CellBinding}.
 */
final class CellCompiler {

    private final MaterialResolver materials;

    CellCompiler(MaterialResolver materials) {
        this.materials = materials;
    }

    /** @throws CompileException at the stack or layer that lacks what the cycling model needs */
    CompiledCell compile(Stack stack) {
        List<Layer> layers = new ArrayList<>(stack.getLayers());
        if (!layers.isEmpty() && layers.get(layers.size() - 1).getRole() == LayerRole.CATHODE) {
            layers = layers.reversed();
        }
        if (layers.size() < 3 || layers.get(0).getRole() != LayerRole.CATHODE
                || layers.get(layers.size() - 1).getRole() != LayerRole.LITHIUM) {
            throw new CompileException(stack, "cycling needs a full cell: stack " + stack.getName() + " must have a"
                    + " cathode at one end, Li metal ('lithium') at the other and a layer between them");
        }
        List<CompiledValue> inputs = new ArrayList<>();
        Layer cathode = layers.get(0);
        Layer anode = layers.get(layers.size() - 1);
        String cathodeId = MaterialResolver.id(cathode.getMaterial());
        OptionalDouble cathodeThickness = cathodeThickness(cathode, cathodeId, inputs);
        List<CellLayout.Layer> between = new ArrayList<>();
        Optional<PelletProcess> pellet = Optional.empty();
        for (Layer layer : layers.subList(1, layers.size() - 1)) {
            Optional<CompiledRecipe> grown = LayerThickness.recipe(layer, materials);
            String id = LayerThickness.material(layer, grown, inputs);
            if (layer.getThickness() == null && layer.getRecipe() == null) {
                pellet = pellet.or(() -> LayerThickness.pellet(id, materials.library()));
            }
            double thickness = keep(LayerThickness.of(layer, id, grown, materials, inputs), inputs);
            // A layer of no thickness is no layer: the cell is that without it.
            if (thickness > 0) {
                between.add(new CellLayout.Layer(id, thickness));
            }
        }
        String anodeId = MaterialResolver.id(anode.getMaterial());
        if (anode.getThickness() == null) {
            throw new CompileException(anode, "give the thickness of this " + anodeId + " layer (e.g. 'lithium "
                    + anodeId + " 100 µm'): it sets the cell's Li inventory");
        }
        double anodeThickness = keep(Quantities.value("thickness of " + anodeId, anode.getThickness(),
                Dimension.LENGTH), inputs);
        CompiledValue area = StackConditions.area(stack, pellet);
        CompiledValue temperature = StackConditions.temperature(stack);
        inputs.add(0, temperature);
        inputs.add(0, area);
        CellLayout layout = new CellLayout(stack.getName(), area.si(), temperature.si(), cathodeId,
                activeMaterial(cathode.getMaterial()), cathodeThickness, between, anodeId, anodeThickness);
        CellParameters parameters;
        try {
            parameters = new CellBinding(materials.library()).parameters(layout);
        } catch (SimulationException | LibraryException e) {
            throw new CompileException(stack, e);
        }
        traceLibrary(parameters.provenance(), inputs);
        return new CompiledCell(parameters, inputs);
    }

    /**
     * The cathode at an end of a stack as the impedance model sees it, its written thickness traced into
     * {@code inputs}.
     *
     * @throws CompileException at the cathode layer if it lacks what the model needs
     */
    StackBinding.Cathode cathode(Stack stack, Layer cathode, double area, double temperature,
            List<CompiledValue> inputs) {
        String id = MaterialResolver.id(cathode.getMaterial());
        OptionalDouble thickness = cathodeThickness(cathode, id, inputs);
        StackBinding.Cathode electrode;
        try {
            electrode = new CellBinding(materials.library()).cathode(stack.getName(), id,
                    activeMaterial(cathode.getMaterial()), thickness, area, temperature);
        } catch (SimulationException e) {
            throw new CompileException(cathode, e);
        }
        traceLibrary(electrode.provenance(), inputs);
        return electrode;
    }

    private static void traceLibrary(List<SourcedQuantity> used, List<CompiledValue> inputs) {
        for (SourcedQuantity value : used) {
            inputs.add(new CompiledValue(value.name(), value.value().si(), value.value().text(),
                    new Provenance("library", value.source().toString())));
        }
    }

    /**
     * The material that stores Li: a composite electrode's constituent with an open-circuit curve (LFP in a
     * painted LFP/carbon/binder slurry), else the cathode material itself.
     */
    private String activeMaterial(Material cathode) {
        return cathode.getConstituents().stream().map(Constituent::getSubstance)
                .filter(substance -> substance != null && !materials.library().curvesOf(substance.getName(),
                        MaterialCurve.OPEN_CIRCUIT_POTENTIAL).isEmpty())
                .map(substance -> substance.getName()).findFirst().orElse(MaterialResolver.id(cathode));
    }

    /** Lists the value among the inputs (once: both faces of a pellet share one recipe's thickness) and returns it. */
    private static double keep(CompiledValue value, List<CompiledValue> inputs) {
        if (!inputs.contains(value)) {
            inputs.add(value);
        }
        return value.si();
    }

    /** A thin-film cathode's written or grown thickness, traced into {@code inputs}; none for a composite. */
    private OptionalDouble cathodeThickness(Layer cathode, String id, List<CompiledValue> inputs) {
        return LayerThickness.written(cathode, id, LayerThickness.recipe(cathode, materials), inputs)
                .map(value -> OptionalDouble.of(keep(value, inputs))).orElse(OptionalDouble.empty());
    }
}
