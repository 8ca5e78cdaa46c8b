package org.interphase.dsl.tests.binding.growth;

import org.interphase.core.units.Quantity;
import org.interphase.dsl.binding.GrowthBinding;
import org.interphase.dsl.library.Libraries;
import org.interphase.library.AldProcess;
import org.interphase.library.MaterialLibrary;
import org.interphase.sim.growth.GrowthEngine;

/** Shared access to the built-in library, its growth binding and unit conversions for the growth tests. */
final class GrowthFixtures {

    static final MaterialLibrary LIBRARY = Libraries.builtIn();
    static final GrowthBinding GROWTH = new GrowthBinding(LIBRARY);
    static final GrowthEngine ENGINE = new GrowthEngine();

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
