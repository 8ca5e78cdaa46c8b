package org.interphase.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.interphase.dsl.binding.SymmetricBinding;
import org.interphase.dsl.compiler.CompiledRun;
import org.interphase.dsl.compiler.ModelCompiler;
import org.interphase.dsl.library.Libraries;
import org.interphase.dsl.tests.binding.PaperStacks;
import org.interphase.library.MaterialLibrary;
import org.interphase.library.MaterialProperty;
import org.interphase.model.Experiment;
import org.interphase.model.NamedElement;
import org.interphase.model.Stack;
import org.interphase.sim.electrochem.ButlerVolmer;
import org.interphase.sim.electrochem.RunMonitor;
import org.interphase.sim.stack.CellStack;
import org.interphase.sim.stack.StackInterface;
import org.interphase.sim.symmetric.SymmetricCellEngine;
import org.interphase.sim.symmetric.SymmetricCellEvent.Kind;
import org.interphase.sim.symmetric.SymmetricCellInput;
import org.interphase.sim.symmetric.SymmetricCellModel;
import org.interphase.sim.symmetric.SymmetricCellResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * The symmetric cells of the sources, read from the stacks and experiments of the example files and compiled as a
 * run compiles them: lifetimes and interfacial resistances. The bare LATP lifetime is a reproduction (the MCI growth
 * constant was calibrated to R-003); the tests named "prediction" predict numbers no constant was fitted to (see
 * {@link DataUse}), with the README's tolerances (thickness ±2 %, lifetimes ±30 %).
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(InterphaseInjectorProvider.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SymmetricCellPaperTest {

	private static final double HOUR = 3600;
	private static final MaterialLibrary LIBRARY = Libraries.builtIn();

	@Inject
	private TestModels models;

	private ResourceSet examples;
	private final ModelCompiler compiler = new ModelCompiler(LIBRARY);

	@BeforeAll
	void loadExamples() {
		examples = ExampleFiles.loadAll(models);
	}

	private <T extends NamedElement> T find(Class<T> type, String name) {
		return examples.getResources().stream()
				.flatMap(resource -> EcoreUtil2.getAllContentsOfType(resource.getContents().get(0), type).stream())
				.filter(element -> name.equals(element.getName())).findFirst()
				.orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " " + name));
	}

	/** The plating/stripping measurement of an example experiment, run as the run executor runs it. */
	private SymmetricCellResult run(String experiment) {
		CompiledRun.PlatingStripping plating = compiler.compile(find(Experiment.class, experiment)).runs().stream()
				.filter(CompiledRun.PlatingStripping.class::isInstance).map(CompiledRun.PlatingStripping.class::cast)
				.findFirst().orElseThrow();
		return new SymmetricCellEngine(plating.model()).run(plating.input(), RunMonitor.NONE);
	}

	/** 0.1 mA/cm², 1 h per half-cycle ([004] protocol, facts §d15) on a stack bound from the library. */
	private static SymmetricCellResult tenthMilliampPerSquareCentimetre(CellStack stack, double hours, int points) {
		SymmetricCellModel model = SymmetricBinding.model(LIBRARY, stack, Optional.empty());
		return new SymmetricCellEngine(model).run(new SymmetricCellInput(stack, 1, HOUR, hours * HOUR, points,
				model.referencePressure().value().si(), SymmetricBinding.sites(LIBRARY, stack)),
				RunMonitor.NONE);
	}

	@Test
	void bareLatpDegradesAndFailsWithinTensOfHours() {
		// facts §c1 R-003: Li|LATP|Li at 0.1 mA/cm2 fails after ~40 h with a very large overpotential.
		CellStack stack = compiler.stack(find(Stack.class, "BareLatpSymmetric")).cell();
		SymmetricCellResult result = tenthMilliampPerSquareCentimetre(stack, 200, 10);
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

	static final String POLYMER_LIFETIME = "SymmetricCellPaperTest.polymerCoatedLatpRuns600HoursWithinOneVolt";

	/**
	 * Prediction of facts §c1 R-004 (≥ 600 h within about ±1 V) from the MCI growth fitted on the bare cell and
	 * the EIS calibration: the growth constant does not enter here, the film's electronic insulation does.
	 */
	@Test
	@DisplayName("prediction: Li|(PAA/PEO)30|LATP|(PAA/PEO)30|Li runs 600 h within ±1 V (R-004; fitted on R-001,"
			+ " R-002, R-003)")
	void polymerCoatedLatpRuns600HoursWithinOneVolt() {
		SymmetricCellResult result = run("PaaPeoLifetime");
		assertAll(
				() -> assertFalse(result.failed(), () -> "events: " + result.events()),
				// ≥ 600 h, so the -30 % of the lifetime tolerance is 420 h; the run ends at the paper's 600 h.
				() -> assertTrue(result.lifetime() >= 0.7 * 600 * HOUR, () -> "lifetime " + result.lifetime() / HOUR),
				() -> assertTrue(maxAbsVoltage(result) <= 1.0, () -> "max |V| = " + maxAbsVoltage(result) + " V"),
				// The insulating film keeps the electrons off LATP: no MCI grows (facts §c1 ).
				() -> assertTrue(result.firstEvent(Kind.INTERPHASE_ONSET).isEmpty()),
				() -> assertEquals(0.0, maxOf(result.resistance("pellet interphase, left side"))));
	}

	static final String ALUMINA_LIFETIME = "SymmetricCellPaperTest.aldAluminaOnLatpAlsoStopsTheInterphase";

	/**
	 * Prediction of the 600 h of facts §c2 R-015 / §c3 R-049 (15 nm ALD Al2O3 on LATP, 0.01 mA/cm², 1 h each way). Al2O3's
	 * lithiation rate was fitted to the other number of that row, the ~50 h it takes the Li-Al-O conductor to form.
	 */
	@Test
	@DisplayName("prediction: Li|Al2O3 (150 ALD cycles)|LATP|Al2O3|Li runs 600 h (R-015 lifetime; fitted on R-001,"
			+ " R-002, R-003, R-015 activation)")
	void aldAluminaOnLatpAlsoStopsTheInterphase() {
		SymmetricCellResult result = run("Alumina150Lifetime");
		assertAll(
				() -> assertFalse(result.failed(), () -> "events: " + result.events()),
				() -> assertTrue(result.lifetime() >= 0.7 * 600 * HOUR, () -> "lifetime " + result.lifetime() / HOUR),
				() -> assertTrue(result.firstEvent(Kind.INTERPHASE_ONSET).isEmpty()));
	}

	static final String ALUMINA_OVERPOTENTIAL = "SymmetricCellPaperTest.aldAluminaStaysBelowNineTenthsOfAVolt";

	/**
	 * Prediction of facts §c5 R-059 for the coated cell: below 0.9 V at cycle 300 (600 h of 2 h cycles at
	 * 0.01 mA/cm², per [002]). Only an upper bound is published, so the test holds the model to it.
	 */
	@Test
	@DisplayName("prediction: the 15 nm Al2O3 cell stays below 0.9 V at cycle 300 (R-059 coated; fitted on R-001,"
			+ " R-002, R-003, R-015 activation)")
	void aldAluminaStaysBelowNineTenthsOfAVolt() {
		SymmetricCellResult result = run("Alumina150Lifetime");
		double[] time = result.time();
		assertEquals(600 * HOUR, time[time.length - 1], 1e-6, "cycle 300 ends at 600 h");
		assertTrue(maxAbsVoltage(result) < 0.9, () -> "max |V| = " + maxAbsVoltage(result) + " V");
	}

	static final String BARE_GARNET_SHORTS = "SymmetricCellPaperTest.bareGarnetCannotOperateAtATenthOfAMilliamp";

	/**
	 * Prediction of facts §c5 R-058 for the bare garnet: Li | LLCZN | Li "cannot operate" at 0.1 mA/cm². Its contact's
	 * 3500 Ω cm² is a measured input, the penetration overpotential of LLCZN an estimate no fit touched: the
	 * contact needs more overpotential to plate 0.1 mA/cm² than opens the garnet's surface flaws, so Li shorts it on the
	 * first plating.
	 */
	@Test
	@DisplayName("prediction: bare Li|LLCZN|Li shorts at 0.1 mA/cm² (R-058 'cannot operate'; inputs R-058 ASRs, nothing"
			+ " fitted)")
	void bareGarnetCannotOperateAtATenthOfAMilliamp() {
		SymmetricCellResult bare = tenthMilliampPerSquareCentimetre(PaperStacks.bareGarnet(), 20, 4);
		assertAll(() -> assertEquals(0.0, bare.firstEvent(Kind.SHORT_CIRCUIT).orElseThrow().time()),
				() -> assertTrue(garnetPlatingOverpotential(PaperStacks.bareGarnet()) > penetrationOverpotential(),
						"the contact's overpotential at 0.1 mA/cm² exceeds LLCZN's penetration overpotential"));
	}

	static final String COATED_GARNET_CYCLES = "SymmetricCellPaperTest.aluminaCoatedGarnetCyclesNinetyTimes";

	/**
	 * Prediction of facts §c5 R-058 for the ALD-Al2O3-coated garnet: 90 cycles at 0.1 mA/cm² without failing. Its contact
	 * (150 Ω cm², measured, R-058) plates 0.1 mA/cm² at far less than the penetration overpotential. The two garnet
	 * predictions hold together for any penetration overpotential between the coated and the bare contact's
	 * overpotential at 0.1 mA/cm² (about 15 to 130 mV), an order of magnitude around the estimate.
	 */
	@Test
	@DisplayName("prediction: Li|Al2O3|LLCZN|Al2O3|Li runs 90 cycles at 0.1 mA/cm² (R-058 coated cycling; inputs R-058"
			+ " ASRs, Al2O3 lithiation fitted on R-015)")
	void aluminaCoatedGarnetCyclesNinetyTimes() {
		SymmetricCellResult coated = run("AluminaGarnetCycling");
		CellStack stack = compiler.stack(find(Stack.class, "AluminaGarnetSymmetric")).cell();
		assertAll(() -> assertFalse(coated.failed(), () -> "events: " + coated.events()),
				() -> assertEquals(180 * HOUR, coated.lifetime(), 1e-6, "90 cycles of 2 h"),
				() -> assertTrue(garnetPlatingOverpotential(stack) < penetrationOverpotential() / 3));
	}

	/** LLCZN's penetration overpotential, V. */
	private static double penetrationOverpotential() {
		return LIBRARY.material("LLCZN").orElseThrow().require(MaterialProperty.PENETRATION_OVERPOTENTIAL).value().si();
	}

	/** The Butler–Volmer overpotential of a stack's first Li contact at 0.1 mA/cm², V. */
	private static double garnetPlatingOverpotential(CellStack stack) {
		StackInterface contact = (StackInterface) stack.parts().get(0);
		return ButlerVolmer.symmetric(contact.exchangeCurrentDensity().orElseThrow().at(stack.temperature()))
				.overpotential(1, stack.temperature());
	}

	/**
	 * Reproduction of the 15 nm of facts §c2 R-015 ([001]) from the recipe's 150 cycles at 250 °C and the growth per
	 * cycle the library takes from [004] (Table 2). Nothing is fitted, but both papers quote the same study (Liu et
	 * al.), so the growth per cycle and the 15 nm are one measurement: not a prediction.
	 */
	@Test
	@DisplayName("reproduction: 150 ALD cycles of Al2O3 at 250 °C are 15 nm thick (R-015 thickness; growth per cycle "
			+ "from the same study)")
	void oneHundredFiftyAldCyclesGiveFifteenNanometres() {
		CellStack stack = compiler.stack(find(Stack.class, "Alumina150Symmetric")).cell();
		double thickness = stack.layers().stream().filter(layer -> layer.material().id().equals("Al2O3-ALD"))
				.findFirst().orElseThrow().thickness();
		assertEquals(15e-9, thickness, 0.02 * 15e-9);
	}

	@Test
	void aldAluminaCutsTheGarnetInterfacialResistanceTenToSixtyFold() {
		// facts §c5 R-058 (3500 -> 150 Ω cm2) and R-075 (1900 -> 100 Ω cm2): reviews report ~20-50x less. The bare
		// garnet has no example stack: it is bound from the library.
		SymmetricCellResult bare = tenthMilliampPerSquareCentimetre(PaperStacks.bareGarnet(), 2, 4);
		SymmetricCellResult coated = run("AluminaGarnetCycling");
		double bareInterface = bare.resistance("Li|LLCZN charge transfer")[0];
		double coatedInterface = coated.resistance("Li|Al2O3-ALD charge transfer")[0]
				+ coated.resistance("Al2O3-ALD")[0];
		double ratio = bareInterface / coatedInterface;
		assertTrue(ratio >= 10 && ratio <= 60, () -> "bare / coated interfacial resistance = " + ratio);
		// With the coating the cell polarises far less (R-058: ~13 mV vs 'large polarisation').
		assertTrue(maxAbsVoltage(coated) < maxAbsVoltage(bare) / 3,
				() -> maxAbsVoltage(coated) + " V vs " + maxAbsVoltage(bare) + " V");
	}

	private static double maxAbsVoltage(SymmetricCellResult result) {
		double max = 0;
		for (double v : result.voltage()) {
			max = Math.max(max, Math.abs(v));
		}
		return max;
	}

	private static double maxOf(double[] values) {
		double max = Double.NEGATIVE_INFINITY;
		for (double v : values) {
			max = Math.max(max, v);
		}
		return max;
	}
}
