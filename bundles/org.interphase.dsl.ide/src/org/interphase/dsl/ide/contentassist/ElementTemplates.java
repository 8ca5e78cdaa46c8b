package org.interphase.dsl.ide.contentassist;

import java.util.List;
import java.util.Optional;

/**
 * Starting points for the three things a user writes most, each valid as inserted (its chemicals declared with it):
 * an ALD recipe, a symmetric Li cell and an impedance experiment on a stack. The values are the team's example ones
 * (TMA/H2O Al2O3 at 250 °C on LATP, Li | LLZO | Li), to be replaced by the user's.
 */
final class ElementTemplates {

	/**
	 * A template: the keyword it completes, what the proposal list shows, the text, and the declarations of the
	 * chemicals it names ("precursor TMA").
	 */
	record Template(String keyword, String label, String text, List<String> declarations) {
	}

	private ElementTemplates() {
	}

	static final Template RECIPE = new Template("recipe", "recipe - ALD recipe template", """
			recipe NewRecipe on LATP {
			  ald Al2O3-ALD at 250 °C { pulse TMA 0.1 s; purge N2 10 s; pulse H2O 0.1 s; purge N2 10 s } x 100
			}""", List.of("precursor TMA", "reactant H2O", "gas N2"));

	static final Template STACK = new Template("stack", "stack - symmetric Li cell template", """
			stack NewStack {
			  area 1 cm2
			  temperature 25 °C
			  lithium Li
			  electrolyte pellet: LLZO 500 µm
			  lithium Li
			}""", List.of());

	/** An impedance sweep on {@code stack}, the last stack of the files, or on the stack template's name. */
	static Template experiment(Optional<String> stack) {
		return new Template("experiment", "experiment - impedance sweep template", """
				experiment NewExperiment on %s {
				  impedance from 1 MHz to 0.1 Hz
				}""".formatted(stack.orElse("NewStack")), List.of());
	}
}
