package org.interphase.dsl.tests.binding.symmetric;

import static org.interphase.dsl.tests.binding.PaperStacks.LIBRARY;
import static org.interphase.dsl.tests.binding.PaperStacks.si;

import java.util.Optional;

import org.interphase.core.provenance.Source;
import org.interphase.core.provenance.SourcedQuantity;
import org.interphase.core.units.Quantity;
import org.interphase.dsl.binding.SymmetricBinding;
import org.interphase.dsl.tests.binding.PaperStacks;
import org.interphase.sim.stack.CellStack;
import org.interphase.sim.symmetric.SymmetricCellEngine;
import org.interphase.sim.symmetric.SymmetricCellInput;
import org.interphase.sim.symmetric.SymmetricCellModel;
import org.interphase.sim.symmetric.SymmetricCellResult;

/** The symmetric-cell model bound from the built-in library, and the plating/stripping experiment of the papers. */
final class SymmetricFixtures {

    /** The model of the LATP cells of [000]: the library gives no CCD for Li against LATP or (PAA/PEO)30. */
    static final SymmetricCellModel MODEL = SymmetricBinding.model(LIBRARY, PaperStacks.bareLatp(), Optional.empty());
    /** The same model with the CCD of LLZO single crystals (0.28 mA/cm², Flatscher 2020), to exercise the criterion. */
    static final SymmetricCellModel WITH_CCD = MODEL.withCriticalCurrentDensity(new SourcedQuantity(
            "critical current density", Quantity.of(0.28, "mA/cm2"), Source.of("[Flatscher2020]",
                    LIBRARY.citations().get("[Flatscher2020]"), "abstract"), "LLZO single crystals"));
    static final SymmetricCellEngine ENGINE = new SymmetricCellEngine(MODEL);
    static final double HOUR = 3600;
    /** The reference stack pressure of the void model, so that its critical stripping current applies as is. */
    static final double PRESSURE = MODEL.referencePressure().value().si();
    /** 0.1 mA/cm², the current density of facts §c1. */
    static final double TENTH_MA_PER_CM2 = si(0.1, "mA/cm2");

    private SymmetricFixtures() {
    }

    /** The experiment of: 0.1 mA/cm², 1 h per half-cycle ([004] protocol, facts §d15). */
    static SymmetricCellInput experiment(CellStack stack, double hours, int pointsPerHalfCycle) {
        return new SymmetricCellInput(stack, TENTH_MA_PER_CM2, HOUR, hours * HOUR, pointsPerHalfCycle, PRESSURE,
                SymmetricBinding.sites(LIBRARY, stack));
    }

    /** The largest |V| of a run, V. */
    static double maxAbsVoltage(SymmetricCellResult result) {
        double max = 0;
        for (double v : result.voltage()) {
            max = Math.max(max, Math.abs(v));
        }
        return max;
    }
}
