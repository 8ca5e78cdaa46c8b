package org.interphase.dsl.tests;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.hipparchus.analysis.solvers.BrentSolver;
import org.interphase.dsl.binding.SymmetricBinding;
import org.interphase.library.MaterialLibrary;
import org.interphase.sim.electrochem.LinearGrowth;
import org.interphase.sim.electrochem.RunMonitor;
import org.interphase.sim.stack.CellStack;
import org.interphase.sim.symmetric.InterphaseSite;
import org.interphase.sim.symmetric.SymmetricCellEngine;
import org.interphase.sim.symmetric.SymmetricCellInput;
import org.interphase.sim.symmetric.SymmetricCellModel;

/**
 * The routine that fits interphaseGrowthVelocity v of IF-Li-LATP on one number only: bare Li | LATP | Li at
 * 0.1 mA/cm² fails after ~40 h (facts.md R-003), read as the time to the 2.0 V cut-off, with 1 h half-cycles. The
 * growth is reaction-limited (L = L₀ + vt): the MCI conducts electrons, so nothing in it limits the supply the
 * reduction needs (facts §d1). The bare cell at 0.01 mA/cm² is left for prediction.
 */
final class MciGrowthCalibration {

    /** The data this calibration is fitted to (facts.md id with the quantity taken from the row). */
    static final Set<String> FITTED_ON = Set.of("R-003/lifetime");

    static final double LIFETIME = 40 * 3600.0;
    private static final double HOUR = 3600;
    /** 0.1 mA/cm² in A/m². */
    private static final double CURRENT = 1;

    private final CellStack stack;
    private final SymmetricCellModel model;
    private final List<InterphaseSite> sites;

    /** @param stack the bare Li | LATP | Li cell as a run compiles it */
    MciGrowthCalibration(MaterialLibrary library, CellStack stack) {
        this.stack = stack;
        model = SymmetricBinding.model(library, stack, Optional.empty());
        sites = SymmetricBinding.sites(library, stack);
    }

    /** v, m/s: the Brent root of the simulated lifetime minus 40 h, solved for log₁₀ v. */
    double fit() {
        return Math.pow(10, new BrentSolver(1e-6).solve(100, log -> lifetime(Math.pow(10, log)) - LIFETIME, -14, -10));
    }

    /** Hours to the cut-off at 0.1 mA/cm² if the MCI grows at {@code velocity}, s. */
    double lifetime(double velocity) {
        List<InterphaseSite> linear = sites.stream().map(site -> site.withLaw(new LinearGrowth(velocity))).toList();
        SymmetricCellInput input = new SymmetricCellInput(stack, CURRENT, HOUR, 400 * HOUR, 4,
                model.referencePressure().value().si(), linear);
        return new SymmetricCellEngine(model).run(input, RunMonitor.NONE).lifetime();
    }
}
