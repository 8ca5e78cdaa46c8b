package org.interphase.dsl.tests.library;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.interphase.dsl.library.Libraries;
import org.interphase.dsl.tests.InterphaseInjectorProvider;
import org.interphase.library.AldProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** A process window written upper end first is an error on its line that says how to write it. */
@ExtendWith(InjectionExtension.class)
@InjectWith(InterphaseInjectorProvider.class)
class ProcessWindowTest {

	private static final String PROCESS = BadInput.PROCESS.formatted("  window = %s source Lab \"runs 12-16\"");

	@Inject
	private BadInput input;

	@Test
	void aWindowWithItsMinimumAboveItsMaximumIsMarkedInAUsersFile() {
		BadInput.single(input.errors(PROCESS.formatted("310 °C to 270 °C")), 8,
				"write the lower end first: 270 °C to 310 °C");
	}

	@Test
	void aWindowWithItsMinimumAboveItsMaximumIsRefusedInALibraryFile() {
		BadInput.libraryProblem(PROCESS.formatted("310 °C to 270 °C"), 8, "window",
				"write the lower end first: 270 °C to 310 °C");
	}

	@Test
	void theSameWindowTheRightWayRoundIsAccepted() {
		String right = PROCESS.formatted("270 °C to 310 °C");
		assertEquals(List.of(), input.errors(right));
		assertEquals(270, Libraries.read(BadInput.FILE, right).process("ALD-TiO2-Lab", AldProcess.class)
				.orElseThrow().window().orElseThrow().min().in("°C"), 1e-9);
	}
}
