package org.interphase.sim.growth;

import org.interphase.core.units.Quantity;
import org.interphase.library.AldProcess;
import org.interphase.library.MaterialLibrary;

/** Shared access to the built-in library and unit conversions for the growth tests. */
final class GrowthFixtures {

    static final MaterialLibrary LIBRARY = MaterialLibrary.builtIn();
    static final GrowthEngine ENGINE = new GrowthEngine(LIBRARY);

    private GrowthFixtures() {
    }

    /** SI value of a number in a unit, e.g. si(250, "°C") = 523.15. */
    static double si(double value, String unit) {
        return Quantity.of(value, unit).si();
    }

    /** An SI value expressed in a unit, e.g. in(1e-9, "nm") = 1. */
    static double in(double si, String unit) {
        return new Quantity(si, Quantity.of(1, unit).dimension(), "").in(unit);
    }

    static AldProcess ald(String id) {
        return LIBRARY.process(id, AldProcess.class).orElseThrow();
    }
}
