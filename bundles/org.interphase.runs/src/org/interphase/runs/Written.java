package org.interphase.runs;

import org.interphase.core.units.Dimension;
import org.interphase.core.units.QuantityException;
import org.interphase.core.units.Units;
import org.interphase.model.Quantity;

/** Quantities as written in a DSL file, in SI units, for the parts of a run the compiler does not trace. */
final class Written {

    private Written() {
    }

    /**
     * @return the quantity in SI units, or 0 if it is not written or its unit does not parse (validation has
     *         reported that already; the run then shows the item without a width or duration)
     */
    static double si(Quantity written, Dimension expected) {
        if (written == null) {
            return 0;
        }
        try {
            return Units.parse(written.getValue() + (written.getUnit() == null ? "" : " " + written.getUnit()),
                    expected, "value").si();
        } catch (QuantityException e) {
            return 0;
        }
    }
}
