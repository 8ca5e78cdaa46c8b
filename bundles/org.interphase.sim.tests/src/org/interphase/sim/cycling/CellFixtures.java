package org.interphase.sim.cycling;

import java.util.List;
import java.util.Optional;

import org.interphase.sim.electrochem.ParabolicGrowth;

/**
 * A hand-made thin-film NCM | LLTO | Li cell with round numbers of the size of the cells of [003], for the
 * checks that hold whatever the parameter values (conservation, relaxation, convergence). Nothing here is read
 * from the library: the engine is tested on its input record alone.
 */
final class CellFixtures {

    /** 0.459 cm², 25 °C, 1 µm of NCM (4.77 g/cm³, 136.9 mAh/g): about 30 µAh. */
    private static final double AREA = 0.459e-4;
    private static final double TEMPERATURE = 298.15;
    private static final double THICKNESS = 1e-6;
    private static final double MASS = 4770 * AREA * THICKNESS;
    private static final double CAPACITY = MASS * 136.9 * 3600;
    /** 350 nm of LLTO at 9.56e-6 S/cm: t/(σA), about 8 Ω. */
    private static final double SEPARATOR = 350e-9 / (9.56e-4 * AREA);
    /** 0.1 mA/cm², the order of oxide contacts. */
    private static final double EXCHANGE_CURRENT = 1;

    private CellFixtures() {
    }

    /**
     * An NMC-like open-circuit curve, a coarse subset of the NMC532 fit of Mohtat et al. 2020 (PyBaMM): falling
     * from 4.27 V charged to 2.82 V discharged.
     */
    static OpenCircuitCurve openCircuit() {
        return new OpenCircuitCurve("NMC-like", new double[] {0, 0.25, 0.5, 0.75, 0.9375, 1},
                new double[] {4.2664, 3.9745, 3.8022, 3.7217, 3.6105, 2.8186});
    }

    /** The cell without any degradation. */
    static CellParameters thinFilm() {
        return cell(new ElectrodeInterface("NCM|LLTO", EXCHANGE_CURRENT, Optional.empty(), 0));
    }

    /**
     * The cell with a cathode interphase that binds charge as it grows (parabolic, k = 2.5e-24 m²/s from 0.1 nm,
     * 653 mAh/cm³: the estimates of the library's NCM523|LLTO interface), so that side reactions consume part of
     * every charge.
     */
    static CellParameters withCathodeInterphase() {
        return cell(new ElectrodeInterface("NCM|LLTO", EXCHANGE_CURRENT, Optional.of(interlayer()), 0));
    }

    /** As {@link #withCathodeInterphase()}, the film grown by oxidising a layer of the given window and exposure. */
    static CellParameters withCathodeInterphase(double oxidationLimit, double exposure) {
        return cell(new ElectrodeInterface("NCM|LLTO", EXCHANGE_CURRENT,
                Optional.of(interlayer().drivenAbove(oxidationLimit, exposure)), 0));
    }

    private static Interphase interlayer() {
        return new Interphase("interlayer", new ParabolicGrowth(2.5e-24), 0.1e-9, 1e-7, 653 * 3.6e6);
    }

    private static CellParameters cell(ElectrodeInterface cathode) {
        // 100 µm of Li foil (534 kg/m³, 3860 mAh/g): far more Li than the cathode can take.
        double inventory = 100e-6 * AREA * 534 * 3860 * 3600;
        return new CellParameters("hand-made thin-film cell", AREA, TEMPERATURE, openCircuit(), ParticleShape.PLANE,
                THICKNESS, 8e-15, CAPACITY, MASS, AREA, 0.06, SEPARATOR, cathode,
                new ElectrodeInterface("Li|LLTO", EXCHANGE_CURRENT, Optional.empty(), 0), inventory, List.of());
    }
}
