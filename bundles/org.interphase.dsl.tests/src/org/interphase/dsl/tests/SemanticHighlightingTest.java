package org.interphase.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.CancelIndicator;
import org.interphase.dsl.ide.highlighting.InterphaseSemanticHighlighting;
import org.interphase.model.Model;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** Names are coloured by what they stand for, where declared and where referred to; a broken reference is not. */
@ExtendWith(InjectionExtension.class)
@InjectWith(InterphaseInjectorProvider.class)
class SemanticHighlightingTest {

	private static final String TEXT = """
			source Han2021 "Han et al. 2021"
			precursor TMA "Al(CH3)3"
			material Al2O3 "Al2O3" { density = 3.0 g/cm3 source Han2021 "Table 2" }
			recipe Coat on LATP { ald Al2O3 { pulse TMA 0.1 s } x 10 }
			stack Cell {
			  lithium Li
			  coating Al2O3 by Coat
			  electrolyte Unknwn
			  lithium Li
			}
			""";

	@Inject
	private TestModels models;

	private record Coloured(String text, String style) {
	}

	private List<Coloured> colours() {
		Model model = models.parse(TEXT, "colours.iph", models.newResourceSet());
		List<Coloured> found = new ArrayList<>();
		new InterphaseSemanticHighlighting().provideHighlightingFor((XtextResource) model.eResource(),
				(offset, length, ids) -> found.add(new Coloured(TEXT.substring(offset, offset + length), ids[0])),
				CancelIndicator.NullImpl);
		return found;
	}

	private static long count(List<Coloured> colours, String text, String style) {
		return colours.stream().filter(c -> c.text().equals(text) && c.style().equals(style)).count();
	}

	@Test
	void declarationsAndReferencesShareTheColourOfTheirKind() {
		List<Coloured> colours = colours();

		assertEquals(3, count(colours, "Al2O3", InterphaseSemanticHighlighting.MATERIAL), colours::toString);
		assertEquals(2, count(colours, "TMA", InterphaseSemanticHighlighting.CHEMICAL), colours::toString);
		assertEquals(2, count(colours, "Coat", InterphaseSemanticHighlighting.RECIPE), colours::toString);
		assertEquals(1, count(colours, "Cell", InterphaseSemanticHighlighting.STACK), colours::toString);
		assertEquals(2, count(colours, "Han2021", InterphaseSemanticHighlighting.SOURCE), colours::toString);
		// Built-in library materials are materials too.
		assertEquals(1, count(colours, "LATP", InterphaseSemanticHighlighting.MATERIAL), colours::toString);
		assertEquals(2, count(colours, "Li", InterphaseSemanticHighlighting.MATERIAL), colours::toString);
	}

	@Test
	void aReferenceThatDoesNotResolveIsNotColoured() {
		assertFalse(colours().stream().anyMatch(c -> c.text().equals("Unknwn")));
	}
}
