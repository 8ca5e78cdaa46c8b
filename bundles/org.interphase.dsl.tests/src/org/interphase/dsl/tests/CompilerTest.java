package org.interphase.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.interphase.dsl.compiler.CompileException;
import org.interphase.dsl.compiler.CompiledRecipe;
import org.interphase.dsl.compiler.CompiledRun;
import org.interphase.dsl.compiler.CompiledStack;
import org.interphase.dsl.compiler.CompiledValue;
import org.interphase.dsl.compiler.ModelCompiler;
import org.interphase.dsl.compiler.SimulationPlan;
import org.interphase.dsl.library.Libraries;
import org.interphase.library.Material;
import org.interphase.model.Experiment;
import org.interphase.model.Model;
import org.interphase.model.Recipe;
import org.interphase.model.Stack;
import org.interphase.sim.cycling.CellParameters;
import org.interphase.sim.cycling.ParticleShape;
import org.interphase.sim.stack.StackLayer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * The compiler turns each construct into engine inputs in SI units and traces every value to its line (or to the
 * library entry it was taken from). Line numbers below count from 1 in the text blocks.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(InterphaseInjectorProvider.class)
class CompilerTest {

	/** Declarations named like library materials, so that the library supplies their properties. */
	private static final String MATERIALS = """
			precursor TMA "Al(CH3)3"
			reactant H2O "H2O"
			gas N2 "N2"
			material LATP "Li1.3Al0.3Ti1.7(PO4)3"
			material Li "Li"
			material Al2O3-ALD "Al2O3"
			material LFP "LiFePO4"
			material PAA-PEO-LbL-crosslinked "(PAA/PEO)n"
			""";

	/** A 500 µm LATP pellet between Li electrodes, with area and temperature. */
	private static final String PELLET = """
			stack Pellet {
			  area 1 cm2
			  temperature 25 °C
			  lithium Li
			  electrolyte LATP 500 µm
			  lithium Li
			}
			""";

	private final ModelCompiler compiler = new ModelCompiler(Libraries.builtIn());

	@Inject
	private TestModels models;

	@Test
	void stackValuesAreInSiUnitsAndTracedToTheirLines() {
		Model model = parse(PELLET);
		CompiledStack stack = compiler.stack((Stack) TestModels.lastElement(model));

		assertEquals(1e-4, stack.cell().area(), 1e-12);
		assertEquals(298.15, stack.cell().temperature(), 1e-9);
		StackLayer latp = stack.cell().layers().stream().filter(l -> l.label().equals("LATP")).findFirst()
				.orElseThrow();
		assertEquals(500e-6, latp.thickness(), 1e-12);
		assertEquals(line(MATERIALS, 2), value(stack.inputs(), "electrode area").source().location());
		assertEquals(line(MATERIALS, 3), value(stack.inputs(), "stack temperature").source().location());
		assertEquals(line(MATERIALS, 5), value(stack.inputs(), "thickness of LATP").source().location());
	}

	@Test
	void libraryValuesCarryTheirEntryAndCitation() {
		Model model = parse(PELLET);
		CompiledValue conductivity = value(compiler.stack((Stack) TestModels.lastElement(model)).inputs(),
				"ionicConductivity of LATP");

		// Library LATP: 7e-4 S/cm at 25 °C from [001] Table 1 (facts §a1).
		assertEquals(7e-2, conductivity.si(), 1e-9);
		assertTrue(conductivity.source().location().startsWith("library electrolytes.iph:"),
				conductivity.source().toString());
		assertTrue(conductivity.source().citation().startsWith("[Tolganbek2022Review]"), conductivity.source().toString());
	}

	@Test
	void aDslPropertyOverridesTheLibraryMaterialOfTheSameName() {
		Model model = models.parseValid("""
				material Li "Li"
				material LATP "Li1.3Al0.3Ti1.7(PO4)3" {
				  ionicConductivity = 1e-3 S/cm at 25 °C
				}
				""" + PELLET);
		CompiledStack stack = compiler.stack((Stack) TestModels.lastElement(model));

		CompiledValue conductivity = value(stack.inputs(), "ionicConductivity of LATP");
		assertEquals(0.1, conductivity.si(), 1e-12);
		assertEquals("test.iph:3", conductivity.source().location());
		// The library still gives what the file does not: the permittivity of LATP ([external:estimate], 20).
		assertEquals(20, value(stack.inputs(), "relativePermittivity of LATP").si(), 1e-12);
	}

