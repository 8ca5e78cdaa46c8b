package org.interphase.dsl.compiler;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;

import org.interphase.core.units.Dimension;
import org.interphase.core.units.QuantityException;
import org.interphase.core.units.Units;

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

    /**
     * E.g. "current density = 1 A/m² (written 0.1 mA/cm2), from file:/cells.iph:30": five significant digits,
     * because the SI value is a conversion of what the user wrote, not a more precise number; a computed value
     * has no written unit to name its SI unit, so it says "SI".
     */
    @Override
    public String toString() {
        String value = significant(si);
        String unit = siUnit();
        return name + " = " + value + (unit.isEmpty() ? "" : " " + unit) + (written.isEmpty() ? "" : " (written " + written + ")")
                + ", from " + source;
    }

    /** Plain notation where a reader scans it easily (1e-3 to 1e7), scientific notation otherwise. */
    private static String significant(double value) {
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(5)).stripTrailingZeros();
        double magnitude = Math.abs(value);
        return magnitude == 0 || (magnitude >= 1e-3 && magnitude < 1e7) ? rounded.toPlainString() : rounded.toString();
    }

    private String siUnit() {
        if (written.isEmpty()) {
            return "SI";
        }
        try {
            Dimension dimension = Units.parse(written).dimension();
            return dimension.equals(Dimension.NONE) ? "" : dimension.siSymbol();
        } catch (QuantityException notAQuantity) {
            // Counts and plain numbers ("30", "2.5 nm/bilayer" the units table may not know) keep the neutral label.
            return "SI";
        }
    }
}
