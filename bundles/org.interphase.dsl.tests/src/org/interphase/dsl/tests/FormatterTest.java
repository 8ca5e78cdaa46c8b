package org.interphase.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.formatter.FormatterTestHelper;
import org.interphase.model.Model;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * The formatter's layout (see InterphaseFormatter): messy input gives the expected text, formatting twice changes
 * nothing more, and formatting the example files changes only whitespace. FormatterTestHelper also checks that
 * formatting the expected text leaves it unchanged.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(InterphaseInjectorProvider.class)
class FormatterTest {

	@Inject
	private FormatterTestHelper formatterHelper;
	@Inject
	private IFormatter2 formatter;
	@Inject
	private Provider<TextRegionAccessBuilder> regionAccess;
	@Inject
	private TestModels models;

	@Test
	void recipeStepsGoOnePerLineAndHalfStepsKeepTheirLines() {
		assertFormatted("""
				recipe   AluminaOnLatp on LATP{
				   // Pulse and purge times are typical values.
				ald Al2O3 at 250   °C {pulse TMA 0.1 s;purge N2 10 s ;pulse H2O 0.1   s; purge N2 10 s} x   150
				    mld Alucone at 85 °C {
				pulse TMA;purge
				pulse EG; purge} ×  100
				      /** Charges the pellet negatively. */
				    step SurfaceActivation {oxidant = "5% H2O2";rinse="DI water"}
				sputter LATP rf 100 W in Ar pressure 0.5 Pa for 2 h anneal at 300 °C for 1 h in O2 ramp 5 K/min
				bake at 130 °C}
				""", """
				recipe AluminaOnLatp on LATP {
				  // Pulse and purge times are typical values.
				  ald Al2O3 at 250 °C { pulse TMA 0.1 s; purge N2 10 s; pulse H2O 0.1 s; purge N2 10 s } x 150
				  mld Alucone at 85 °C {
				    pulse TMA; purge
				    pulse EG; purge
				  } × 100
				  /** Charges the pellet negatively. */
				  step SurfaceActivation { oxidant = "5% H2O2"; rinse = "DI water" }
				  sputter LATP rf 100 W in Ar pressure 0.5 Pa for 2 h
				  anneal at 300 °C for 1 h in O2 ramp 5 K/min
				  bake at 130 °C
				}
				""");
	}

	@Test
	void aLayersBlockKeepsItsLinesIndentedUnderTheLayer() {
		assertFormatted("""
				stack S {
				lithium Li
				electrolyte LATP   1 mm {grainBoundaryConductivity = 1e-4 S/cm at 25 °C}
				  coating LiPON-sputtered 100 nm {
				ionicConductivity = 1e-6 S/cm at 25 °C
				       relativePermittivity = 10 }
				lithium Li}
				""", """
				stack S {
				  lithium Li
				  electrolyte LATP 1 mm { grainBoundaryConductivity = 1e-4 S/cm at 25 °C }
				  coating LiPON-sputtered 100 nm {
				    ionicConductivity = 1e-6 S/cm at 25 °C
				    relativePermittivity = 10
				  }
				  lithium Li
				}
				""");
	}

	@Test
	void supercycleIndentsItsSubcycles() {
		assertFormatted("""
				recipe LithiumTantalate { supercycle LiTaO at 225 °C { ald Li2O { pulse LiOtBu; purge; pulse H2O; purge } x 1
				ald Ta2O5 {pulse TaOEt5;purge;pulse H2O;purge}x 6 }x 10 }
				""", """
				recipe LithiumTantalate {
				  supercycle LiTaO at 225 °C {
				    ald Li2O { pulse LiOtBu; purge; pulse H2O; purge } x 1
				    ald Ta2O5 { pulse TaOEt5; purge; pulse H2O; purge } x 6
				  } x 10
				}
				""");
	}

	@Test
	void layerByLayerKeepsOneLinePerDipPair() {
		assertFormatted("""
				recipe PaaPeo on LATP {
				lbl PaaPeo-LbL { precursor {dip PEI 0.2 g/L pH 6 for 5 min} bilayer {
				dip PAA 0.2   g/L pH 2.6 for 5 min;rinse Trizma 0.01 M pH 2.6 for 2 min
				        dip PEO 0.2 g/L pH 2.6 for 5 min; rinse Trizma 0.01 M pH 2.6 for 2 min } x 30 }
				}
				""", """
				recipe PaaPeo on LATP {
				  lbl PaaPeo-LbL {
				    precursor { dip PEI 0.2 g/L pH 6 for 5 min }
				    bilayer {
				      dip PAA 0.2 g/L pH 2.6 for 5 min; rinse Trizma 0.01 M pH 2.6 for 2 min
				      dip PEO 0.2 g/L pH 2.6 for 5 min; rinse Trizma 0.01 M pH 2.6 for 2 min
				    } x 30
				  }
				}
				""");
	}

	@Test
	void stackPutsOneLayerPerLine() {
		assertFormatted("""
				stack Cell { area 0.503   cm2 temperature 25 °C
				lithium Li coating Al2O3 by AluminaOnLatp on pellet electrolyte pellet : LATP 1 mm
				      lithium Li 200 µm }
				""", """
				stack Cell {
				  area 0.503 cm2
				  temperature 25 °C
				  lithium Li
				  coating Al2O3 by AluminaOnLatp on pellet
				  electrolyte pellet: LATP 1 mm
				  lithium Li 200 µm
				}
				""");
	}

