package org.interphase.dsl.tests.binding.symmetric;

import static org.interphase.dsl.tests.binding.PaperStacks.aluminaCoatedGarnet;
import static org.interphase.dsl.tests.binding.PaperStacks.aluminaCoatedLatp;
import static org.interphase.dsl.tests.binding.PaperStacks.bareGarnet;
import static org.interphase.dsl.tests.binding.PaperStacks.bareLatp;
import static org.interphase.dsl.tests.binding.PaperStacks.coatedLatp;
import static org.interphase.dsl.tests.binding.PaperStacks.si;
import static org.interphase.dsl.tests.binding.symmetric.SymmetricFixtures.ENGINE;
import static org.interphase.dsl.tests.binding.symmetric.SymmetricFixtures.HOUR;
import static org.interphase.dsl.tests.binding.symmetric.SymmetricFixtures.experiment;
import static org.interphase.dsl.tests.binding.symmetric.SymmetricFixtures.maxAbsVoltage;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.interphase.dsl.binding.SymmetricBinding;
import org.interphase.dsl.tests.binding.PaperStacks;
import org.interphase.sim.electrochem.RunMonitor;
import org.interphase.sim.symmetric.SymmetricCellEvent.Kind;
import org.interphase.sim.symmetric.SymmetricCellInput;
import org.interphase.sim.symmetric.SymmetricCellResult;
import org.junit.jupiter.api.Test;

/** The symmetric cells of the sources, from the built-in library: lifetimes and interfacial resistances. */
class SymmetricCellPaperTest {

    @Test
    void bareLatpDegradesAndFailsWithinTensOfHours() {
        // facts §c1 R-003: Li|LATP|Li at 0.1 mA/cm2 fails after ~40 h with a very large overpotential.
        SymmetricCellResult result = ENGINE.run(experiment(bareLatp(), 200, 10), RunMonitor.NONE);
        double hours = result.lifetime() / HOUR;
        assertAll(
                () -> assertTrue(hours > 20 && hours < 80, () -> "lifetime " + hours + " h"),
                () -> assertEquals(Kind.FAILURE, result.events().get(result.events().size() - 1).kind()),
                // The MCI is there from the first contact (facts §d1: instantaneous) and keeps growing.
                () -> assertEquals(0.0, result.firstEvent(Kind.INTERPHASE_ONSET).orElseThrow().time()),
                () -> {
                    double[] mci = result.resistance("Li|LATP interphase");
                    assertTrue(mci[mci.length - 1] > 3 * mci[0], "MCI resistance " + mci[0] + " -> "
                            + mci[mci.length - 1] + " Ω");
                });
    }

    @Test
    void polymerCoatedLatpRuns600HoursWithinOneVolt() {
        // facts §c1 R-004: the (PAA/PEO)30-coated cell runs >= 600 h with the overpotential within about ±1 V.
        SymmetricCellResult result = ENGINE.run(experiment(coatedLatp(), 600, 20), RunMonitor.NONE);
        assertAll(
                () -> assertFalse(result.failed(), () -> "events: " + result.events()),
                () -> assertEquals(600 * HOUR, result.lifetime(), 1e-6),
                () -> assertTrue(maxAbsVoltage(result) <= 1.0, () -> "max |V| = " + maxAbsVoltage(result) + " V"),
                // The insulating film keeps the electrons off LATP: no MCI grows (facts §c1 ).
                () -> assertTrue(result.firstEvent(Kind.INTERPHASE_ONSET).isEmpty()),
                () -> assertEquals(0.0, maxOf(result.resistance("LATP interphase, left side"))));
    }

    @Test
    void aldAluminaOnLatpAlsoStopsTheInterphase() {
        // facts §c2 R-015 / §c3 R-049: 15 nm ALD Al2O3 on LATP, 600 h at 0.01 mA/cm2 with 1 h per direction.
        SymmetricCellInput input = new SymmetricCellInput(aluminaCoatedLatp(), si(0.01, "mA/cm2"), HOUR, 600 * HOUR,
                4, SymmetricFixtures.PRESSURE, SymmetricBinding.sites(PaperStacks.LIBRARY,
                        aluminaCoatedLatp(), SymmetricFixtures.MODEL));
        SymmetricCellResult result = ENGINE.run(input, RunMonitor.NONE);
        assertAll(
                () -> assertFalse(result.failed(), () -> "events: " + result.events()),
                () -> assertTrue(result.firstEvent(Kind.INTERPHASE_ONSET).isEmpty()));
    }

    @Test
    void aldAluminaCutsTheGarnetInterfacialResistanceTenToSixtyFold() {
        // facts §c5 R-058 (3500 -> 150 Ω cm2) and R-075 (1900 -> 100 Ω cm2): reviews report ~20-50x less.
        SymmetricCellResult bare = ENGINE.run(experiment(bareGarnet(), 2, 4), RunMonitor.NONE);
        SymmetricCellResult coated = ENGINE.run(experiment(aluminaCoatedGarnet(), 2, 4), RunMonitor.NONE);
        double bareInterface = bare.resistance("Li|LLCZN charge transfer")[0];
        double coatedInterface = coated.resistance("Li|Al2O3-ALD charge transfer")[0]
                + coated.resistance("Al2O3, left")[0];
        double ratio = bareInterface / coatedInterface;
        assertTrue(ratio >= 10 && ratio <= 60, () -> "bare / coated interfacial resistance = " + ratio);
        // With the coating the cell polarises far less (R-058: ~13 mV vs 'large polarisation').
        assertTrue(maxAbsVoltage(coated) < maxAbsVoltage(bare) / 3,
                () -> maxAbsVoltage(coated) + " V vs " + maxAbsVoltage(bare) + " V");
    }

    private static double maxOf(double[] values) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            max = Math.max(max, v);
        }
        return max;
    }
}
