package org.interphase.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.interphase.dsl.compiler.CompiledRun;
import org.interphase.dsl.compiler.ModelCompiler;
import org.interphase.dsl.library.Libraries;
import org.interphase.dsl.validation.InterphaseIssueCodes;
import org.interphase.model.Experiment;
import org.interphase.sim.electrochem.ElectrochemConstants;
import org.interphase.sim.voltammetry.Voltammetry;
import org.interphase.sim.voltammetry.VoltammetryInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * LSV of bare and coated LATP (facts §c1 R-005, Tolganbek et al. 2022 Fig. 7c): the onsets follow from the stability
 * windows the library declares and the oxidation kinetics, with nothing fitted to an onset. A prediction of the
 * model's structure: the windows are the papers' own readings, so the onsets land a kinetic overpotential above them.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(InterphaseInjectorProvider.class)
class VoltammetryTest {

	/** {@code %s}: the layers between Li and the steel, and the sweep. */
	private static final String CELL = """
			stack Cell {
			  area 0.503 cm2
			  temperature 25 °C
			  lithium Li
			  %s
			  collector SS
			}
			experiment Window on Cell {
			  %s
			}
			""";
	private static final String BARE = "electrolyte LATP 1 mm";
	private static final String COATED = """
			coating PAA-PEO-LbL-crosslinked 77 nm
			  electrolyte LATP 1 mm
			  coating PAA-PEO-LbL-crosslinked 77 nm""";
	private static final String LSV = "lsv from 3 V to 6 V at 0.1 mV/s";

	private final ModelCompiler compiler = new ModelCompiler(Libraries.builtIn());

	@Inject
	private TestModels models;
	@Inject
	private ValidationIssues issues;

	private VoltammetryInput compiled(String layers, String sweep) {
		Experiment experiment = (Experiment) TestModels.lastElement(models.parseValid(CELL.formatted(layers, sweep)));
		return ((CompiledRun.Voltammetry) compiler.compile(experiment).runs().get(0)).input();
	}

	/** E_on = E_ox + i_th·RA + (2/f)·asinh((i_th − C_dl·v)/(2 i₀)): Butler–Volmer with α = 0.5, in closed form. */
	private static double analyticOnset(VoltammetryInput input) {
		double f = 1 / ElectrochemConstants.thermalVoltage(input.temperature());
		double faradaic = input.onsetCurrentDensity() - input.doubleLayerCapacitance() * input.scanRate();
		double x = faradaic / (2 * input.exchangeCurrentDensity());
		return input.oxidationLimit() + input.onsetCurrentDensity() * input.areaSpecificResistance()
				+ 2 / f * Math.log(x + Math.sqrt(x * x + 1));
	}

	@Test
	void bareAndCoatedLatpGiveTwoOnsetsFromTheirWindows() {
		VoltammetryInput bare = compiled(BARE, LSV);
		VoltammetryInput coated = compiled(COATED, LSV);
		assertEquals(4.4, bare.oxidationLimit(), 1e-12, "LATP's window, Tolganbek 2022 Fig. 7c");
		assertEquals(5.0, coated.oxidationLimit(), 1e-12, "the coating's window, Tolganbek 2022 Fig. 7c");
		assertEquals(0.1, bare.onsetCurrentDensity(), 1e-12, "10 µA/cm² when none is written");
		double bareOnset = Voltammetry.run(bare).onsetPotential().orElseThrow();
		double coatedOnset = Voltammetry.run(coated).onsetPotential().orElseThrow();
		assertEquals(analyticOnset(bare), bareOnset, 1e-5);
		assertEquals(analyticOnset(coated), coatedOnset, 1e-5);
		assertTrue(bareOnset > 4.4 && bareOnset < 4.6, "bare onset " + bareOnset);
		assertTrue(coatedOnset > 5.0 && coatedOnset < 5.2, "coated onset " + coatedOnset);
	}

	@Test
	void aWrittenOnsetThresholdMovesTheOnset() {
		double low = Voltammetry.run(compiled(BARE, LSV + ", onset 1 µA/cm2")).onsetPotential().orElseThrow();
		double high = Voltammetry.run(compiled(BARE, LSV + ", onset 100 µA/cm2")).onsetPotential().orElseThrow();
		assertTrue(high - low > 0.2, "a 100-fold higher threshold reads the onset over 0.2 V later: " + low + " vs "
				+ high);
	}

	@Test
	void aCyclicSweepReturnsToItsStart() {
		VoltammetryInput cv = compiled(BARE, "cv from 3 V to 5 V at 1 mV/s");
		double[] potential = Voltammetry.run(cv).potential();
		assertTrue(cv.cyclic());
		assertEquals(3, potential[potential.length - 1], 1e-9);
	}

	@Test
	void aWorkingLayerWithoutOxidationKineticsIsAValidationErrorNamingIt() {
		List<Issue> found = issues.of("""
				material Film { class garnet ionicConductivity = 1e-4 S/cm at 25 °C source Estimate "x"
				  relativePermittivity = 10 source Estimate "x" oxidationLimit = 4 V source Estimate "x" }
				interface IF-SS-Film { between = SS and = Film doubleLayerCapacitance = 10 µF/cm2 source Estimate "x" }
				interface IF-Li-Film { between = Li and = Film exchangeCurrentDensity = 1 mA/cm2 at 25 °C source Estimate "x"
				  doubleLayerCapacitance = 10 µF/cm2 source Estimate "x" }
				""" + CELL.formatted("electrolyte Film 1 mm", LSV));
		Issue missing = issues.single(found, InterphaseIssueCodes.MISSING_PROPERTY,
				org.eclipse.xtext.diagnostics.Severity.ERROR, 13);
		assertTrue(missing.getMessage().contains("oxidationExchangeCurrentDensity"), missing.getMessage());
	}

	@Test
	void aCellWithoutABlockingWorkingElectrodeCannotBeSwept() {
		List<Issue> found = issues.of("""
				stack Cell {
				  area 1 cm2
				  temperature 25 °C
				  lithium Li
				  electrolyte LATP 1 mm
				  lithium Li
				}
				experiment Window on Cell {
				  lsv from 3 V to 6 V at 0.1 mV/s
				}
				""");
		Issue error = issues.single(found, InterphaseIssueCodes.CANNOT_SIMULATE,
				org.eclipse.xtext.diagnostics.Severity.ERROR, 8);
		assertTrue(error.getMessage().contains("blocking working electrode"), error.getMessage());
	}

	@Test
	void aScanRateInTheWrongUnitIsRefused() {
		List<Issue> found = issues.of(CELL.formatted(BARE, "lsv from 3 V to 6 V at 0.1 mV"));
		assertTrue(found.stream().anyMatch(issue -> issue.getSeverity() == org.eclipse.xtext.diagnostics.Severity.ERROR
				&& issue.getLineNumber() == 9), ValidationIssues.describe(found));
	}
}
