package org.interphase.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.StreamSupport;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.antlr.ContentAssistContextFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.GlobalRegistries;
import org.eclipse.xtext.testing.GlobalRegistries.GlobalStateMemento;
import org.eclipse.xtext.util.TextRegion;
import org.interphase.dsl.ide.InterphaseIdeSetup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.google.inject.Injector;

/**
 * The generic IDE bundle offers completions from the grammar and the scope, which the editor and a language server
 * show; '|' marks the cursor.
 */
class ContentAssistTest {

	private static GlobalStateMemento registriesBefore;
	private static Injector injector;
	private static ExecutorService pool;

	@BeforeAll
	static void createIdeInjector() {
		registriesBefore = GlobalRegistries.makeCopyOfGlobalState();
		pool = Executors.newSingleThreadExecutor();
		injector = new InterphaseIdeSetup().createInjectorAndDoEMFRegistration();
	}

	/** The IDE setup registers its own resource factory for .iph globally; other test classes expect theirs. */
	@AfterAll
	static void restore() {
		pool.shutdownNow();
		registriesBefore.restoreGlobalState();
	}

	@Test
	void halfStepKeywordsInsideAnAldCycle() throws IOException {
		List<String> proposals = proposalsAt(Fixtures.DECLARATIONS + "recipe R { ald Al2O3 { | } }");

		assertTrue(proposals.containsAll(List.of("pulse", "plasma", "purge")), proposals::toString);
	}

	@Test
	void materialNamesWhereALayerNeedsAMaterial() throws IOException {
		List<String> proposals = proposalsAt(Fixtures.DECLARATIONS + "stack S { electrolyte | }");

		assertTrue(proposals.containsAll(List.of("LATP", "Li", "Al2O3")), proposals::toString);
		assertFalse(proposals.contains("TMA"), "a chemical is not a material: " + proposals);
	}

	@Test
	void unitsOfTheDimensionTheSlotNeedsAfterANumber() throws IOException {
		List<String> area = proposalsAt(Fixtures.DECLARATIONS + "stack S { area 0.5 | }");
		List<String> thickness = proposalsAt(Fixtures.DECLARATIONS + "stack S { electrolyte LATP 1 | }");

		assertTrue(area.contains("cm2"), area::toString);
		assertFalse(area.contains("nm"), "a length is not an area: " + area);
		assertTrue(thickness.containsAll(List.of("nm", "µm", "mm")), thickness::toString);
	}

	@Test
	void newMeasurementsAndTheirUnits() throws IOException {
		String experiment = Fixtures.DECLARATIONS + "stack S { lithium Li electrolyte LATP 1 mm collector SS }\n"
				+ "experiment E on S { ";
		List<String> measurements = proposalsAt(experiment + "| }");
		List<String> scanRate = proposalsAt(experiment + "lsv from 3 V to 6 V at 0.1 | }");
		List<String> temperature = proposalsAt(experiment + "impedance from 1 MHz to 1 Hz at 25 | }");

		assertTrue(measurements.containsAll(List.of("lsv", "cv", "impedance", "plating-stripping")),
				measurements::toString);
		assertTrue(scanRate.contains("mV/s"), scanRate::toString);
		assertTrue(temperature.contains("°C"), temperature::toString);
		assertFalse(temperature.contains("Hz"), "a temperature is not a frequency: " + temperature);
	}

	@Test
	void materialPropertiesNotYetWrittenInsideALayersBlock() throws IOException {
		List<String> proposals = proposalsAt(Fixtures.DECLARATIONS + "stack S { electrolyte LATP 1 mm {"
				+ " ionicConductivity = 1e-4 S/cm at 25 °C | } }");

		assertTrue(proposals.containsAll(List.of("grainBoundaryConductivity = ", "relativePermittivity = ")),
				proposals::toString);
		assertFalse(proposals.contains("ionicConductivity = "), "written already: " + proposals);
		assertFalse(proposals.contains("class = "), "the material's class is not the layer's: " + proposals);
	}

	/** Li | LATP | Li with an impedance sweep, a recipe, and the start of a study of it. */
	private static final String CELL = """
			recipe Coat { ald Al2O3 { pulse TMA 0.1 s; purge N2 10 s } x 20 }
			stack Pellet {
			  area 1 cm2
			  temperature 25 °C
			  lithium Li
			  electrolyte film: LATP 500 µm
			  lithium Li
			}
			experiment Eis on Pellet {
			  impedance from 1 MHz to 0.1 Hz
			}
			study Grid of Eis {
			""";

	@Test
	void slotsOfTheStudysElementsAfterVaryAndUncertain() throws IOException {
		List<String> vary = proposalsAt(CELL + "vary | }");
		List<String> uncertain = proposalsAt(CELL + "uncertain | }");

		assertTrue(vary.containsAll(List.of("thickness", "area", "temperature", "cycles", "startFrequency")),
				vary::toString);
		assertTrue(uncertain.containsAll(List.of("thickness", "area")), uncertain::toString);
		assertFalse(vary.contains("currentDensity"), "an impedance sweep has no current density: " + vary);
	}

	@Test
	void elementsAfterOf() throws IOException {
		List<String> proposals = proposalsAt(CELL + "vary thickness of | }");

		assertTrue(proposals.containsAll(List.of("Pellet", "Coat")), proposals::toString);
	}

	@Test
	void outputsTheExperimentReportsInOutputObjectiveAndConstraint() throws IOException {
		List<String> output = proposalsAt(CELL + "output | }");
		List<String> minimize = proposalsAt(CELL + "minimize | }");
		List<String> constraint = proposalsAt(CELL + "minimize ASR subject to | }");

		for (List<String> proposals : List.of(output, minimize, constraint)) {
			assertTrue(proposals.containsAll(List.of("ASR", "R", "conductivity")), proposals::toString);
			assertFalse(proposals.contains("lifetime"), "an impedance sweep reports no lifetime: " + proposals);
		}
	}

	private static List<String> proposalsAt(String textWithCursor) throws IOException {
		int offset = textWithCursor.indexOf('|');
		String text = textWithCursor.substring(0, offset) + textWithCursor.substring(offset + 1);
		XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
		XtextResource resource = (XtextResource) resourceSet.createResource(URI.createURI("assist.iph"));
		resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Map.of());

		ContentAssistContextFactory contexts = injector.getInstance(ContentAssistContextFactory.class);
		contexts.setPool(pool);
		IdeContentProposalAcceptor acceptor = injector.getInstance(IdeContentProposalAcceptor.class);
		injector.getInstance(IdeContentProposalProvider.class).createProposals(
				Arrays.asList(contexts.create(text, new TextRegion(offset, 0), offset, resource)), acceptor);
		return StreamSupport.stream(acceptor.getEntries().spliterator(), false).map(ContentAssistEntry::getProposal)
				.toList();
	}
}
