package org.interphase.dsl.compiler;

import java.util.Optional;

import org.interphase.core.units.Dimension;
import org.interphase.library.PelletProcess;
import org.interphase.model.Stack;

/** A stack's area and temperature, which every engine that simulates the stack reads. */
final class StackConditions {

    private StackConditions() {
    }

    /**
     * The written area, else the face of the stack's library pellet.
     *
     * @throws CompileException if neither is there
     */
    static CompiledValue area(Stack stack, Optional<PelletProcess> pellet) {
        if (stack.getArea() != null) {
            return Quantities.value("electrode area", stack.getArea(), Dimension.AREA);
        }
        return pellet.map(p -> new CompiledValue("electrode area (face of " + p.id() + ")", p.faceArea(), "",
                Provenance.library(p.origin(), p.diameter())))
                .orElseThrow(() -> new CompileException(stack, "give the stack's 'area': no layer is a library"
                        + " pellet whose face would set it"));
    }

    /** @throws CompileException if the stack gives none */
    static CompiledValue temperature(Stack stack) {
        if (stack.getTemperature() == null) {
            throw new CompileException(stack, "give the stack's 'temperature': conductivities and kinetics depend"
                    + " on it");
        }
        return Quantities.value("stack temperature", stack.getTemperature(), Dimension.TEMPERATURE);
    }
}
