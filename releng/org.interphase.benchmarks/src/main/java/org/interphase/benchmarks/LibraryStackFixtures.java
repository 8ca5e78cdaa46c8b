package org.interphase.benchmarks;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import org.interphase.core.units.Quantity;
import org.interphase.dsl.binding.GrowthBinding;
import org.interphase.dsl.binding.StackBinding;
import org.interphase.dsl.library.Libraries;
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
 * Cell stacks built as a user builds them: films from the growth engine, the pellet, electrodes and
 * interfaces from the built-in library, at 25 °C on the face area of the library's LATP pellet. The films
 * and the two LATP cells are those of the sim tests (which live in test fragments that a plain jar cannot
 * depend on), so the benchmarked runs are ones whose physics is tested there.
 */
public final class LibraryStackFixtures {

    /** The built-in library, which the symmetric-cell engine also reads its interphase sites from. */
    public static final MaterialLibrary LIBRARY = Libraries.builtIn();

    private static final StackBinding STACKS = new StackBinding(LIBRARY);
    private static final GrowthBinding GROWTH = new GrowthBinding(LIBRARY);
    private static final GrowthEngine ENGINE = new GrowthEngine();
    private static final double ROOM = Quantity.of(25, "°C").si();
    private static final double HOUR = 3600;
    /** The molten-flux LATP pellet of [000] (facts §b1 B-WET-1). */
    private static final String LATP_PELLET = "PEL-LATP-molten-flux";
    private static final Electrode LI = STACKS.electrode("Li");

    private LibraryStackFixtures() {
    }

    /** Li | LATP | Li, with the MCI that Li forms on LATP (facts §c1 ). */
    public static CellStack bareLatp() {
        return cell(List.of(STACKS.pellet(LATP_PELLET)));
    }

    /** Li | (PAA/PEO)30 | LATP | (PAA/PEO)30 | Li (facts §c1 ). */
    public static CellStack polymerCoatedLatp() {
        GrowthResult coating = crossLinkedPaaPeo30();
        return cell(List.of(STACKS.film(coating, "(PAA/PEO)30, left"), STACKS.pellet(LATP_PELLET),
                STACKS.film(coating, "(PAA/PEO)30, right")));
    }

    /**
     * Six layers between the electrodes: Li | Al2O3 | LLCZN | Al2O3 | (PAA/PEO)30 | LATP | (PAA/PEO)30 | Li,
     * an ALD-coated garnet pellet (facts §c5 R-058; ALD coats both faces) pressed against the polymer-coated
     * LATP pellet of [000] (LbL dipping coats both faces). Its circuit has nine R∥C arcs: two charge
     * transfers, the six layers and the LATP grain boundaries. No source reports this cell; its materials,
     * contacts and pellet come from the library and its films from the growth engine.
     */
    public static CellStack garnetLatpHybrid() {
        GrowthResult alumina = aldAluminaOnGarnet();
        GrowthResult coating = crossLinkedPaaPeo30();
        return cell(List.of(STACKS.film(alumina, "Al2O3, Li side"), garnetPellet(),
                STACKS.film(alumina, "Al2O3, LATP side"), STACKS.film(coating, "(PAA/PEO)30, garnet side"),
                STACKS.pellet(LATP_PELLET), STACKS.film(coating, "(PAA/PEO)30, Li side")));
    }

    private static CellStack cell(List<StackLayer> layers) {
        return STACKS.stack(LI, layers, LI, STACKS.pelletArea(LATP_PELLET), ROOM);
    }

    /**
     * 30 PAA/PEO bilayers on PEI (facts §b1 B-LbL-3) after the 130 °C cross-linking bake (B-LbL-4), whose
     * duration [000] does not give: an hour is assumed, as in the sim tests.
     */
    private static GrowthResult crossLinkedPaaPeo30() {
        GrowthResult assembled = ENGINE.grow(GROWTH.lbl(LIBRARY.process("LbL-PAA-PEO-on-PEI", LbLProcess.class)
                .orElseThrow(), 30));
        AnnealProcess bake = LIBRARY.process("AN-LbL-crosslink", AnnealProcess.class).orElseThrow();
        return ENGINE.anneal(assembled, GROWTH.anneal(assembled.film(), bake.temperature().value().si(),
                OptionalDouble.of(HOUR)));
    }

    /**
     * Saturated ALD Al2O3 from TMA/H2O at 150 °C, the process on the garnet (facts §b3 B-ALD-22). Its cycle
     * count is not reported: 40 cycles (~5 nm) are assumed, as in the sim tests.
     */
    private static GrowthResult aldAluminaOnGarnet() {
        AldProcess process = LIBRARY.process("ALD-Al2O3-TMA-H2O-150", AldProcess.class).orElseThrow();
        return ENGINE.grow(GROWTH.ald(process, Quantity.of(150, "°C").si(), 40, Optional.empty(), Optional.empty()));
    }

    /** A dense LLCZN layer as thick as the LATP pellet, for want of a garnet pellet entry in the library. */
    private static StackLayer garnetPellet() {
        return STACKS.layer("LLCZN", STACKS.pellet(LATP_PELLET).thickness());
    }
}
