package org.interphase.dsl.compiler;

import java.util.Objects;

/**
 * One number of a simulation input, in SI units, with the unit text as written and where it comes from.
 *
 * @param name   what it is, e.g. "current density" or "thickness of Al2O3-ALD"
 * @param si     the value in SI units (A/m², m, s, K, ...)
 * @param written the value with its unit as written in the DSL file or the library ("0.1 mA/cm2"); empty for
 *               values the compiler computed (a grown thickness, a pellet's face area)
 * @param source the DSL line or library entry it was read from
 */
public record CompiledValue(String name, double si, String written, Provenance source) {

    public CompiledValue {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(written, "written text (\"\" for a computed value)");
        Objects.requireNonNull(source, () -> "source of " + name);
    }

    /** E.g. "current density = 1 SI (written 0.1 mA/cm2), from file:/cells.iph:30". */
    @Override
    public String toString() {
        return name + " = " + si + " SI" + (written.isEmpty() ? "" : " (written " + written + ")") + ", from "
                + source;
    }
}