	@Test
	void experimentPutsOneMeasurementAndOneProtocolStepPerLine() {
		assertFormatted("""
				experiment Eis on Cell { impedance from 1 MHz to 1 Hz , 10 points per decade ,amplitude 10 mV
				plating-stripping 0.1 mA/cm2 half-cycle 1 h for 600 h cycling { repeat 20 { "Charge at C/10 for 10 hours" ,
				"Discharge at C/10 for 10 hours" } }
				rate-capability { rates C/10 , C/5,1C charge C/10 window 2.5 V to 4.2 V repeat 5 } }
				""", """
				experiment Eis on Cell {
				  impedance from 1 MHz to 1 Hz, 10 points per decade, amplitude 10 mV
				  plating-stripping 0.1 mA/cm2 half-cycle 1 h for 600 h
				  cycling {
				    repeat 20 {
				      "Charge at C/10 for 10 hours",
				      "Discharge at C/10 for 10 hours"
				    }
				  }
				  rate-capability {
				    rates C/10, C/5, 1C
				    charge C/10
				    window 2.5 V to 4.2 V
				    repeat 5
				  }
				}
				""");
	}

	@Test
	void theClausesOfAMeasurementStayOnTheirLinesIndentedUnderIt() {
		String expected = """
				experiment Eis on Cell {
				  impedance from 1 MHz to 1 Hz measured "eis.mpt"
				    fit "R0-p(R1,C1)" initial "R0=10"
				    kramers-kronig 20 elements drt lambda 1e-3
				  impedance from 1 MHz to 1 Hz measured "b.mpt" drt
				}
				""";

		assertEquals(expected, format("""
				experiment Eis on Cell {
				impedance from 1 MHz to 1 Hz   measured "eis.mpt"
				fit "R0-p(R1,C1)"    initial "R0=10"
				          kramers-kronig 20 elements  drt lambda 1e-3
				impedance from 1 MHz to 1 Hz measured "b.mpt" drt }
				"""));
		assertEquals(expected, format(expected));
	}

	@Test
	void topLevelElementsAreSeparatedByBlankLinesAndCommentsStay() {
		assertFormatted("""
				/* Header comment. */
				package   org.example.cells
				import org.example.materials.*
				import   org.example.sources.*
				source Sun2025 "Sun et al., InfoMat 2025"
				precursor TMA "Al(CH3)3"


				// Oxidant for the activation step.
				reactant H2O "H2O"
				/** Garnet pellet. */
				material LLZO "Li7La3Zr2O12" { class garnet phase cubic
				composition Li 7 mol%,La 3 mol%    ionicConductivity = 2.3e-4 ± 0.8e-4 S/cm at 25 °C source Sun2025 "Table 1" }
				material Li2O "Li2O" {class binary-oxide}
				polymer PEO "poly(ethylene oxide)" {molarMass = 100000 g/mol}
				""", """
				/* Header comment. */
				package org.example.cells

				import org.example.materials.*
				import org.example.sources.*

				source Sun2025 "Sun et al., InfoMat 2025"
				precursor TMA "Al(CH3)3"

				// Oxidant for the activation step.
				reactant H2O "H2O"

				/** Garnet pellet. */
				material LLZO "Li7La3Zr2O12" {
				  class garnet phase cubic
				  composition Li 7 mol%, La 3 mol% ionicConductivity = 2.3e-4 ± 0.8e-4 S/cm at 25 °C source Sun2025 "Table 1"
				}

				material Li2O "Li2O" { class binary-oxide }
				polymer PEO "poly(ethylene oxide)" { molarMass = 100000 g/mol }
				""");
	}

	@ParameterizedTest
	@MethodSource("org.interphase.dsl.tests.ExampleFiles#all")
	void formattingAnExampleChangesOnlyWhitespaceAndIsIdempotent(Path file) throws IOException {
		String original = Files.readString(file);
		String formatted = format(original);

		assertEquals(original.replaceAll("\\s+", ""), formatted.replaceAll("\\s+", ""),
				"the formatter changed more than whitespace");
		XtextResourceSet resourceSet = ExampleFiles.loadAll(models);
		Model before = (Model) resourceSet.getResource(ExampleFiles.uri(file), true).getContents().get(0);
		Model after = models.parse(formatted, "formatted.iph", resourceSet);
		EcoreUtil.resolveAll(resourceSet);
		assertTrue(EcoreUtil.equals(before, after), "the formatted model differs from the original");
		assertEquals(formatted, format(formatted), "formatting the formatted text changed it again");
	}

	/**
	 * Formats {@code messy}, compares with {@code expected}, and (FormatterTestHelper's own checks) formats the
	 * expectation again and a model serialised without its node model, both of which must give the expectation.
	 */
	private void assertFormatted(String messy, String expected) {
		formatterHelper.assertFormatted(request -> {
			request.setToBeFormatted(messy);
			request.setExpectation(expected);
			request.setAllowSyntaxErrors(false);
		});
		assertEquals(expected, format(expected), "formatting is not idempotent");
	}

	/** The text after formatting the whole of it, as the editor's "Format" and the CLI would. */
	private String format(String text) {
		Model model = models.parse(text, "format.iph", models.newResourceSet());
		Resource resource = model.eResource();
		ITextRegionAccess access = regionAccess.get().forNodeModel((XtextResource) resource).create();
		FormatterRequest request = new FormatterRequest().setTextRegionAccess(access);
		return access.getRewriter().renderToString(List.copyOf(formatter.format(request)));
	}
}