	@Test
	void anAldRecipeGrowsTheLibraryGrowthPerCycleTimesTheCycles() {
		Model model = parse("""
				recipe Alumina on LATP {
				  ald Al2O3-ALD at 250 °C {
				    pulse TMA 0.1 s; purge N2 10 s; pulse H2O 0.1 s; purge N2 10 s
				  } x 150
				}
				""");
		CompiledRecipe recipe = compiler.recipe((Recipe) TestModels.lastElement(model));

		// 1.0 Å/cycle at 250 °C ([002], facts §b3 B-ALD-19): 150 cycles give about 15 nm.
		assertEquals(15e-9, recipe.thickness().si(), 1.5e-9);
		assertEquals(523.15, value(recipe.inputs(), "deposition temperature of Al2O3-ALD").si(), 1e-9);
		assertEquals(line(MATERIALS, 2), value(recipe.inputs(), "deposition temperature of Al2O3-ALD").source()
				.location());
		CompiledValue gpc = value(recipe.inputs(), "growth per cycle of Al2O3-ALD");
		assertEquals(1e-10, gpc.si(), 1e-15);
		assertTrue(gpc.source().location().startsWith("library ald.iph:"), gpc.source().toString());
	}

	@Test
	void aCoatingWithoutThicknessIsGrownByItsRecipe() {
		Model model = parse("""
				recipe Alumina on LATP {
				  ald Al2O3-ALD at 250 °C { pulse TMA 0.1 s; purge N2 10 s; pulse H2O 0.1 s; purge N2 10 s } x 150
				}
				stack Coated {
				  area 1 cm2
				  temperature 25 °C
				  lithium Li
				  coating Al2O3-ALD by Alumina on pellet
				  electrolyte pellet: LATP 1 mm
				  lithium Li
				}
				""");
		CompiledStack stack = compiler.stack((Stack) TestModels.lastElement(model));

		StackLayer coating = stack.cell().layers().stream().filter(l -> l.label().equals("Al2O3-ALD")).findFirst()
				.orElseThrow();
		assertEquals(15e-9, coating.thickness(), 1.5e-9);
	}

	@Test
	void anElectrolyteWithoutThicknessOrAreaTakesThemFromTheLibraryPellet() {
		Model model = parse("""
				stack Pellet {
				  temperature 25 °C
				  lithium Li
				  electrolyte LATP
				  lithium Li
				}
				""");
		CompiledStack stack = compiler.stack((Stack) TestModels.lastElement(model));

		CompiledValue thickness = value(stack.inputs(), "thickness of LATP");
		assertTrue(thickness.source().location().startsWith("library "), thickness.source().toString());
		// PEL-LATP-molten-flux: an 8 mm die ([000], facts §b1 B-WET-1), face area π (4 mm)².
		assertEquals(Math.PI * 16e-6, stack.cell().area(), 1e-7);
	}

	@Test
	void platingStrippingIsCompiledToASymmetricCellInput() {
		Model model = parse(PELLET + """
				experiment Lifetime on Pellet {
				  impedance from 1 MHz to 1 Hz, 5 points per decade
				  plating-stripping 0.1 mA/cm2 half-cycle 1 h for 10 h
				}
				""");
		SimulationPlan plan = compiler.compile((Experiment) TestModels.lastElement(model));

		assertEquals(2, plan.runs().size());
		CompiledRun.Impedance impedance = assertInstanceOf(CompiledRun.Impedance.class, plan.runs().get(0));
		assertEquals(31, impedance.frequencies().length);
		assertEquals(1e6, impedance.frequencies()[0], 1e-6);
		CompiledRun.PlatingStripping cell = assertInstanceOf(CompiledRun.PlatingStripping.class, plan.runs().get(1));
		assertEquals(1.0, cell.input().currentDensity(), 1e-12);
		assertEquals(3600, cell.input().halfCycleTime(), 1e-9);
		assertEquals(36000, cell.input().totalTime(), 1e-9);
		assertEquals(line(MATERIALS, 10), value(cell.inputs(), "current density").source().location());
		assertEquals(line(MATERIALS, 8), plan.source().location());
	}

