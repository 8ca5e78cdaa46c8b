package org.interphase.dsl.tests.binding;

import java.util.List;
import java.util.OptionalDouble;

import org.interphase.core.units.Quantity;
import org.interphase.dsl.binding.GrowthBinding;
import org.interphase.dsl.binding.StackBinding;
import org.interphase.dsl.library.Libraries;
import org.interphase.library.AnnealProcess;
import org.interphase.library.LbLProcess;
import org.interphase.library.MaterialLibrary;
import org.interphase.sim.growth.GrowthEngine;
import org.interphase.sim.growth.GrowthResult;
import org.interphase.sim.stack.CellStack;
import org.interphase.sim.stack.Electrode;
import org.interphase.sim.stack.StackLayer;

/**
 * Symmetric cells of the papers bound straight from the built-in library by the stack and growth bindings, at 25 °C
 * on the face of the library's LATP pellet, for the tests of the symmetric binding and of the engine's events (the
 * tests of published numbers compile the example files instead).
 */
public final class PaperStacks {

    public static final MaterialLibrary LIBRARY = Libraries.builtIn();
    public static final StackBinding STACKS = new StackBinding(LIBRARY);
    private static final GrowthBinding GROWTH = new GrowthBinding(LIBRARY);
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

    /** Li | LLCZN | Li: the bare garnet of facts §c5 R-058. */
    public static CellStack bareGarnet() {
        return cell(List.of(garnetPellet()));
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
}
