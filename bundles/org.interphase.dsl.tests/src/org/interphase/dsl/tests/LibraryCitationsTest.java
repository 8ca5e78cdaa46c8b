package org.interphase.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.interphase.core.provenance.Source;
import org.interphase.dsl.library.Libraries;
import org.interphase.dsl.library.LibraryFiles;
import org.interphase.library.MaterialLibrary;
import org.junit.jupiter.api.Test;

/**
 * Every value of the built-in library cites a publication a reader can find, and points inside it (table, figure,
 * section); nothing points into the team's notebook, which users never get.
 */
class LibraryCitationsTest {

	/** References into the notebook: "facts §b3 B-ALD-19", "facts.md §c1 R-001", and the bare seed tags "[000]". */
	private static final Pattern NOTEBOOK = Pattern
			.compile("(?i)\\bfacts\\b|§|\\bB-(ALD|MLD|LbL|WET|SP|CVD|PVD|SINT)-\\d+\\b|\\bR-\\d{3}\\b|\\[00\\d\\]");

	private static final Pattern YEAR = Pattern.compile("\\b(19|20)\\d{2}\\b");

	/** A value line: {@code key = value unit [at T] source Name "locator" [note "..."]}. */
	private static final Pattern VALUE_SOURCE = Pattern.compile("\\ssource\\s+(\\w+)(\\s+\"((?:[^\"\\\\]|\\\\.)*)\")?");

	private static final String ESTIMATE = "[Estimate]";

	@Test
	void everyValueCitesAPublicationWithAYear() {
		Map<String, String> citations = citations();
		assertFalse(citations.isEmpty(), "the built-in library cites no source");
		for (Map.Entry<String, String> entry : citations.entrySet()) {
			assertFalse(entry.getValue().isBlank(), entry.getKey() + " has an empty citation");
			if (!entry.getKey().equals(ESTIMATE)) {
				assertTrue(YEAR.matcher(entry.getValue()).find(),
						entry.getKey() + " names no year: " + entry.getValue());
			}
		}
	}

	@Test
	void theEstimateSaysItIsNoPublication() {
		String estimate = citations().get(ESTIMATE);
		assertTrue(estimate != null, "no value cites Estimate");
		assertTrue(estimate.contains("not a publication"), estimate);
		assertTrue(estimate.contains("order-of-magnitude"), estimate);
		assertTrue(estimate.contains("measured value"), estimate);
	}

	@Test
	void theSeedPapersCarryTheDoisTheirTextsGive() {
		Map<String, String> citations = citations();
		assertCites(citations, "[Tolganbek2022Review]", "10.1039/d1ma01239h", "Materials Advances", "2022");
		assertCites(citations, "[Han2021]", "10.1039/d0na01072c", "Nanoscale Advances", "2021");
		assertCites(citations, "[Tan2021]", "10.3390/nano11040989", "Nanomaterials", "2021");
		assertCites(citations, "[Sun2025]", "10.1002/inf2.12650", "InfoMat", "2025");
		// The text of this paper shows no DOI; none may be made up.
		assertCites(citations, "[Tolganbek2022Nanoscale]", "DOI not given in the source text", "Nanoscale Advances",
				"2022");
		assertFalse(citations.get("[Tolganbek2022Nanoscale]").contains("10.1039/"),
				"a DOI the paper's text does not give");
	}

	@Test
	void noLocatorNoteOrCitationPointsIntoTheNotebook() {
		List<String> found = new ArrayList<>();
		for (Source source : sources()) {
			check(found, source.key() + " citation", source.citation());
			check(found, source.key() + " locator", source.locator());
		}
		for (String note : notes()) {
			check(found, "note", note);
		}
		for (LibraryFiles.Text file : Libraries.builtInFiles()) {
			String[] lines = file.text().split("\n", -1);
			for (int i = 0; i < lines.length; i++) {
				check(found, file.name() + ":" + (i + 1), lines[i]);
			}
		}
		assertEquals(List.of(), found);
	}

	@Test
	void everyValueHasALocator() {
		for (Source source : sources()) {
			assertFalse(source.locator().isBlank(), source.key() + " is cited without a locator");
		}
		int values = 0;
		for (LibraryFiles.Text file : Libraries.builtInFiles()) {
			String[] lines = file.text().split("\n", -1);
			for (int i = 0; i < lines.length; i++) {
				String line = lines[i].strip();
				if (line.startsWith("//") || line.startsWith("source ")) {
					continue; // a comment, or a source declaration (sources.iph)
				}
				Matcher matcher = VALUE_SOURCE.matcher(" " + line);
				if (matcher.find()) {
					values++;
					String where = file.name() + ":" + (i + 1) + " (" + matcher.group(1) + ")";
					assertTrue(matcher.group(3) != null, where + " has no locator");
					assertFalse(matcher.group(3).isBlank(), where + " has an empty locator");
				}
			}
		}
		assertTrue(values > 200, "only " + values + " value lines found in the built-in files");
	}

	private static void assertCites(Map<String, String> citations, String key, String... parts) {
		String citation = citations.get(key);
		assertTrue(citation != null, "no value cites " + key);
		for (String part : parts) {
			assertTrue(citation.contains(part), key + " should contain '" + part + "': " + citation);
		}
	}

	private static void check(List<String> found, String where, String text) {
		if (NOTEBOOK.matcher(text).find()) {
			found.add(where + ": " + text);
		}
	}

	/** Citation of every source a value of the built-in library cites, by key. */
	private static Map<String, String> citations() {
		Map<String, String> citations = new TreeMap<>();
		for (Source source : sources()) {
			String previous = citations.putIfAbsent(source.key(), source.citation());
			if (previous != null) {
				assertEquals(previous, source.citation(), "two citations for " + source.key());
			}
		}
		return citations;
	}

	private static List<Source> sources() {
		List<Source> sources = new ArrayList<>();
		walk(sources, new ArrayList<>());
		return sources;
	}

	private static List<String> notes() {
		List<String> notes = new ArrayList<>();
		walk(new ArrayList<>(), notes);
		return notes;
	}

	private static void walk(List<Source> sources, List<String> notes) {
		MaterialLibrary library = Libraries.builtIn();
		Stream.of(library.materials(), library.processes(), library.interfaces(), library.curves())
				.flatMap(Collection::stream).forEach(entry -> walk(entry, sources, notes));
	}

	private static void walk(Object value, List<Source> sources, List<String> notes) {
		if (value instanceof Source source) {
			sources.add(source);
		} else if (value instanceof Optional<?> optional) {
			optional.ifPresent(v -> walk(v, sources, notes));
		} else if (value instanceof Map<?, ?> map) {
			map.forEach((k, v) -> {
				walk(k, sources, notes);
				walk(v, sources, notes);
			});
		} else if (value instanceof Collection<?> collection) {
			collection.forEach(v -> walk(v, sources, notes));
		} else if (value != null && value.getClass().isRecord()) {
			for (RecordComponent component : value.getClass().getRecordComponents()) {
				Object part = read(component, value);
				if (component.getName().equals("note") && part instanceof String note) {
					notes.add(note);
				} else {
					walk(part, sources, notes);
				}
			}
		}
	}

	private static Object read(RecordComponent component, Object record) {
		try {
			component.getAccessor().setAccessible(true);
			return component.getAccessor().invoke(record);
		} catch (IllegalAccessException | InvocationTargetException e) {
			throw new AssertionError("cannot read " + component + " of " + record, e);
		}
	}

}
