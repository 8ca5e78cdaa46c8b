package org.interphase.sim.cycling;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import org.interphase.sim.electrochem.ElectrochemConstants;
import org.junit.jupiter.api.Test;

/**
 * The full-cell model in the limits where the answer is known in closed form: with fast kinetics and fast diffusion
 * it is a resistor (V − U = I·ΣR), with fast everything but one contact it is that contact's Tafel line, and with
 * fast kinetics and no resistance the surface of a film under constant flux follows the diffusion equation's
 * solution (Crank, The Mathematics of Diffusion, 2nd ed., eq. 2.10 for the semi-infinite medium; the parabolic
 * steady profile at long times).
 */
class AnalyticLimitsTest {

    private static final double AREA = 1e-4;
    private static final double T = 298.15;
    private static final double LENGTH = 1e-6;
    private static final double CAPACITY = 0.1;
    /** Kinetics and diffusion so fast that they take no voltage. */
    private static final double FAST_I0 = 1e9;
    private static final double FAST_D = 1e-6;

    /** U = 4.2 V − 1 V·x: a straight open-circuit line, so that the voltage reads the surface lithiation. */
    private static OpenCircuitCurve line() {
        return new OpenCircuitCurve("line", new double[] {0, 1}, new double[] {4.2, 3.2});
    }

    private static CellParameters cell(double diffusivity, double resistance, List<ElectrodeInterface> inner,
            double cathodeI0) {
        return new CellParameters("limit", AREA, T, line(), ParticleShape.PLANE, LENGTH, diffusivity, CAPACITY,
                1e-6, AREA, 0, resistance, inner,
                new ElectrodeInterface("cathode|X", cathodeI0, Optional.empty(), 0),
                new ElectrodeInterface("Li|Y", FAST_I0, Optional.empty(), 0), 1e3, List.of());
    }

    /** Voltage minus the open-circuit voltage of the mean lithiation after one step of {@code dt} at {@code current}. */
    private static double overvoltage(CellParameters cell, SolverSettings settings, double current, double dt) {
        ReducedCellModel model = new ReducedCellModel(cell, settings);
        CellState start = model.initialState(0.5);
        CellState next = new CellState(model.cells());
        model.advance(start, current, dt, next);
        return model.voltage(next, current) - cell.openCircuit().potential(model.meanLithiation(next));
    }

    @Test
    void withFastKineticsAndDiffusionTheCellIsItsLayersInSeries() {
        // Two layers (12 Ω and 30 Ω) and a layer|layer contact that takes nothing.
        CellParameters cell = cell(FAST_D, 12 + 30, List.of(ElectrodeInterface.between("A|B", FAST_I0)), FAST_I0);
        for (double current : new double[] {1e-3, -1e-3, 2.5e-2, -2.5e-2}) {
            assertEquals(current * 42, overvoltage(cell, SolverSettings.DEFAULT, current, 1), 1e-6,
                    "V - U at " + current + " A");
        }
    }

    @Test
    void farFromEquilibriumAContactFollowsItsTafelLine() {
        double i0 = 0.01;
        double b = 2 * ElectrochemConstants.thermalVoltage(T);
        CellParameters inner = cell(FAST_D, 0, List.of(ElectrodeInterface.between("A|B", i0)), FAST_I0);
        CellParameters cathode = cell(FAST_D, 0, List.of(), i0);
        for (double ratio : new double[] {1e3, 1e4}) {
            double current = -ratio * i0 * AREA;
            // α = ½: η = (2RT/F)·ln(i/i₀), 118 mV per decade at 25 °C; a discharge lowers the voltage by it.
            assertEquals(-b * Math.log(ratio), overvoltage(inner, SolverSettings.DEFAULT, current, 1e-3), 1e-5,
                    "layer|layer contact at i/i0 = " + ratio);
            // The cathode contact at half lithiation, where its i₀ scaling 2·√(x(1−x)) is 1.
            assertEquals(-b * Math.log(ratio), overvoltage(cathode, SolverSettings.DEFAULT, current, 1e-6), 1e-5,
                    "cathode contact at i/i0 = " + ratio);
        }
        double decade = overvoltage(inner, SolverSettings.DEFAULT, -1e4 * i0 * AREA, 1e-3)
                - overvoltage(inner, SolverSettings.DEFAULT, -1e3 * i0 * AREA, 1e-3);
        assertEquals(-0.1183, decade, 2e-4, "Tafel slope per decade");
    }

    @Test
    void underConstantFluxTheFilmSurfaceFollowsTheDiffusionEquation() {
        double diffusivity = 1e-14;
        double tau = LENGTH * LENGTH / diffusivity;
        CellParameters cell = cell(diffusivity, 0, List.of(), FAST_I0);
        SolverSettings fine = SolverSettings.DEFAULT.refined(10);
        double current = -CAPACITY / 3600;
        double rate = -current / CAPACITY;
        ReducedCellModel model = new ReducedCellModel(cell, fine);
        CellState state = model.initialState(0.2);
        CellState next = new CellState(model.cells());
        double dt = 1e-3 * tau;
        int steps = 0;
        // Short times, while Li has entered only a fifth of the film: Δx_s = 2·(rate·L)·√(t/(πD)).
        for (; steps < 40; steps++) {
            model.advance(state, current, dt, next);
            state.copyFrom(next);
        }
        double t = steps * dt;
        double semiInfinite = 2 * rate * LENGTH * Math.sqrt(t / (Math.PI * diffusivity));
        assertEquals(semiInfinite, state.surface - 0.2, 0.02 * semiInfinite, "surface rise at t = " + t + " s");
        // Long times: the parabolic profile, its surface rate·L²/(3D) above the mean.
        for (; steps < 1000; steps++) {
            model.advance(state, current, dt, next);
            state.copyFrom(next);
        }
        double steady = rate * LENGTH * LENGTH / (3 * diffusivity);
        assertEquals(steady, state.surface - model.meanLithiation(state), 0.02 * steady, "surface above the mean");
        // The voltage reads that surface through the open-circuit line: U(x_s), not U of the mean.
        assertEquals(line().potential(state.surface), model.voltage(state, current), 1e-6);
    }
}
