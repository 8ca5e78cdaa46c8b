package org.interphase.sim.symmetric;

import java.util.List;
import java.util.Optional;

import org.interphase.core.units.Quantity;
import org.interphase.library.AldProcess;
import org.interphase.library.AnnealProcess;
import org.interphase.library.LbLProcess;
import org.interphase.library.MaterialLibrary;
import org.interphase.sim.growth.AldInput;
import org.interphase.sim.growth.AnnealInput;
import org.interphase.sim.growth.GrowthEngine;
import org.interphase.sim.growth.GrowthResult;
import org.interphase.sim.growth.LbLInput;
import org.interphase.sim.stack.CellStack;
import org.interphase.sim.stack.Electrode;
import org.interphase.sim.stack.LibraryStacks;
import org.interphase.sim.stack.StackLayer;

/** The cells of the papers, built from the built-in library, the growth engine and the stack package. */
final class SymmetricFixtures {

    static final MaterialLibrary LIBRARY = MaterialLibrary.builtIn();
    static final LibraryStacks STACKS = new LibraryStacks(LIBRARY);
    static final SymmetricCellModel MODEL = SymmetricCellModel.defaults(LIBRARY);
    static final SymmetricCellEngine ENGINE = new SymmetricCellEngine(MODEL);
    static final double ROOM = si(25, "°C");
    static final double HOUR = 3600;
    /** The reference stack pressure of the void model, so that its critical stripping current applies as is. */
    static final double PRESSURE = MODEL.referencePressure().value().si();
    /** 0.1 mA/cm², the current density of facts §c1. */
    static final double TENTH_MA_PER_CM2 = si(0.1, "mA/cm2");
    private static final String PELLET = "PEL-LATP-molten-flux";
    private static final Electrode LI = STACKS.electrode("Li");

    private SymmetricFixtures() {
    }

    static double si(double value, String unit) {
        return Quantity.of(value, unit).si();
    }

    /** Li | LATP | Li with the library's pellet and the MCI it forms on contact (facts §c1 ). */
    static CellStack bareLatp() {
        return STACKS.stack(LI, List.of(STACKS.pellet(PELLET)), LI, STACKS.pelletArea(PELLET), ROOM);
    }

    /** Li | (PAA/PEO)30 | LATP | (PAA/PEO)30 | Li (facts §c1 ). */
    static CellStack coatedLatp() {
        GrowthResult coating = crossLinkedCoating();
        return STACKS.stack(LI, List.of(STACKS.film(coating, "(PAA/PEO)30, left"), STACKS.pellet(PELLET),
                STACKS.film(coating, "(PAA/PEO)30, right")), LI, STACKS.pelletArea(PELLET), ROOM);
    }

    /** Li | Al2O3 | LATP | Al2O3 | Li with 150 ALD cycles at 250 °C, the optimum of facts §b3 B-ALD-19. */
    static CellStack aluminaCoatedLatp() {
        GrowthResult alumina = alumina("ALD-Al2O3-TMA-H2O-250", 250, 150);
        return STACKS.stack(LI, List.of(STACKS.film(alumina, "Al2O3, left"), STACKS.pellet(PELLET),
                STACKS.film(alumina, "Al2O3, right")), LI, STACKS.pelletArea(PELLET), ROOM);
    }

    /** Li | LLCZN | Li: the bare garnet of facts §c5 R-058. */
    static CellStack bareGarnet() {
        return STACKS.stack(LI, List.of(garnetPellet()), LI, STACKS.pelletArea(PELLET), ROOM);
    }

    /** Li | Al2O3 | LLCZN | Al2O3 | Li: the ALD-coated garnet of facts §c5 R-058 (B-ALD-22, 150 °C). */
    static CellStack aluminaCoatedGarnet() {
        // The cycle count is not given (facts §b3 B-ALD-22); 40 cycles (~5 nm) are assumed.
        GrowthResult alumina = alumina("ALD-Al2O3-TMA-H2O-150", 150, 40);
        return STACKS.stack(LI, List.of(STACKS.film(alumina, "Al2O3, left"), garnetPellet(),
                STACKS.film(alumina, "Al2O3, right")), LI, STACKS.pelletArea(PELLET), ROOM);
    }

    /** The experiment of: 0.1 mA/cm², 1 h per half-cycle ([004] protocol, facts §d15). */
    static SymmetricCellInput experiment(CellStack stack, double hours, int pointsPerHalfCycle) {
        return new SymmetricCellInput(stack, TENTH_MA_PER_CM2, HOUR, hours * HOUR, pointsPerHalfCycle, PRESSURE,
                InterphaseSites.fromLibrary(LIBRARY, stack, MODEL));
    }

    /** The largest |V| of a run, V. */
    static double maxAbsVoltage(SymmetricCellResult result) {
        double max = 0;
        for (double v : result.voltage()) {
            max = Math.max(max, Math.abs(v));
        }
        return max;
    }

    /** A garnet pellet as thick as the library's LATP pellet, for want of a garnet pellet entry. */
    private static StackLayer garnetPellet() {
        return STACKS.layer("LLCZN", STACKS.pellet(PELLET).thickness());
    }

    /** 30 bilayers on PEI (facts §b1 B-LbL-3), then the 130 °C cross-linking bake (B-LbL-4). */
    private static GrowthResult crossLinkedCoating() {
        GrowthEngine engine = new GrowthEngine(LIBRARY);
        GrowthResult assembled = engine.grow(LbLInput.of(LIBRARY.process("LbL-PAA-PEO-on-PEI", LbLProcess.class)
                .orElseThrow(), 30));
        AnnealProcess bake = LIBRARY.process("AN-LbL-crosslink", AnnealProcess.class).orElseThrow();
        // The bake duration is not given in [000] (facts §b1 B-LbL-4); an hour is assumed.
        return engine.anneal(assembled, new AnnealInput(bake.temperature().value().si(), HOUR));
    }

    /** Saturated ALD Al2O3 (the dosing is not reported) at the process temperature, °C. */
    private static GrowthResult alumina(String processId, double celsius, int cycles) {
        AldProcess process = LIBRARY.process(processId, AldProcess.class).orElseThrow();
        return new GrowthEngine(LIBRARY).grow(AldInput.of(process, si(celsius, "°C"), cycles, Optional.empty(),
                Optional.empty()));
    }
}