	@Test
	void cyclingCompilesTheStacksOwnLayersAndThePyBaMMSentences() {
		Model model = parse("""
				stack Lfp {
				  area 2 cm2
				  temperature 25 °C
				  cathode LFP 2 µm
				  coating PAA-PEO-LbL-crosslinked 77 nm
				  electrolyte LATP 500 µm
				  coating PAA-PEO-LbL-crosslinked 77 nm
				  lithium Li 100 µm
				}
				experiment Cycling on Lfp {
				  cycling {
				    "Rest for 1 hour"
				    repeat 20 { "Charge at C/10 for 10 hours", "Discharge at C/10 for 10 hours" }
				  }
				  rate-capability { rates C/10, 1C window 2.5 V to 3.65 V }
				}
				""");
		SimulationPlan plan = compiler.compile((Experiment) TestModels.lastElement(model));

		CompiledRun.Cycling cycling = assertInstanceOf(CompiledRun.Cycling.class, plan.runs().get(0));
		CellParameters cell = cycling.parameters();
		assertEquals("Lfp", cell.name());
		assertEquals(2e-4, cell.area(), 1e-12);
		assertEquals(ParticleShape.PLANE, cell.shape());
		assertEquals(2e-6, cell.diffusionLength(), 1e-15);
		// A thin film: density x area x thickness of LFP, all of it active.
		Material lfp = Libraries.builtIn().material("LFP").orElseThrow();
		double mass = lfp.require("density").value().si() * 2e-4 * 2e-6;
		assertEquals(mass * lfp.require("specificCapacity").value().si(), cell.capacity(), 1e-9 * cell.capacity());
		assertEquals(line(MATERIALS, 4), value(cycling.inputs(), "thickness of LFP").source().location());
		assertEquals(line(MATERIALS, 2), value(cycling.inputs(), "electrode area").source().location());
		assertTrue(cycling.inputs().stream().anyMatch(v -> v.name().startsWith("specificCapacity of LFP")),
				cycling.inputs()::toString);
		assertEquals(21, cycling.protocol().cycleCount());
		CompiledRun.Cycling rates = assertInstanceOf(CompiledRun.Cycling.class, plan.runs().get(1));
		assertEquals(2, rates.protocol().cycleCount());
		assertSame(cell, rates.parameters(), "the stack is compiled once for every cycling measurement");
	}

	@Test
	void aCompositeCathodeTakesItsLoadingAndParticlesFromItsMaterialAndItsCurveFromTheActiveOne() {
		Model model = parse("""
				material Carbon "C"
				material LfpComposite {
				  class composite
				  composition LFP 80 wt%, Carbon 20 wt%
				  loading = 2 mg/cm2
				  particleRadius = 50 nm
				  utilization = 0.5
				}
				stack Lfp {
				  area 1 cm2
				  temperature 25 °C
				  cathode LfpComposite
				  coating PAA-PEO-LbL-crosslinked 77 nm
				  electrolyte LATP
				  coating PAA-PEO-LbL-crosslinked 77 nm
				  lithium Li 100 µm
				}
				experiment Cycling on Lfp {
				  cycling { "Charge at C/10 for 10 hours" }
				}
				""");
		SimulationPlan plan = compiler.compile((Experiment) TestModels.lastElement(model));

		CellParameters cell = assertInstanceOf(CompiledRun.Cycling.class, plan.runs().get(0)).parameters();
		assertEquals(ParticleShape.SPHERE, cell.shape());
		assertEquals(50e-9, cell.diffusionLength(), 1e-18);
		double specific = Libraries.builtIn().material("LFP").orElseThrow().require("specificCapacity").value()
				.si();
		// 2 mg/cm2 on 1 cm2, half of it reached.
		assertEquals(2e-6 * specific * 0.5, cell.capacity(), 1e-9 * cell.capacity());
		assertTrue(cell.openCircuit().id().contains("LFP"), cell.openCircuit().id());
	}

