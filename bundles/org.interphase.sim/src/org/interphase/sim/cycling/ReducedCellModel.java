package org.interphase.sim.cycling;

import java.util.Arrays;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import org.interphase.sim.electrochem.ButlerVolmer;
import org.interphase.sim.stack.CellCondition;

/**
 * The equations of the cell (PyBaMM's "model", anchors.md §1): a single-particle model of the
 * cathode against a Li metal anode through dense solid layers.
 * <ul>
 * <li>Solid diffusion ∂x/∂t = D∇²x in a sphere or a film, with the reaction flux at the surface and
 * no flux at the centre (or current collector); finite volumes, backward Euler, Thomas algorithm.
 * The scheme is exactly conservative: the mean lithiation moves by −I_main·Δt/Q every step.</li>
 * <li>Voltage V = U(x_surface) + η_cathode + Σ η_inner − η_anode + I·R, with Butler–Volmer overpotentials
 * (α = ½) at every contact Li⁺ crosses (the two electrodes and each layer | layer contact with kinetics), the
 * cathode's i₀ scaling as 2√(x(1−x)) (PyBaMM's c^½(c_max−c)^½ form), and R the layers plus the interphases grown
 * so far.</li>
 * <li>Degradation: the cathode interphase grows while the cell charges (a window-driven one only while
 * the cathode's potential exceeds the reacting layer's oxidation limit) and its growth binds charge
 * (a side current that does not delithiate the cathode, so coulombic efficiency falls below 100 %);
 * the anode interphase grows with time and binds Li of the anode; the cathode loses contact in
 * proportion to the volumetric strain it cycles through.</li>
 * </ul>
 * Sign convention of currents: positive charges the cell (BDF).
 */
final class ReducedCellModel {

    /** Lithiation kept off 0 and 1 where the exchange current would vanish. */
    private static final double EDGE = 1e-9;
    /** Smallest contacted fraction; below it the cell has effectively no cathode left. */
    private static final double MIN_ACTIVE = 1e-6;
    /** How the stack labels the interphase of a contact: "NCM523|LLTO interphase". */
    private static final String INTERPHASE = " interphase";

    private final CellParameters p;
    private final int n;
    private final double[] volume;
    /** D·A_face/Δr between cell i and i+1. */
    private final double[] coupling;
    private final double totalVolume;
    private final double surfaceArea;
    private final double surfaceHalfWidth;
    private final double lossPerCharge;
    // scratch for the tridiagonal solve
    private final double[] cPrime;
    private final double[] dPrime;

