package org.interphase.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.interphase.dsl.compiler.ModelCompiler;
import org.interphase.dsl.library.Libraries;
import org.interphase.dsl.validation.InterphaseIssueCodes;
import org.interphase.model.Experiment;
import org.interphase.model.Model;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * "0 errors" means the run will not refuse: an experiment whose simulation would fail is an error on its name, a
 * missing property names its material and property, and the quick fix writes the line to complete, after which the
 * file validates and compiles.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(InterphaseInjectorProvider.class)
class SimulationChecksTest {

	/** A garnet of the user's own that states nothing the impedance model needs. */
	private static final String GARNET = """
			material Garnet-X "Li6.4La3Zr1.4Ta0.6O12" { class garnet }
			stack Cell {
			  area 1 cm2
			  temperature 25 °C
			  lithium Li
			  electrolyte Garnet-X 1 mm
			  lithium Li
			}
			experiment Eis on Cell {
			  impedance from 1 MHz to 1 Hz
			}
			""";

	@Inject
	private ValidationIssues validation;
	@Inject
	private TestModels models;

	@Test
	void aMissingPropertyIsAnErrorOnTheExperimentNamingMaterialAndProperty() {
		Issue issue = validation.single(validation.of(GARNET), InterphaseIssueCodes.MISSING_PROPERTY, Severity.ERROR,
				9);

		assertTrue(issue.getMessage().startsWith("Eis cannot be simulated: Garnet-X has no "), issue.getMessage());
		assertEquals("Garnet-X", issue.getData()[0]);
		for (String javaOrOldFormat : List.of(".lib", "withOverrides", "Exception", "org.interphase", "[KEY]")) {
			assertFalse(issue.getMessage().contains(javaOrOldFormat), issue.getMessage());
		}
	}

	@Test
	void theQuickFixesWriteWhatIsMissingUntilTheExperimentCompiles() {
		ValidationIssues.Completion completion = validation.completeMissingProperties(GARNET, 5);
		String text = completion.text();
		List<String> added = completion.properties();

		assertTrue(added.contains("ionicConductivity"), added::toString);
		List<Issue> left = validation.of(text);
		assertEquals(List.of(), left.stream().filter(i -> i.getSeverity() == Severity.ERROR).toList(), text);
		// The example values carry the note by which they stay flagged until replaced (see the test below).
		assertTrue(text.contains("note \"" + InterphaseIssueCodes.EXAMPLE_VALUE_NOTE + "\""), text);
		assertTrue(text.contains("material Garnet-X \"Li6.4La3Zr1.4Ta0.6O12\" { class garnet\n"), text);
		Model model = models.parseValid(text);
		new ModelCompiler(Libraries.installed()).compile((Experiment) TestModels.lastElement(model));
	}

	@Test
	void anExperimentTheRunWouldRefuseForAnotherReasonIsAnErrorToo() {
		String text = GARNET.replace("  area 1 cm2\n", "").replace("electrolyte Garnet-X 1 mm", "electrolyte LLZO 1 mm")
				.replace("material Garnet-X \"Li6.4La3Zr1.4Ta0.6O12\" { class garnet }", "");

		Issue issue = validation.single(validation.of(text), InterphaseIssueCodes.CANNOT_SIMULATE, Severity.ERROR, 8);

		assertTrue(issue.getMessage().contains("area"), issue.getMessage());
	}

	@Test
	void aValueStillCarryingTheQuickFixNoteIsAWarning() {
		String text = "material M \"Li3N\" {\n  density = 2 g/cm3 note \"" + InterphaseIssueCodes.EXAMPLE_VALUE_NOTE
				+ "\"\n}\n";
		Model model = models.parse(text, "test.iph", models.newResourceSet());
		String note = ((org.interphase.model.Material) model.getElements().get(0)).getProperties().get(0).getNote();

		validation.single(validation.of(text), InterphaseIssueCodes.EXAMPLE_VALUE, Severity.WARNING, 2);
		assertEquals(InterphaseIssueCodes.EXAMPLE_VALUE_NOTE, note);
	}
}
