package org.example.interphase.pld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.validation.Issue;
import org.interphase.core.extensions.Contributions;
import org.interphase.dsl.compiler.CompiledRecipe;
import org.interphase.dsl.compiler.CompiledStack;
import org.interphase.dsl.compiler.ModelCompiler;
import org.interphase.dsl.library.Libraries;
import org.interphase.dsl.validation.InterphaseIssueCodes;
import org.interphase.io.DataImporter;
import org.interphase.io.MeasuredSpectrum;
import org.interphase.library.Material;
import org.interphase.model.Model;
import org.interphase.model.Recipe;
import org.interphase.model.Stack;
import org.interphase.sim.stack.StackLayer;
import org.interphase.sim.technique.Techniques;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plug-in, installed only by being in the test runtime (OSGi, extension registry), extends the language, the
 * library, the growth engine and the importers. Line numbers count from 1 in the text blocks.
 */
class PldPlugInTest {

    private static final String RECIPE = """
            material LATP "Li1.3Al0.3Ti1.7(PO4)3"
            material Li "Li"
            recipe PldLpo on LATP {
              step pld { pulses = 6000; fluence = 2 J/cm2; rate = 5 Hz; distance = 50 mm; }
            }
            stack Coated {
              area 1 cm2
              temperature 25 °C
              lithium Li
              coating Li3PO4-PLD by PldLpo
              electrolyte LATP 150 µm
              lithium Li
            }
            """;

    private static PldLanguage language;

    @BeforeAll
    static void startLanguage() {
        language = new PldLanguage();
    }

    @AfterAll
    static void stopLanguage() {
        language.close();
    }

    @Test
    void theTechniqueMaterialAndImporterAreFoundThroughTheExtensionRegistry() {
        assertTrue(Techniques.installed().find("pld").orElseThrow() instanceof PulsedLaserDeposition);
        Material film = Libraries.installed().material("Li3PO4-PLD").orElseThrow();
        assertEquals("org.example.interphase.pld/pld.iph", film.origin().file());
        assertTrue(Contributions.all(DataImporter.class, "org.interphase.io.importers", DataImporter::id).stream()
                .anyMatch(PldImpedanceLogImporter.class::isInstance));
    }

    @Test
    void aPldStepIsParsedAndValidatedWithoutErrors() {
        assertEquals(List.of(), errors(RECIPE));
    }

    @Test
    void aFluenceWithALengthUnitIsAnErrorOnItsLine() {
        List<Issue> errors = errors(RECIPE.replace("fluence = 2 J/cm2", "fluence = 2 nm"));
        assertEquals(1, errors.size(), errors::toString);
        assertEquals(InterphaseIssueCodes.WRONG_DIMENSION, errors.get(0).getCode());
        assertEquals(4, errors.get(0).getLineNumber());
        assertTrue(errors.get(0).getMessage().contains("J/cm2"), errors.get(0).getMessage());
    }

    @Test
    void missingPulsesOutOfRangeAndUnknownParametersAreErrors() {
        List<Issue> errors = errors(RECIPE.replace("pulses = 6000; fluence = 2 J/cm2;",
                "fluence = 50 J/cm2; power = 3 W;"));
        assertEquals(List.of(InterphaseIssueCodes.TECHNIQUE_VALUE_OUT_OF_RANGE,
                InterphaseIssueCodes.UNKNOWN_TECHNIQUE_PARAMETER, InterphaseIssueCodes.MISSING_TECHNIQUE_PARAMETER),
                errors.stream().map(Issue::getCode).toList(), errors::toString);
    }

    @Test
    void aMisspeltTechniqueIsAWarningThatNamesTheInstalledOne() {
        String misspelt = RECIPE.replace("step pld", "step pdl");
        assertEquals(List.of(), errors(misspelt));
        List<Issue> warnings = language.issues(misspelt).stream()
                .filter(i -> InterphaseIssueCodes.UNKNOWN_TECHNIQUE.equals(i.getCode())).toList();
        assertEquals(1, warnings.size(), warnings::toString);
        assertEquals(Severity.WARNING, warnings.get(0).getSeverity());
        assertTrue(warnings.get(0).getMessage().contains("did you mean pld?"), warnings.get(0).getMessage());
        assertEquals(4, warnings.get(0).getLineNumber());
    }

