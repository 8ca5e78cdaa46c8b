package org.interphase.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.ReplaceRegion;
import org.eclipse.xtext.util.TextRegion;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
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

		assertTrue(proposals.stream().anyMatch(p -> p.startsWith("grainBoundaryConductivity = ") && p.contains("S/")),
				proposals::toString);
		assertTrue(proposals.stream().anyMatch(p -> p.startsWith("relativePermittivity = ")), proposals::toString);
		assertFalse(proposals.stream().anyMatch(p -> p.startsWith("ionicConductivity = ")), "written: " + proposals);
		assertFalse(proposals.stream().anyMatch(p -> p.startsWith("class = ")), "the material's class is not the "
				+ "layer's: " + proposals);
	}

	@Test
	void theExactNameComesFirstThenNamesThatStartWithIt() throws IOException {
		List<String> llzo = proposalsAt("stack S { electrolyte LLZO| }");
		List<String> li = proposalsAt("stack S { lithium Li| }");

		assertEquals("LLZO", llzo.get(0), llzo::toString);
		assertTrue(llzo.subList(0, 3).containsAll(List.of("LLZO-Al-ALD-cubic", "LLZO-Al-ALD-tetragonal")),
				"names starting with LLZO follow it: " + llzo);
		assertEquals("Li", li.get(0), li::toString);
		assertEquals("Li2O-ALD", li.get(1), li::toString);
		assertTrue(li.indexOf("lithicone") > li.indexOf("LixAlyS-ALD"), "a match in another case comes after: " + li);
	}

	@Test
	void propertiesTheLibraryKnowsInsideAMaterialWithAValueOfTheirDimension() throws IOException {
		List<String> proposals = proposalsAt("""
				material Coat "Al2O3" {
				  density = 3.0 g/cm3 source Estimate
				  |
				}
				source Estimate "order of magnitude"
				""");

		assertTrue(proposals.stream().anyMatch(p -> p.startsWith("ionicConductivity = ") && p.contains("S/")),
				proposals::toString);
		assertTrue(proposals.stream().anyMatch(p -> p.startsWith("activationEnergy = ")), proposals::toString);
		assertFalse(proposals.stream().anyMatch(p -> p.startsWith("density = ")), "density is written: " + proposals);
		assertFalse(proposals.stream().anyMatch(p -> p.startsWith("class = ")), "class is a keyword: " + proposals);
	}

	@Test
	void libraryPrecursorsAfterPulseInAFileThatDeclaresNoneAndChoosingOneDeclaresIt() throws IOException {
		String text = "package p\n\nrecipe R on LATP { ald Al2O3-ALD at 250 °C { pulse | } x 10 }\n";
		List<ContentAssistEntry> entries = entriesAt(text);
		ContentAssistEntry tma = entries.stream().filter(e -> e.getProposal().equals("TMA")).findFirst()
				.orElseThrow(() -> new AssertionError("TMA should be proposed: " + entries));
		assertTrue(entries.stream().anyMatch(e -> e.getProposal().equals("H2O")), entries::toString);
		assertEquals(1, tma.getTextReplacements().size());
		ReplaceRegion declaration = tma.getTextReplacements().get(0);
		String declared = new StringBuilder(text.replace("|", "")).replace(declaration.getOffset(),
				declaration.getEndOffset(), declaration.getText()).toString();
		assertTrue(declared.startsWith("package p\n\nprecursor TMA\n"), declared);
	}

	@Test
	void templatesOfARecipeAStackAndAnExperimentValidateWithoutErrorsAsInserted() throws IOException {
		String text = "package p\n\n";
		for (String label : List.of("recipe - ALD recipe template", "stack - symmetric Li cell template",
				"experiment - impedance sweep template")) {
			ContentAssistEntry template = entriesAt(text + "|").stream().filter(e -> label.equals(e.getLabel()))
					.findFirst().orElseThrow(() -> new AssertionError("no template " + label));
			StringBuilder inserted = new StringBuilder(text).append(template.getProposal()).append("\n");
			template.getTextReplacements().forEach(r -> inserted.replace(r.getOffset(), r.getEndOffset(), r.getText()));
			text = inserted.append("\n").toString();
			List<Issue> errors = injector.getInstance(IResourceValidator.class).validate(parse(text), CheckMode.ALL,
					CancelIndicator.NullImpl).stream().filter(i -> i.getSeverity() == Severity.ERROR).toList();
			assertEquals(List.of(), errors, text);
		}
		assertTrue(text.startsWith("package p\n\nprecursor TMA\nreactant H2O\ngas N2\n\nrecipe NewRecipe"), text);
		assertTrue(text.contains("experiment NewExperiment on NewStack"), text);
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
	void theStackAfterVaryAndStacksAfterVaryStackOver() throws IOException {
		List<String> vary = proposalsAt(CELL + "vary | }");
		List<String> stacks = proposalsAt(CELL + "vary stack over | }");

		assertTrue(vary.contains("stack"), vary::toString);
		assertTrue(stacks.contains("Pellet"), stacks::toString);
		assertFalse(stacks.contains("Coat"), "a recipe is no stack: " + stacks);
	}

	@Test
	void elementsAfterOf() throws IOException {
		List<String> proposals = proposalsAt(CELL + "vary thickness of | }");

		assertTrue(proposals.containsAll(List.of("Pellet", "Coat")), proposals::toString);
	}

	@Test
	void outputsTheExperimentReportsInOutputObjectivesAndConstraint() throws IOException {
		List<String> output = proposalsAt(CELL + "output | }");
		List<String> minimize = proposalsAt(CELL + "minimize | }");
		List<String> constraint = proposalsAt(CELL + "minimize ASR subject to | }");
		List<String> second = proposalsAt(CELL + "minimize ASR, maximize | }");

		for (List<String> proposals : List.of(output, minimize, constraint, second)) {
			assertTrue(proposals.containsAll(List.of("ASR", "R", "conductivity")), proposals::toString);
			assertFalse(proposals.contains("lifetime"), "an impedance sweep reports no lifetime: " + proposals);
		}
	}

	private static List<String> proposalsAt(String textWithCursor) throws IOException {
		return entriesAt(textWithCursor).stream().map(ContentAssistEntry::getProposal).toList();
	}

	private static XtextResource parse(String text) throws IOException {
		XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
		XtextResource resource = (XtextResource) resourceSet.createResource(URI.createURI("assist.iph"));
		resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Map.of());
		return resource;
	}

	private static List<ContentAssistEntry> entriesAt(String textWithCursor) throws IOException {
		int offset = textWithCursor.indexOf('|');
		String text = textWithCursor.substring(0, offset) + textWithCursor.substring(offset + 1);
		XtextResource resource = parse(text);

		ContentAssistContextFactory contexts = injector.getInstance(ContentAssistContextFactory.class);
		contexts.setPool(pool);
		IdeContentProposalAcceptor acceptor = injector.getInstance(IdeContentProposalAcceptor.class);
		injector.getInstance(IdeContentProposalProvider.class).createProposals(
				Arrays.asList(contexts.create(text, new TextRegion(offset, 0), offset, resource)), acceptor);
		return StreamSupport.stream(acceptor.getEntries().spliterator(), false).toList();
	}
}