    ReducedCellModel(CellParameters parameters, SolverSettings settings) {
        this.p = parameters;
        this.n = settings.radialCells();
        double[] faces = faces(n, settings.surfaceRefinement(), parameters.diffusionLength());
        boolean sphere = parameters.shape() == ParticleShape.SPHERE;
        volume = new double[n];
        double[] centre = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            volume[i] = sphere ? (cube(faces[i + 1]) - cube(faces[i])) / 3 : faces[i + 1] - faces[i];
            centre[i] = (faces[i] + faces[i + 1]) / 2;
            sum += volume[i];
        }
        totalVolume = sum;
        coupling = new double[n - 1];
        for (int i = 0; i < n - 1; i++) {
            double area = sphere ? faces[i + 1] * faces[i + 1] : 1;
            coupling[i] = parameters.diffusivity() * area / (centre[i + 1] - centre[i]);
        }
        surfaceArea = sphere ? faces[n] * faces[n] : 1;
        surfaceHalfWidth = faces[n] - centre[n - 1];
        lossPerCharge = parameters.cathodeInterface().contactLossPerStrain() * parameters.volumeChange()
                / parameters.capacity();
        cPrime = new double[n];
        dPrime = new double[n];
    }

    /** Face positions from the centre (0) to the surface, widths shrinking by {@code ratio} outward. */
    private static double[] faces(int n, double ratio, double length) {
        double[] faces = new double[n + 1];
        double total = 0;
        for (int i = 0; i < n; i++) {
            total += Math.pow(ratio, i);
        }
        for (int i = 0; i < n; i++) {
            faces[i + 1] = faces[i] + length * Math.pow(ratio, i) / total;
        }
        faces[n] = length;
        return faces;
    }

    private static double cube(double x) {
        return x * x * x;
    }

    int cells() {
        return n;
    }

    CellParameters parameters() {
        return p;
    }

    /** A fresh cell, uniformly lithiated, with its interphases at their initial thickness. */
    CellState initialState(double lithiation) {
        CellState state = new CellState(n);
        Arrays.fill(state.lithiation, lithiation);
        state.surface = lithiation;
        state.cathodeInterphase = p.cathodeInterface().interphase().map(Interphase::initialThickness).orElse(0.0);
        state.anodeInterphase = p.anodeInterface().interphase().map(Interphase::initialThickness).orElse(0.0);
        state.lithiumInventory = p.lithiumInventory();
        return state;
    }

    /**
     * A cell uniformly lithiated, its cathode's lithiation, interphases, cathode contact and Li inventory as an
     * earlier measurement left them ({@code start}, by the contacts' labels; the lithiation relaxed to its mean), or
     * as assembled (at {@code lithiation}) where it names nothing.
     */
    CellState initialState(double lithiation, CellCondition start) {
        CellState state = initialState(start.cathodeLithiation().orElse(lithiation));
        String cathode = p.cathodeInterface().label();
        String anode = p.anodeInterface().label();
        state.cathodeInterphase = CellCondition.byLabel(start.thickness(), cathode + INTERPHASE)
                .orElse(state.cathodeInterphase);
        state.anodeInterphase = CellCondition.byLabel(start.thickness(), anode + INTERPHASE)
                .orElse(state.anodeInterphase);
        state.activeFraction = CellCondition.byLabel(start.contact(), cathode).orElse(1.0);
        state.lithiumInventory = start.lithiumInventory().orElse(state.lithiumInventory);
        return state;
    }

    /** What the cell in {@code state} leaves for the next measurement: interphases, cathode contact, Li inventory. */
    CellCondition condition(CellState state) {
        Map<String, Double> thickness = new HashMap<>();
        p.cathodeInterface().interphase().ifPresent(film -> thickness.put(p.cathodeInterface().label() + INTERPHASE,
                state.cathodeInterphase));
        p.anodeInterface().interphase().ifPresent(film -> thickness.put(p.anodeInterface().label() + INTERPHASE,
                state.anodeInterphase));
        return new CellCondition(thickness, List.of(), Map.of(p.cathodeInterface().label(),
                state.activeFraction), Map.of(), OptionalDouble.of(state.lithiumInventory),
                OptionalDouble.of(meanLithiation(state)));
    }

    /** Usable capacity now, C: the contacted share of the fresh capacity. */
    double capacity(CellState state) {
        return p.capacity() * state.activeFraction;
    }

    /** Mean lithiation of the contacted cathode. */
    double meanLithiation(CellState state) {
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += volume[i] * state.lithiation[i];
        }
        return sum / totalVolume;
    }

    /**
     * One backward-Euler step of {@code dt} seconds at cell current {@code current} (A, + charges)
     * from {@code from} into {@code to}.
     */
    void advance(CellState from, double current, double dt, CellState to) {
        to.copyFrom(from);
        to.time = from.time + dt;
        double reactionArea = p.reactionArea() * from.activeFraction;
        double side = 0;
        if (current > 0 && p.cathodeInterface().interphase().isPresent()) {
            Interphase film = p.cathodeInterface().interphase().get();
            double potential = p.openCircuit().potential(Math.min(1 - EDGE, Math.max(EDGE, from.surface)));
            double grown = film.law().advance(from.cathodeInterphase, dt, film.rateFactor(potential))
                    - from.cathodeInterphase;
            // The side reaction cannot take more than the current that is flowing.
            side = Math.min(film.chargeDensity() * reactionArea * grown, current * dt);
            to.cathodeInterphase = from.cathodeInterphase
                    + (film.chargeDensity() > 0 ? side / (film.chargeDensity() * reactionArea) : grown);
        }
        to.sideCharge = from.sideCharge + side;
        double main = current - side / dt;
        to.mainCurrent = main;
        p.anodeInterface().interphase().ifPresent(film -> {
            to.anodeInterphase = film.law().advance(from.anodeInterphase, dt, 1);
            to.lithiumInventory -= film.chargeDensity() * p.area() * (to.anodeInterphase - from.anodeInterphase);
        });
        to.lithiumInventory += current * dt;
        double rate = -main / capacity(from);
        diffuse(from.lithiation, rate, dt, to.lithiation);
        to.surface = to.lithiation[n - 1] + rate * totalVolume / surfaceArea * surfaceHalfWidth / p.diffusivity();
        to.activeFraction = Math.max(MIN_ACTIVE, from.activeFraction - lossPerCharge * Math.abs(main) * dt);
    }

    /** Solves (V/dt + K) x_new = V x_old/dt + inflow at the surface with the Thomas algorithm. */
    private void diffuse(double[] old, double rate, double dt, double[] out) {
        for (int i = 0; i < n; i++) {
            double left = i > 0 ? coupling[i - 1] : 0;
            double right = i < n - 1 ? coupling[i] : 0;
            double diagonal = volume[i] / dt + left + right;
            double rhs = volume[i] * old[i] / dt + (i == n - 1 ? rate * totalVolume : 0);
            double denominator = diagonal - (i > 0 ? -left * cPrime[i - 1] : 0);
            cPrime[i] = -right / denominator;
            dPrime[i] = (rhs + (i > 0 ? left * dPrime[i - 1] : 0)) / denominator;
        }
        out[n - 1] = dPrime[n - 1];
        for (int i = n - 2; i >= 0; i--) {
            out[i] = dPrime[i] - cPrime[i] * out[i + 1];
        }
    }

    /** Terminal voltage after a step to {@code state} at cell current {@code current}, V. */
    double voltage(CellState state, double current) {
        double x = Math.min(1 - EDGE, Math.max(EDGE, state.surface));
        double reactionArea = p.reactionArea() * state.activeFraction;
        double cathodeI0 = p.cathodeInterface().exchangeCurrentDensity() * 2 * Math.sqrt(x * (1 - x));
        double etaCathode = ButlerVolmer.symmetric(cathodeI0).overpotential(state.mainCurrent / reactionArea,
                p.temperature());
        double etaAnode = ButlerVolmer.symmetric(p.anodeInterface().exchangeCurrentDensity())
                .overpotential(-current / p.area(), p.temperature());
        double etaInner = 0;
        for (ElectrodeInterface contact : p.innerContacts()) {
            etaInner += ButlerVolmer.symmetric(contact.exchangeCurrentDensity()).overpotential(current / p.area(),
                    p.temperature());
        }
        return p.openCircuit().potential(x) + etaCathode + etaInner - etaAnode + current * resistance(state);
    }

    /** Ohmic resistance now: the layers plus both interphases, Ω. */
    double resistance(CellState state) {
        double r = p.separatorResistance();
        double reactionArea = p.reactionArea() * state.activeFraction;
        if (p.cathodeInterface().interphase().isPresent()) {
            r += p.cathodeInterface().interphase().get().resistance(state.cathodeInterphase, reactionArea);
        }
        if (p.anodeInterface().interphase().isPresent()) {
            r += p.anodeInterface().interphase().get().resistance(state.anodeInterphase, p.area());
        }
        return r;
    }

    /** Small-signal (DC) resistance now: ohmic plus every contact's charge-transfer resistance RT/(F i₀ A), Ω. */
    double totalResistance(CellState state) {
        double x = Math.min(1 - EDGE, Math.max(EDGE, state.surface));
        double reactionArea = p.reactionArea() * state.activeFraction;
        double cathodeI0 = p.cathodeInterface().exchangeCurrentDensity() * 2 * Math.sqrt(x * (1 - x));
        double t = p.temperature();
        double r = resistance(state)
                + ButlerVolmer.symmetric(cathodeI0).chargeTransferAreaResistance(t) / reactionArea
                + ButlerVolmer.symmetric(p.anodeInterface().exchangeCurrentDensity()).chargeTransferAreaResistance(t)
                        / p.area();
        for (ElectrodeInterface contact : p.innerContacts()) {
            r += ButlerVolmer.symmetric(contact.exchangeCurrentDensity()).chargeTransferAreaResistance(t) / p.area();
        }
        return r;
    }
}
