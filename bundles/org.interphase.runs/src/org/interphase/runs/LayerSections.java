package org.interphase.runs;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
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
import org.interphase.sim.stack.StackPart;

/**
 * The stack's layers as the cross-section draws them: the electrodes and, between them, the layers of the cell the
 * engines simulate (written layers with the thickness the compiled stack gives them, grown and library pellets
 * included, and the interphases the compiler adds at reactive interfaces), so that the picture is the run's report.
 * Written layers of no thickness keep their place. A stack the impedance model cannot compile falls back to the
 * layers written in the file, with their written thickness (0 for a layer without one).
 */
final class LayerSections {

    private final ModelCompiler compiler;

    LayerSections(ModelCompiler compiler) {
        this.compiler = compiler;
    }

    List<LayerSection> of(Stack stack) {
        List<Layer> written = stack.getLayers();
        Optional<CompiledStack> compiled = compiled(stack);
        if (compiled.isEmpty() || written.size() < 2) {
            return written.stream().map(layer -> section(layer, Optional.empty())).toList();
        }
        Map<StackLayer, Layer> writtenOf = new IdentityHashMap<>();
        compiled.get().layers().forEach((layer, part) -> writtenOf.put(part, layer));
        List<Layer> between = written.subList(1, written.size() - 1);
        List<LayerSection> sections = new ArrayList<>();
        sections.add(section(written.get(0), Optional.empty()));
        int next = 0;
        for (StackPart part : compiled.get().cell().parts()) {
            if (part instanceof StackLayer layer) {
                Layer source = writtenOf.get(layer);
                if (source == null) {
                    sections.add(interphase(layer));
                    continue;
                }
                // Written layers of no thickness are no part of the cell; they keep their place in the file's order.
                for (int at = between.indexOf(source); next < at; next++) {
                    sections.add(section(between.get(next), Optional.empty()));
                }
                sections.add(section(source, Optional.of(layer)));
                next = Math.max(next, between.indexOf(source) + 1);
            }
        }
        for (; next < between.size(); next++) {
            sections.add(section(between.get(next), Optional.empty()));
        }
        sections.add(section(written.get(written.size() - 1), Optional.empty()));
        return sections;
    }

    private static LayerSection section(Layer layer, Optional<StackLayer> model) {
        LayerSection section = RunFactory.eINSTANCE.createLayerSection();
        section.setRole(layer.getRole().getLiteral());
        String material = layer.getMaterial() == null ? "" : layer.getMaterial().getName();
        section.setMaterial(material);
        section.setName(model.map(StackLayer::label).orElse(layer.getName() != null ? layer.getName() : material));
        section.setThickness(model.map(StackLayer::thickness)
                .orElseGet(() -> Written.si(layer.getThickness(), Dimension.LENGTH)));
        section.setInterphase(layer.getRole() == LayerRole.INTERPHASE);
        return section;
    }

    /** A layer the compiler added: the interphase an interface grows ("Li|LATP interphase"). */
    private static LayerSection interphase(StackLayer layer) {
        LayerSection section = RunFactory.eINSTANCE.createLayerSection();
        section.setRole(LayerRole.INTERPHASE.getLiteral());
        section.setMaterial(layer.material().id());
        section.setName(layer.label());
        section.setThickness(layer.thickness());
        section.setInterphase(true);
        return section;
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
