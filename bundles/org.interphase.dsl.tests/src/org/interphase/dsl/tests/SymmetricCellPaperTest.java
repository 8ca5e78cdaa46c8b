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
import org.interphase.model.Experiment;
import org.interphase.model.NamedElement;
import org.interphase.model.Stack;
import org.interphase.sim.electrochem.RunMonitor;
import org.interphase.sim.stack.CellStack;
import org.interphase.sim.symmetric.SymmetricCellEngine;
import org.interphase.sim.symmetric.SymmetricCellEvent.Kind;
import org.interphase.sim.symmetric.SymmetricCellInput;
import org.interphase.sim.symmetric.SymmetricCellModel;
import org.interphase.sim.symmetric.SymmetricCellResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * The symmetric cells of the sources, read from the stacks and experiments of the example files and compiled as a
 * run compiles them: lifetimes and interfacial resistances. The bare LATP lifetime is a reproduction (the MCI growth
 * constant was calibrated to R-003); the others are predictions.
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

	@Test
	void polymerCoatedLatpRuns600HoursWithinOneVolt() {
		// facts §c1 R-004: the (PAA/PEO)30-coated cell runs >= 600 h with the overpotential within about ±1 V.
		SymmetricCellResult result = run("PaaPeoLifetime");
		assertAll(
				() -> assertFalse(result.failed(), () -> "events: " + result.events()),
				() -> assertEquals(600 * HOUR, result.lifetime(), 1e-6),
				() -> assertTrue(maxAbsVoltage(result) <= 1.0, () -> "max |V| = " + maxAbsVoltage(result) + " V"),
				// The insulating film keeps the electrons off LATP: no MCI grows (facts §c1 ).
				() -> assertTrue(result.firstEvent(Kind.INTERPHASE_ONSET).isEmpty()),
				() -> assertEquals(0.0, maxOf(result.resistance("pellet interphase, left side"))));
	}

	@Test
	void aldAluminaOnLatpAlsoStopsTheInterphase() {
		// facts §c2 R-015 / §c3 R-049: 15 nm ALD Al2O3 on LATP, 600 h at 0.01 mA/cm2 with 1 h per direction.
		SymmetricCellResult result = run("Alumina150Lifetime");
		assertAll(
				() -> assertFalse(result.failed(), () -> "events: " + result.events()),
				() -> assertTrue(result.firstEvent(Kind.INTERPHASE_ONSET).isEmpty()));
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
