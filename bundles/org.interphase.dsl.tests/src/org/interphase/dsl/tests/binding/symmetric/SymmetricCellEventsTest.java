package org.interphase.dsl.tests.binding.symmetric;

import static org.interphase.dsl.tests.binding.PaperStacks.LIBRARY;
import static org.interphase.dsl.tests.binding.PaperStacks.STACKS;
import static org.interphase.dsl.tests.binding.PaperStacks.coatedLatp;
import static org.interphase.dsl.tests.binding.PaperStacks.si;
import static org.interphase.dsl.tests.binding.symmetric.SymmetricFixtures.ENGINE;
import static org.interphase.dsl.tests.binding.symmetric.SymmetricFixtures.HOUR;
import static org.interphase.dsl.tests.binding.symmetric.SymmetricFixtures.MODEL;
import static org.interphase.dsl.tests.binding.symmetric.SymmetricFixtures.PRESSURE;
import static org.interphase.dsl.tests.binding.symmetric.SymmetricFixtures.WITH_CCD;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.interphase.dsl.binding.SymmetricBinding;
import org.interphase.dsl.tests.binding.PaperStacks;
import org.interphase.library.InterfaceProperty;
import org.interphase.library.MaterialInterface;
import org.interphase.sim.electrochem.RunMonitor;
import org.interphase.sim.stack.CellStack;
import org.interphase.sim.stack.Electrode;
import org.interphase.sim.symmetric.SymmetricCellEngine;
import org.interphase.sim.symmetric.SymmetricCellEvent.Kind;
import org.interphase.sim.symmetric.SymmetricCellEvent;
import org.interphase.sim.symmetric.SymmetricCellInput;
import org.interphase.sim.symmetric.SymmetricCellResult;
import org.junit.jupiter.api.Test;

/** Contact loss and short circuits in the papers' cells. */
class SymmetricCellEventsTest {

    /** Stripping above the critical stripping current: voids open (facts §d3, §d4). */
    private static final double FAST = si(0.25, "mA/cm2");

    private static SymmetricCellResult fastCycling(double pressure) {
        CellStack stack = coatedLatp();
        return new SymmetricCellEngine(WITH_CCD).run(new SymmetricCellInput(stack, FAST, HOUR, 10 * HOUR, 20, pressure,
                SymmetricBinding.sites(LIBRARY, stack)), RunMonitor.NONE);
    }

    @Test
    void strippingFasterThanLiCreepRefillsOpensVoidsAndTheNextPlatingShorts() {
        // Void depth grows at v·(i − i_c) while the left electrode is stripped; contact f = h_r/(h_r + h).
        SymmetricCellResult result = fastCycling(PRESSURE);
        double v = MODEL.lithiumVolumePerCharge().value().si();
        double ic = MODEL.criticalStrippingCurrentDensity().value().si();
        double roughness = MODEL.voidRoughness().value().si();
        double rate = v * (FAST - ic);
        double lossAt = roughness * (1 - MODEL.contactLossFraction()) / MODEL.contactLossFraction() / rate;
        double fractionAfterStripping = roughness / (roughness + rate * HOUR);
        SymmetricCellEvent loss = result.firstEvent(Kind.CONTACT_LOSS).orElseThrow();
        SymmetricCellEvent shortCircuit = result.firstEvent(Kind.SHORT_CIRCUIT).orElseThrow();
        double[] leftContact = result.resistance("Li|PAA-PEO-LbL-crosslinked charge transfer");
        double[] voltage = result.voltage();
        assertAll(
                () -> assertEquals(lossAt, loss.time(), 1e-3),
                () -> assertTrue(loss.message().contains("left"), loss::message),
                // Plating onto 80 % of the area focuses 0.25 mA/cm2 to 0.31 mA/cm2 > the 0.28 mA/cm2 CCD.
                () -> assertTrue(FAST / fractionAfterStripping > WITH_CCD.criticalCurrentDensity().orElseThrow().value()
                        .si()),
                () -> assertEquals(HOUR, shortCircuit.time(), 1e-6),
                () -> assertEquals(HOUR, result.lifetime(), 1e-6),
                () -> assertEquals(0.0, voltage[voltage.length - 1], "the voltage collapses at the short"),
                () -> assertEquals(1 / fractionAfterStripping, leftContact[leftContact.length - 1] / leftContact[0],
                        1e-9, "the contact resistance rises as 1/f"));
    }

    @Test
    void higherStackPressureRefillsTheVoids() {
        // At twice the reference pressure creep refills 0.4 mA/cm2 > 0.25 mA/cm2: no voids, no short.
        SymmetricCellResult result = fastCycling(2 * PRESSURE);
        assertTrue(result.events().isEmpty(), () -> "events: " + result.events());
        assertEquals(10 * HOUR, result.lifetime(), 1e-6);
    }

    @Test
    void aCurrentAboveTheCriticalCurrentDensityShortsOnTheFirstPlating() {
        CellStack stack = coatedLatp();
        SymmetricCellResult result = new SymmetricCellEngine(WITH_CCD).run(new SymmetricCellInput(stack,
                si(0.5, "mA/cm2"), HOUR, 4 * HOUR, 4, PRESSURE, List.of()), RunMonitor.NONE);
        SymmetricCellEvent shortCircuit = result.firstEvent(Kind.SHORT_CIRCUIT).orElseThrow();
        assertEquals(0.0, shortCircuit.time());
        assertTrue(shortCircuit.message().contains("critical current density"), shortCircuit::message);
    }

    @Test
    void interphasesThatMeetAcrossAThinElectrolyteShortTheCellElectronically() {
        // Li | 1 µm LATP film | Li at a current too small to reach the cut-off: the two MCIs (each growing at v)
        // meet when each has consumed half the film: t = d / 2v.
        Electrode li = STACKS.electrode("Li");
        double film = 1e-6;
        CellStack stack = STACKS.stack(li, List.of(STACKS.layer("LATP", film)), li, 1e-4, PaperStacks.ROOM);
        SymmetricCellInput input = new SymmetricCellInput(stack, si(0.001, "mA/cm2"), HOUR, 200 * HOUR, 2, PRESSURE,
                SymmetricBinding.sites(LIBRARY, stack));
        SymmetricCellResult result = ENGINE.run(input, RunMonitor.NONE);
        MaterialInterface contact = LIBRARY.interfaceBetween("Li", "LATP").orElseThrow();
        double v = contact.require(InterfaceProperty.INTERPHASE_GROWTH_VELOCITY).value().si();
        double expected = film / (2 * v);
        SymmetricCellEvent shortCircuit = result.firstEvent(Kind.SHORT_CIRCUIT).orElseThrow();
        assertEquals(expected, shortCircuit.time(), 1e-3);
        assertTrue(shortCircuit.message().contains("bridges the electrodes"), shortCircuit::message);
        assertTrue(result.firstEvent(Kind.FAILURE).isEmpty());
    }
}