    @Test
    void aPreparationStepNoPlugInDeclaresIsOnlyAnInformationListingTheInstalledTechniques() {
        List<Issue> issues = language.issues(RECIPE.replace("step pld", "step SurfaceActivation { rinse = \"water\" }"
                + " step pld"));
        Issue info = issues.stream().filter(i -> InterphaseIssueCodes.UNKNOWN_TECHNIQUE.equals(i.getCode()))
                .findFirst().orElseThrow();
        assertEquals(Severity.INFO, info.getSeverity());
        assertTrue(info.getMessage().contains("installed techniques: pld"), info.getMessage());
    }

    @Test
    void contentAssistOffersTheTechniqueAfterStep() {
        List<String> labels = language.proposals("recipe R { step | }").stream().map(ContentAssistEntry::getLabel)
                .toList();
        assertTrue(labels.contains("pld"), labels::toString);
    }

    @Test
    void contentAssistOffersTheParametersNotWrittenYetWithTheirUnits() {
        List<ContentAssistEntry> proposals = language.proposals(
                "recipe R { step pld { fluence = 2 J/cm2; | } }");
        List<String> labels = proposals.stream().map(ContentAssistEntry::getLabel).toList();
        assertTrue(labels.contains("pulses"), labels::toString);
        assertTrue(!labels.contains("fluence"), "fluence is written already: " + labels);
        ContentAssistEntry distance = proposals.stream().filter(p -> "distance".equals(p.getLabel())).findFirst()
                .orElseThrow();
        assertEquals("distance = 50 mm;", distance.getProposal());
    }

    @Test
    void theRecipeThicknessComesFromThePldGrowthModel() {
        Model model = PldLanguage.model(language.parse(RECIPE));
        Recipe recipe = model.getElements().stream().filter(Recipe.class::isInstance).map(Recipe.class::cast)
                .findFirst().orElseThrow();
        CompiledRecipe compiled = new ModelCompiler(Libraries.installed()).recipe(recipe);
        // 6000 pulses × 0.3 Å (the default growth per pulse) at the calibration fluence and distance.
        assertEquals(180e-9, compiled.thickness().si(), 1e-15);
        double halfDistance = new ModelCompiler(Libraries.installed()).recipe(recipe(RECIPE.replace(
                "distance = 50 mm", "distance = 100 mm"))).thickness().si();
        assertEquals(45e-9, halfDistance, 1e-15, "the flux falls with the square of the distance");
    }

    @Test
    void aStackLayerMadeByThePldRecipeHasTheGrownThicknessAndTheContributedMaterial() {
        Model model = PldLanguage.model(language.parse(RECIPE));
        Stack stack = model.getElements().stream().filter(Stack.class::isInstance).map(Stack.class::cast)
                .findFirst().orElseThrow();
        CompiledStack compiled = new ModelCompiler(Libraries.installed()).stack(stack);
        StackLayer coating = compiled.cell().layers().get(0);
        assertEquals(180e-9, coating.thickness(), 1e-15);
        assertTrue(coating.label().contains("Li3PO4-PLD"), coating.label());
    }

    @Test
    void theImporterReadsAPldImpedanceLog(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("run17.eislog");
        Files.writeString(file, """
                # in-situ probe, run 17
                frequency_Hz,re_ohm,minus_im_ohm
                1e6,120.5,3.2
                1e3,480,150
                """, StandardCharsets.UTF_8);
        MeasuredSpectrum spectrum = (MeasuredSpectrum) new PldImpedanceLogImporter().read(file);
        assertEquals(2, spectrum.size());
        assertEquals(-150, spectrum.imaginary()[1], 0);
    }

    private static Recipe recipe(String text) {
        return PldLanguage.model(language.parse(text)).getElements().stream().filter(Recipe.class::isInstance)
                .map(Recipe.class::cast).findFirst().orElseThrow();
    }

    private static List<Issue> errors(String text) {
        return language.issues(text).stream().filter(i -> i.getSeverity() == Severity.ERROR).toList();
    }
}
