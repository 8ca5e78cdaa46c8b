package org.interphase.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.hipparchus.complex.Complex;
import org.interphase.dsl.compiler.ModelCompiler;
import org.interphase.dsl.library.Libraries;
import org.interphase.model.Stack;
import org.interphase.sim.impedance.FrequencySweep;
import org.interphase.sim.impedance.Spectrum;
import org.interphase.sim.stack.StackCircuitBuilder;
import org.interphase.sim.stack.StackContribution;
import org.interphase.sim.stack.StackImpedance;
import org.interphase.sim.stack.StackLayer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;




/**
 * The two EIS cells of [000] (facts.md §c1), read from the stacks of examples/paa-peo-on-latp and compiled as a run
 * compiles them: Li | LATP | Li (R-001, stack BareLatpSymmetric) and Li | (PAA/PEO)30 | LATP | (PAA/PEO)30 | Li
 * (R-002, stack PaaPeoSymmetric), both at room temperature. The conductivities are reproductions (LATP's
 * grain-boundary conductivity and the LATP-MCI were calibrated to ); the rest are predictions.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(InterphaseInjectorProvider.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PaperCellsTest {

    /** [000]'s sweep, 1 MHz down to 1 Hz (facts §c1 R-001). */
    private static final double[] PAPER_SWEEP = FrequencySweep.logarithmic(1e6, 1, 10);

    @Inject
    private TestModels models;

    private StackImpedance bare;
    private StackImpedance coated;

    @BeforeAll
    void compileTheExampleStacks() {
        ResourceSet examples = ExampleFiles.loadAll(models);
        bare = simulate(examples, "BareLatpSymmetric");
        coated = simulate(examples, "PaaPeoSymmetric");
    }

    private static StackImpedance simulate(ResourceSet examples, String name) {
        Stack stack = examples.getResources().stream()
                .flatMap(resource -> EcoreUtil2.getAllContentsOfType(resource.getContents().get(0), Stack.class)
                        .stream())
                .filter(s -> s.getName().equals(name)).findFirst().orElseThrow();
        return StackCircuitBuilder.simulate(new ModelCompiler(Libraries.builtIn()).stack(stack).cell(),
                PAPER_SWEEP);
    }

    /** The frequency (Hz) of the sweep point where −Z'' is largest: the top of the dominant arc. */
    private static double apexFrequency(Spectrum spectrum) {
        double[] minusZ = spectrum.negativeImaginaryParts();
        int top = 0;
        for (int i = 1; i < minusZ.length; i++) {
            top = minusZ[i] > minusZ[top] ? i : top;
        }
        return spectrum.frequency(top);
    }

    private static double inSiemensPerCm(double siemensPerMetre) {
        return siemensPerMetre / 100;
    }

    @Test
    void bareCellReachesTheReportedConductivityOfR001() {
        // facts §c1 R-001: σ = 1.8 × 10⁻⁵ S cm⁻¹; the test allows a factor 1.5 either way.
        double sigma = inSiemensPerCm(bare.effectiveConductivity());
        assertTrue(sigma > 1.8e-5 / 1.5 && sigma < 1.8e-5 * 1.5, () -> "σ_eff = " + sigma + " S/cm");
    }

    @Test
    void coatedCellReachesTheReportedConductivityOfR002() {
        // facts §c1 R-002: σ = 1.6 × 10⁻⁴ S cm⁻¹ (~8.9× the bare cell); factor 1.5 either way.
        double sigma = inSiemensPerCm(coated.effectiveConductivity());
        assertTrue(sigma > 1.6e-4 / 1.5 && sigma < 1.6e-4 * 1.5, () -> "σ_eff = " + sigma + " S/cm");
    }

    @Test
    void coatingHalvesTheChargeTransferResistance() {
        // facts §c1 R-002 / §d15: the coated cell's charge-transfer resistance is about half the bare one's.
        double ratio = bare.chargeTransferResistance() / coated.chargeTransferResistance();
        assertTrue(ratio >= 1.5 && ratio <= 3, () -> "R_ct bare / coated = " + ratio);
    }

    @Test
    void coatingThicknessComesFromTheLbLModel() {
        // facts §b1 B-LbL-3: 1.7 nm PEI + 30 × 2.5 nm = 76.7 nm [derived]; measured 65–75 nm.
        StackLayer left = coated.stack().layers().get(0);
        assertEquals(76.7e-9, left.thickness(), 1e-12);
        assertEquals("PAA-PEO-LbL-crosslinked", left.material().id());
        assertEquals(coated.stack().layers().get(1).thickness() + 2 * 76.7e-9, coated.stack().totalThickness(),
                1e-15);
    }

    @Test
    void contributionsNameTheLayerOrInterfaceOfEachArc() {
        List<String> labels = bare.contributions().stream().map(StackContribution::label).toList();
        assertEquals(List.of("Li|LATP charge transfer", "Li|LATP interphase", "LATP bulk", "LATP grain boundary",
                "LATP|Li interphase", "LATP|Li charge transfer"), labels);
        List<String> coatedLabels = coated.contributions().stream().map(StackContribution::label).toList();
        // Layers are labelled by their name in the stack ("pellet") or material, repeats numbered.
        assertEquals(List.of("Li|PAA-PEO-LbL-crosslinked charge transfer", "PAA-PEO-LbL-crosslinked", "pellet bulk",
                "pellet grain boundary", "PAA-PEO-LbL-crosslinked #2", "PAA-PEO-LbL-crosslinked|Li charge transfer"),
                coatedLabels);
        // The coating keeps Li off LATP: no MCI forms (facts §c1 R-009).
        assertFalse(coatedLabels.stream().anyMatch(label -> label.contains("interphase")));
    }

    @Test
    void arcsAppearFromBulkAtHighToChargeTransferAtLowFrequency() {
        // Within [000]'s 1 Hz – 1 MHz sweep the bulk arc lies above 1 MHz (only its tail shows); grain boundary,
        // MCI and charge transfer follow at falling frequencies.
        double bulk = apexFrequency(bare.contribution("LATP bulk").spectrum());
        double gb = apexFrequency(bare.contribution("LATP grain boundary").spectrum());
        double mci = apexFrequency(bare.contribution("Li|LATP interphase").spectrum());
        double ct = apexFrequency(bare.contribution("Li|LATP charge transfer").spectrum());
        assertAll(
                () -> assertEquals(1e6, bulk, 0, "bulk apex beyond the sweep"),
                () -> assertTrue(gb < bulk && mci < gb && ct < mci, () -> gb + " > " + mci + " > " + ct + " Hz"),
                () -> assertTrue(ct > 1, () -> "charge-transfer apex at " + ct + " Hz"));
    }

    @Test
    void nonBlockingLithiumGivesNoWarburgTail() {
        // facts §c1: no Warburg with non-blocking Li; the spectrum returns to the real axis.
        for (StackImpedance cell : List.of(bare, coated)) {
            Complex z = cell.circuit().impedance(2 * Math.PI * 1e-3);
            assertTrue(-z.getImaginary() < 1e-2 * z.getReal(), z::toString);
            assertEquals(cell.totalResistance(), z.getReal(), 1e-3 * z.getReal());
        }
    }
}
