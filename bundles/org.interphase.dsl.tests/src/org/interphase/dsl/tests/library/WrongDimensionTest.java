package org.interphase.dsl.tests.library;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.interphase.dsl.tests.InterphaseInjectorProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** A property whose value is of the wrong kind (a conductivity in volts) is an error on its line. */
@ExtendWith(InjectionExtension.class)
@InjectWith(InterphaseInjectorProvider.class)
class WrongDimensionTest {

	private static final String VOLTS = """
			source Lab "our impedance runs"
			material LATP-Lab "Li1.3Al0.3Ti1.7(PO4)3" {
			  class NASICON
			  ionicConductivity = 1e-4 V at 25 °C source Lab "run 3"
			}
			""";

	@Inject
	private BadInput input;

	@Test
	void inAUsersFileTheLineIsMarkedWithTheUnitToUse() {
		BadInput.single(input.errors(VOLTS), 4, "conductivity", "S/cm", "'V'");
	}

	@Test
	void inALibraryFileTheReaderRefusesItAtItsLine() {
		BadInput.libraryProblem(VOLTS, 4, "ionicConductivity must be a conductivity", "write: ionicConductivity =");
	}

	@Test
	void aWrongDimensionInAnInterfaceIsMarkedAsWell() {
		String text = """
				source Lab "our impedance runs"
				interface IF-Lab {
				  between = Li
				  and = LLTO-film-annealed-300
				  chargeTransferResistance = 100 S/cm at 25 °C source Lab "run 3"
				}
				""";
		BadInput.single(input.errors(text), 5, "chargeTransferResistance");
		BadInput.libraryProblem(text, 5, "chargeTransferResistance must be", "write:");
	}
}
