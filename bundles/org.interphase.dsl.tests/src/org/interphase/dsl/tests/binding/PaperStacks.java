package org.interphase.dsl.tests.binding;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import org.interphase.core.units.Quantity;
import org.interphase.dsl.binding.GrowthBinding;
import org.interphase.dsl.binding.StackBinding;
import org.interphase.library.AldProcess;
import org.interphase.library.AnnealProcess;
import org.interphase.library.LbLProcess;
import org.interphase.library.MaterialLibrary;
import org.interphase.sim.growth.GrowthEngine;
import org.interphase.sim.growth.GrowthResult;
import org.interphase.sim.stack.CellStack;
import org.interphase.sim.stack.Electrode;
import org.interphase.sim.stack.StackLayer;

/**
 * The symmetric cells of the papers, bound from the built-in library by the stack and growth bindings and grown by
 * the growth engine, at 25 °C on the face of the library's LATP pellet.
 */
public final class PaperStacks {

    public static final MaterialLibrary LIBRARY = MaterialLibrary.builtIn();
    public static final StackBinding STACKS = new StackBinding(LIBRARY);
    public static final GrowthBinding GROWTH = new GrowthBinding(LIBRARY);
    /** 25 °C, the room temperature of the papers' EIS and plating/stripping. */
    public static final double ROOM = si(25, "°C");
    private static final GrowthEngine GROWTH_ENGINE = new GrowthEngine();
    private static final String PELLET = "PEL-LATP-molten-flux";
    private static final Electrode LI = STACKS.electrode("Li");

    private PaperStacks() {
    }

    /** SI value of a number in a unit, e.g. si(25, "°C") = 298.15. */
    public static double si(double value, String unit) {
        return Quantity.of(value, unit).si();
    }

    /** Li | LATP | Li with the library's pellet and the MCI it forms on contact (facts §c1 ). */
    public static CellStack bareLatp() {
        return cell(List.of(STACKS.pellet(PELLET)));
    }

    /** Li | (PAA/PEO)30 | LATP | (PAA/PEO)30 | Li (facts §c1 ). */
    public static CellStack coatedLatp() {
        GrowthResult coating = crossLinkedCoating();
        return cell(List.of(STACKS.film(coating, "(PAA/PEO)30, left"), STACKS.pellet(PELLET),
                STACKS.film(coating, "(PAA/PEO)30, right")));
    }

    /** Li | Al2O3 | LATP | Al2O3 | Li with 150 ALD cycles at 250 °C, the optimum of facts §b3 B-ALD-19. */
    public static CellStack aluminaCoatedLatp() {
        GrowthResult alumina = alumina("ALD-Al2O3-TMA-H2O-250", 250, 150);
        return cell(List.of(STACKS.film(alumina, "Al2O3, left"), STACKS.pellet(PELLET),
                STACKS.film(alumina, "Al2O3, right")));
    }

    /** Li | LLCZN | Li: the bare garnet of facts §c5 R-058. */
    public static CellStack bareGarnet() {
        return cell(List.of(garnetPellet()));
    }

    /** Li | Al2O3 | LLCZN | Al2O3 | Li: the ALD-coated garnet of facts §c5 R-058 (B-ALD-22, 150 °C). */
    public static CellStack aluminaCoatedGarnet() {
        // The cycle count is not given (facts §b3 B-ALD-22); 40 cycles (~5 nm) are assumed.
        GrowthResult alumina = alumina("ALD-Al2O3-TMA-H2O-150", 150, 40);
        return cell(List.of(STACKS.film(alumina, "Al2O3, left"), garnetPellet(),
                STACKS.film(alumina, "Al2O3, right")));
    }

    private static CellStack cell(List<StackLayer> layers) {
        return STACKS.stack(LI, layers, LI, STACKS.pelletArea(PELLET), ROOM);
    }

    /** A garnet pellet as thick as the library's LATP pellet, for want of a garnet pellet entry. */
    private static StackLayer garnetPellet() {
        return STACKS.layer("LLCZN", STACKS.pellet(PELLET).thickness());
    }

    /** 30 bilayers on PEI (facts §b1 B-LbL-3), then the 130 °C cross-linking bake (B-LbL-4). */
    private static GrowthResult crossLinkedCoating() {
        GrowthResult assembled = GROWTH_ENGINE.grow(GROWTH.lbl(LIBRARY.process("LbL-PAA-PEO-on-PEI",
                LbLProcess.class).orElseThrow(), 30));
        AnnealProcess bake = LIBRARY.process("AN-LbL-crosslink", AnnealProcess.class).orElseThrow();
        // The bake duration is not given in [000] (facts §b1 B-LbL-4).
        return GROWTH_ENGINE.anneal(assembled, GROWTH.anneal(assembled.film(), bake.temperature().value().si(),
                OptionalDouble.empty()));
    }

    /** Saturated ALD Al2O3 (the dosing is not reported) at the process temperature, °C. */
    private static GrowthResult alumina(String processId, double celsius, int cycles) {
        AldProcess process = LIBRARY.process(processId, AldProcess.class).orElseThrow();
        return GROWTH_ENGINE.grow(GROWTH.ald(process, si(celsius, "°C"), cycles, Optional.empty(),
                Optional.empty()));
    }
}
