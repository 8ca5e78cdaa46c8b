package org.interphase.dsl.tests.library;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.interphase.dsl.tests.InterphaseInjectorProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** An interface between materials that do not exist is an error at the interface's name, saying how to fix it. */
@ExtendWith(InjectionExtension.class)
@InjectWith(InterphaseInjectorProvider.class)
class UnknownInterfaceMaterialTest {

	private static final String CONTACT = """
			source Lab "our impedance runs"
			interface IF-Li-Lab {
			  between = Li
			  and = %s
			  chargeTransferResistance = 100 Ω cm2 at 25 °C source Lab "run 3"
			}
			""";

	@Inject
	private BadInput input;

	@Test
	void aMisspelledMaterialIsMarkedWithTheOneMeant() {
		BadInput.single(input.errors(CONTACT.formatted("latp")), 2, "and=latp is not a material",
				"did you mean LATP?");
		BadInput.libraryProblem(CONTACT.formatted("latp"), 2, "and=latp is not a material", "did you mean LATP?");
	}

	@Test
	void anUnknownMaterialIsMarkedWithHowToDefineIt() {
		BadInput.single(input.errors(CONTACT.formatted("LATQ")), 2, "and=LATQ is not a material",
				"define it with 'material LATQ");
		BadInput.libraryProblem(CONTACT.formatted("LATQ"), 2, "and=LATQ is not a material",
				"define it with 'material LATQ");
	}
}
