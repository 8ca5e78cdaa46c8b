package org.interphase.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.interphase.dsl.library.Libraries;
import org.interphase.library.MaterialLibrary;
import org.junit.jupiter.api.Test;

/** The built-in library written in .iph holds exactly what its .lib files held, entry for entry. */
class LibraryConversionTest {

	private static final Map<String, String> KEYS = Map.ofEntries(Map.entry("[000]", "[Tolganbek2022Nanoscale]"),
			Map.entry("[001]", "[Tolganbek2022Review]"), Map.entry("[002]", "[Han2021]"),
			Map.entry("[003]", "[Tan2021]"), Map.entry("[004]", "[Sun2025]"),
			Map.entry("[external:textbook]", "[Textbook]"), Map.entry("[external:estimate]", "[Estimate]"),
			Map.entry("[external:XRD-density]", "[XrdDensity]"));

	@Test
	void everyEntryIsTheSame() {
		MaterialLibrary lib = MaterialLibrary.builtIn();
		MaterialLibrary iph = Libraries.builtIn();
		assertEquals(describe(lib), describe(iph));
	}

	private static String describe(MaterialLibrary library) {
		return Stream.of(library.materials(), library.processes(), library.interfaces(), library.curves())
				.flatMap(entries -> entries.stream()).map(Object::toString).map(LibraryConversionTest::normal)
				.collect(Collectors.joining("\n"));
	}

	private static String normal(String text) {
		String result = text.replaceAll("[\\w.-]+\\.(lib|iph):\\d+", "ORIGIN").replaceAll("line=\\d+", "line=N")
				.replace("LATP-x0.4", "LATP-Al04");
		for (Map.Entry<String, String> key : KEYS.entrySet()) {
			result = result.replace(key.getKey(), key.getValue());
		}
		return result.replaceAll("\\[external:(\\w+)\\]", "[$1]");
	}

}
