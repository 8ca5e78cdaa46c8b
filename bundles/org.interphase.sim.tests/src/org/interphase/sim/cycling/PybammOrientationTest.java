package org.interphase.sim.cycling;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import org.interphase.sim.electrochem.ElectrochemConstants;
import org.junit.jupiter.api.Test;

/**
 * Orientation against PyBaMM's single-particle model (SPM) where the two overlap: the positive particle. PyBaMM
 * cannot run here (not on Maven Central, Debian or npm), so the comparison is with what its SPM computes for a
 * sphere under a constant flux, in PyBaMM's own source (pybamm-team/PyBaMM at 7c9f5bd, 2026-08-20):
 * {@code x_averaged_polynomial_profile.py}, "quadratic profile", c_surf = c_av − j·R/(5·F·D) (Subramanian et al.,
 * J. Electrochem. Soc. 152 (2005) A2002, eqs 11-12), which the Fickian particle reaches once the start-up transient
 * has decayed (its slowest mode as exp(−20.19·D·t/R²)); and the parameter set Chen2020 ({@code Chen2020.py}: positive
 * particle radius 5.22 µm, diffusivity 4e-15 m²/s, c_max 63104 mol/m³, electrode 75.6 µm thick with 0.665 active
 * material over 0.065 m × 1.58 m) at its 1C, 5 A.
 * <p>
 * Only orientation: the cells differ (PyBaMM's has a graphite anode and a liquid electrolyte, ours Li metal and solid
 * layers, which take no part here), and the comparison is with PyBaMM's relation, not a PyBaMM run.
 */
class PybammOrientationTest {

    private static final double RADIUS = 5.22e-6;
    private static final double DIFFUSIVITY = 4e-15;
    private static final double C_MAX = 63104;
    private static final double AREA = 0.065 * 1.58;
    private static final double ACTIVE_VOLUME = 75.6e-6 * AREA * 0.665;
    /** The charge of the positive electrode's whole stoichiometry range, C. */
    private static final double CAPACITY = C_MAX * ElectrochemConstants.FARADAY * ACTIVE_VOLUME;

    @Test
    void aChen2020PositiveParticleAt1CSitsWherePybammsSpmPutsItsSurface() {
        OpenCircuitCurve line = new OpenCircuitCurve("line", new double[] {0, 1}, new double[] {4.3, 3.0});
        CellParameters cell = new CellParameters("Chen2020 positive particle", AREA, 298.15, line,
                ParticleShape.SPHERE, RADIUS, DIFFUSIVITY, CAPACITY, 1, 3 * ACTIVE_VOLUME / RADIUS, 0, 0, List.of(),
                new ElectrodeInterface("NMC|electrolyte", 1e9, Optional.empty(), 0),
                new ElectrodeInterface("Li|electrolyte", 1e9, Optional.empty(), 0), 1e9, List.of());
        ReducedCellModel model = new ReducedCellModel(cell, SolverSettings.DEFAULT.refined(4));
        // Chen2020's initial positive concentration, 17038 mol/m³, discharged at 5 A for 2000 s (0.3 R²/D).
        CellState state = model.initialState(17038 / C_MAX);
        CellState next = new CellState(model.cells());
        double current = -5;
        for (int i = 0; i < 200; i++) {
            model.advance(state, current, 10, next);
            state.copyFrom(next);
        }
        // PyBaMM's interfacial current density j = I/(a·L·A) with a = 3ε/R; the surface lies j·R/(5FD) above the mean.
        double j = -current / (3 * ACTIVE_VOLUME / RADIUS);
        double pybammExcess = j * RADIUS / (5 * ElectrochemConstants.FARADAY * DIFFUSIVITY) / C_MAX;
        assertEquals(0.0722, pybammExcess, 5e-4, "PyBaMM's surface excess in stoichiometry");
        assertEquals(pybammExcess, state.surface - model.meanLithiation(state), 0.02 * pybammExcess);
        // And both count the same charge in: 10 000 C of the 31 400 C range.
        assertEquals(17038 / C_MAX + 5 * 2000 / CAPACITY, model.meanLithiation(state), 1e-9);
    }
}