	@Test
	void cyclingNeedsTheLithiumThicknessForItsInventory() {
		// Validation reports the same (it compiles the experiment); here the compiler's own message is checked.
		Model model = models.parse(MATERIALS + """
				stack Lfp {
				  area 1 cm2
				  temperature 25 °C
				  cathode LFP 2 µm
				  electrolyte LATP
				  lithium Li
				}
				experiment Cycling on Lfp {
				  cycling { "Charge at C/10 for 10 hours" }
				}
				""", "test.iph", models.newResourceSet());
		CompileException e = assertThrows(CompileException.class,
				() -> compiler.compile((Experiment) TestModels.lastElement(model)));
		assertTrue(e.getMessage().startsWith(line(MATERIALS, 6) + ": give the thickness of this Li layer"),
				e.getMessage());
	}

	@Test
	void whatTheEnginesLackFailsWithTheFileAndLine() {
		Model model = parse("""
				stack NoTemperature {
				  area 1 cm2
				  lithium Li
				  electrolyte LATP 500 µm
				  lithium Li
				}
				""");
		CompileException e = assertThrows(CompileException.class,
				() -> compiler.stack((Stack) TestModels.lastElement(model)));
		assertTrue(e.getMessage().startsWith(line(MATERIALS, 1) + ": give the stack's 'temperature'"),
				e.getMessage());
	}

	/** Compiles a 50 nm film of a DSL material with one property line (line 3) between Li electrodes. */
	private CompileException filmStackFailure(String propertyLine) {
		Model model = models.parseValid("""
				material Li "Li"
				material Film "LiPON" {
				  %s
				}
				stack Coated {
				  area 1 cm2
				  temperature 25 °C
				  lithium Li
				  coating Film 50 nm
				  lithium Li
				}
				""".formatted(propertyLine));
		return assertThrows(CompileException.class, () -> compiler.stack((Stack) TestModels.lastElement(model)));
	}

	@Test
	void aConductivityWithoutItsMeasuringTemperatureFailsAtItsLine() {
		CompileException e = filmStackFailure("ionicConductivity = 2e-6 S/cm");
		assertTrue(e.getMessage().startsWith("test.iph:3: ionicConductivity of Film needs the temperature"),
				e.getMessage());
	}

	@Test
	void aValueMissingFromADslMaterialIsReportedAtTheMaterialsLine() {
		CompileException e = filmStackFailure("ionicConductivity = 2e-6 S/cm at 25 °C");
		// The library would ask for relativePermittivity; the message points at the DSL material, not generated text.
		assertTrue(e.getMessage().contains("relativePermittivity"), e.getMessage());
		assertTrue(e.getMessage().contains("test.iph:2"), e.getMessage());
	}

	@Test
	void theAluminaExampleCompiles() throws Exception {
		XtextResourceSet resources = ExampleFiles.loadAll(models);
		Experiment lifetime = resources.getResources().stream()
				.flatMap(r -> ((Model) r.getContents().get(0)).getElements().stream())
				.filter(e -> e instanceof Experiment x && x.getName().equals("Alumina150Lifetime"))
				.map(Experiment.class::cast).findFirst().orElseThrow();

		SimulationPlan plan = compiler.compile(lifetime);

		CompiledRun.PlatingStripping cell = assertInstanceOf(CompiledRun.PlatingStripping.class, plan.runs().get(0));
		// facts §c3 R-049: 0.01 mA/cm² = 0.1 A/m², 1 h half-cycles.
		assertEquals(0.1, cell.input().currentDensity(), 1e-12);
		assertTrue(value(plan.inputs(), "thickness of Al2O3-ALD").source().location().contains("alumina-on-latp.iph:"));
	}

	/** Parses the shared materials and then {@code text}, as file "test.iph". */
	private Model parse(String text) {
		return models.parseValid(MATERIALS + text);
	}

	/** "test.iph:N" for line {@code n} of a text appended to {@code prefix}. */
	private static String line(String prefix, int n) {
		return "test.iph:" + (prefix.split("\n", -1).length - 1 + n);
	}

	private static CompiledValue value(List<CompiledValue> values, String name) {
		return values.stream().filter(v -> v.name().startsWith(name)).findFirst()
				.orElseThrow(() -> new AssertionError("no value '" + name + "' in " + values));
	}
}
