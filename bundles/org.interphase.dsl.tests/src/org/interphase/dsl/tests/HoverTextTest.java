package org.interphase.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.interphase.dsl.ide.hover.InterphaseHoverText;
import org.interphase.dsl.ide.hover.InterphaseHoverText.Hover;
import org.interphase.dsl.library.Libraries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * What the editor's hover says over the words of a file: a material's properties with their sources, the thickness a
 * recipe grows, a quantity in SI units.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(InterphaseInjectorProvider.class)
class HoverTextTest {

	private static final String CHEMICALS = """
			source Tan2021 "Tan et al., Nanomaterials 2021, 11, 989" doi "10.3390/nano11040989"
			material Glass "Li2S-P2S5" {
			  class sulfide
			  ionicConductivity = 1e-3 S/cm at 25 °C source Tan2021 "Table 1"
			  density = 1.9 g/cm3
			}
			""";

	@Inject
	private TestModels models;

	private final InterphaseHoverText hovers = new InterphaseHoverText(Libraries.builtIn());

	@Test
	void aLibraryMaterialShowsItsPropertiesWithTheirCitations() {
		String text = "stack Cell {\n  lithium Li\n  electrolyte pellet: LATP\n}\n";
		Hover hover = hoverAt(parse(text), text.indexOf("LATP") + 1).orElseThrow();

		assertEquals(text.indexOf("LATP"), hover.offset());
		assertEquals("LATP".length(), hover.length());
		assertTrue(hover.text().startsWith("material LATP \""), hover.text());
		assertTrue(hover.text().contains("built-in library"), hover.text());
		String conductivity = hover.text().lines().filter(line -> line.contains("ionicConductivity")).findFirst()
				.orElseThrow(() -> new AssertionError("no conductivity in\n" + hover.text()));
		assertTrue(conductivity.matches(".*S/cm.* \u2014 \\[\\w+] .+"), "value, unit and citation: " + conductivity);
		// The cited paper in full, once, under the values.
		String key = conductivity.replaceAll(".* \u2014 (\\[\\w+]).*", "$1");
		String citation = Libraries.builtIn().citations().get(key);
		assertTrue(citation.matches("(?s).*(19|20)\\d\\d.*"), citation);
		assertTrue(hover.text().contains("\nSources:\n") && hover.text().contains("\n  " + key + " " + citation),
				hover.text());
		assertTrue(hover.text().endsWith("To use other values, declare material LATP in your own .iph file."),
				hover.text());
	}

	@Test
	void aCitedLibrarySourceShowsItsFullCitation() {
		String text = "material Film {\n  density = 2.5 g/cm3 source Sun2025 \"Table 2\"\n}\n";
		Hover hover = hoverAt(parse(text), text.indexOf("Sun2025") + 2).orElseThrow();

		assertEquals(text.indexOf("Sun2025"), hover.offset());
		assertEquals("source Sun2025, declared in the library\n  " + Libraries.builtIn().citations().get("[Sun2025]"),
				hover.text());
	}

	@Test
	void aMaterialOfTheFileShowsItsWrittenPropertiesAndSources() {
		String text = CHEMICALS + "stack Cell {\n  lithium Li\n  electrolyte Glass 1 mm\n}\n";
		XtextResource resource = parse(text);
		String atReference = hoverAt(resource, text.indexOf("Glass 1 mm")).orElseThrow().text();
		String atDeclaration = hoverAt(resource, text.indexOf("Glass")).orElseThrow().text();

		assertEquals(atReference, atDeclaration, "the declaration and its references explain the same material");
		assertEquals("""
				material Glass "Li2S-P2S5" (sulfide)
				  ionicConductivity = 0.001 S/cm at 25 °C  \u2014 source Tan2021: Tan et al., Nanomaterials 2021, 11, 989, \
				Table 1 doi 10.3390/nano11040989
				  density = 1.9 g/cm3  \u2014 no source given""", atReference);
	}

	@Test
	void aRecipeShowsTheThicknessItGrowsAndItsInputs() {
		XtextResourceSet examples = ExampleFiles.loadAll(models);
		XtextResource file = (XtextResource) examples.getResources().stream()
				.filter(r -> r.getURI().lastSegment().equals("paa-peo-on-latp.iph")).findFirst().orElseThrow();
		String text = file.getParseResult().getRootNode().getText();
		int reference = text.indexOf("by PaaPeoOnLatp") + "by ".length();

		String atReference = hoverAt(file, reference).orElseThrow().text();
		Matcher thickness = Pattern.compile("recipe PaaPeoOnLatp grows ([0-9.]+) nm").matcher(atReference);
		assertTrue(thickness.find(), atReference);
		// Ellipsometry gave 65-75 nm for (PAA/PEO)30 on PEI (facts §b1 B-LbL-3); the library's rates reproduce it.
		double nm = Double.parseDouble(thickness.group(1));
		assertTrue(nm > 60 && nm < 85, atReference);
		assertTrue(atReference.lines().count() > 1, "the inputs follow: " + atReference);
		assertEquals(atReference, hoverAt(file, text.indexOf("recipe PaaPeoOnLatp") + "recipe ".length())
				.orElseThrow().text());
	}

	@Test
	void aQuantityShowsItsSiValue() {
		String text = "stack Cell {\n  area 0.503 cm2\n  lithium Li\n}\n";
		Hover hover = hoverAt(parse(text), text.indexOf("cm2")).orElseThrow();

		assertEquals(text.indexOf("0.503"), hover.offset());
		assertEquals("0.503 cm2".length(), hover.length());
		assertTrue(hover.text().contains("= 0.0000503 m\u00B2 (SI), area"), hover.text());
	}

	@Test
	void keywordsAndCommentsHaveNoHover() {
		String text = "// a cell\nstack Cell {\n  lithium Li\n}\n";
		XtextResource resource = parse(text);
		assertTrue(hoverAt(resource, 3).isEmpty());
		assertTrue(hoverAt(resource, text.indexOf("stack")).isEmpty());
	}

	private XtextResource parse(String text) {
		return (XtextResource) models.parse(text, "hover.iph", models.newResourceSet()).eResource();
	}

	private Optional<Hover> hoverAt(XtextResource resource, int offset) {
		return hovers.at(resource, offset);
	}
}
