package org.interphase.dsl.tests.library;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.interphase.dsl.tests.InterphaseInjectorProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * What a user can write that refers to itself: one material declared in two files (each would override the other),
 * an interface whose interphase is one of its own two materials, a process whose film is its own substrate, and
 * anneals that turn a material back into itself. Each is an error at the line that closes the circle.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(InterphaseInjectorProvider.class)
class CircularOverrideTest {

	@Inject
	private BadInput input;

	@Test
	void aMaterialDeclaredInTwoFilesOfAProjectIsMarkedInBoth() {
		List<List<Issue>> errors = input.errors("""
				material LATP "Li1.3Al0.3Ti1.7(PO4)3" { ionicConductivity = 1e-4 S/cm at 25 °C }
				""", """
				// the same pellet, measured again
				material LATP "Li1.3Al0.3Ti1.7(PO4)3" { ionicConductivity = 3e-4 S/cm at 25 °C }
				""");

		BadInput.single(errors.get(0), 1, "material LATP is also declared at file2.iph:2", "keep one of them");
		BadInput.single(errors.get(1), 2, "material LATP is also declared at file1.iph:1", "keep one of them");
	}

	@Test
	void aProcessDeclaredInTwoFilesIsMarkedToo() {
		String process = """
				material TiO2-Lab "TiO2" { class binary-oxide }
				process ALD-TiO2-Lab ald {
				  material = TiO2-Lab
				  precursor = "TDMAT"
				  coreactant = "H2O"
				  gpc = 0.5 Å/cycle at 200 °C
				}
				""";
		List<List<Issue>> errors = input.errors(process, process.replace("material TiO2-Lab \"TiO2\" { class"
				+ " binary-oxide }\n", "\n"));

		BadInput.single(errors.get(0), 2, "process ALD-TiO2-Lab is also declared at file2.iph:2");
		BadInput.single(errors.get(1), 2, "process ALD-TiO2-Lab is also declared at file1.iph:2");
	}

	@Test
	void anInterfaceWhoseInterphaseIsOneOfItsMaterialsIsMarkedAtItsName() {
		String text = """
				source Lab "our impedance runs"
				interface IF-Li-LLTO-Lab {
				  between = Li
				  and = LLTO-film-annealed-300
				  interphase = LLTO-film-annealed-300
				  interphaseThickness = 10 nm source Lab "run 3"
				  chargeTransferResistance = 100 Ω cm2 at 25 °C source Lab "run 3"
				}
				""";
		BadInput.single(input.errors(text), 2, "interphase=LLTO-film-annealed-300 is one of the two materials",
				"name the new phase");
		BadInput.libraryProblem(text, 2, "would form itself");
	}

	@Test
	void aProcessWhoseFilmIsItsOwnSubstrateIsMarkedOnThatLine() {
		String text = BadInput.PROCESS.formatted("  nucleationDelay[on=TiO2-Lab] = 5 source Lab \"run 18\"");
		BadInput.single(input.errors(text), 8, "TiO2-Lab is the film this process grows", "name the substrate");
		BadInput.libraryProblem(text, 8, "TiO2-Lab is the film this process grows");
	}

	@Test
	void annealsThatTurnAMaterialBackIntoItselfAreMarkedAtTheOneClosingTheCircle() {
		String text = """
				source Lab "XRD of our films"
				material A-Lab "TiO2" { class binary-oxide phase amorphous }
				material B-Lab "TiO2" { class binary-oxide phase anatase }
				process AN-A-B anneal {
				  from = A-Lab
				  to = B-Lab
				  temperature = 300 °C source Lab "XRD 1"
				}
				process AN-B-A anneal {
				  from = B-Lab
				  to = A-Lab
				  temperature = 500 °C source Lab "XRD 2"
				}
				""";
		BadInput.single(input.errors(text), 9, "annealing that with AN-A-B (lab.iph:4) gives B-Lab again",
				"give the product of one of them a material of its own");
		BadInput.libraryProblem(text, 9, "AN-B-A: anneals B-Lab into A-Lab");
	}
}
