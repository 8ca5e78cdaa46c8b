package org.interphase.runs;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.interphase.core.units.Dimension;
import org.interphase.dsl.compiler.CompileException;
import org.interphase.dsl.compiler.CompiledStack;
import org.interphase.dsl.compiler.ModelCompiler;
import org.interphase.model.Layer;
import org.interphase.model.LayerRole;
import org.interphase.model.Stack;
import org.interphase.model.run.LayerSection;
import org.interphase.model.run.RunFactory;
import org.interphase.sim.stack.StackLayer;

/**
 * The stack's layers as the cross-section draws them. Thicknesses between the electrodes come from the compiled
 * stack (which also knows grown and library pellet thicknesses); a stack the impedance model cannot compile (a
 * cycling-only cell) falls back to the thicknesses written in the file, and to 0 for layers without one.
 */
final class LayerSections {

    private final ModelCompiler compiler;

    LayerSections(ModelCompiler compiler) {
        this.compiler = compiler;
    }

    List<LayerSection> of(Stack stack) {
        Optional<CompiledStack> compiled = compiled(stack);
        List<LayerSection> sections = new ArrayList<>();
        for (Layer layer : stack.getLayers()) {
            LayerSection section = RunFactory.eINSTANCE.createLayerSection();
            section.setRole(layer.getRole().getLiteral());
            String material = layer.getMaterial() == null ? "" : layer.getMaterial().getName();
            section.setMaterial(material);
            Optional<StackLayer> model = compiled.flatMap(c -> c.layer(layer));
            section.setName(model.map(StackLayer::label)
                    .orElse(layer.getName() != null ? layer.getName() : material));
            section.setThickness(model.map(StackLayer::thickness).orElseGet(() -> Written.si(layer.getThickness(), Dimension.LENGTH)));
            section.setInterphase(layer.getRole() == LayerRole.INTERPHASE);
            sections.add(section);
        }
        return sections;
    }

    private Optional<CompiledStack> compiled(Stack stack) {
        try {
            return Optional.of(compiler.stack(stack));
        } catch (CompileException notAnImpedanceStack) {
            // The run itself compiled, so this stack is only missing what the impedance model needs.
            return Optional.empty();
        }
    }

}
