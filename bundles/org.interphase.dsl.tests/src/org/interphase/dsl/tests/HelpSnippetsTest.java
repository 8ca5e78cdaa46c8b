package org.interphase.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * Every {@code .iph} snippet of the user guide ({@code <pre class="iph">} in the help pages of
 * org.interphase.ui.help) is a whole file that validates with 0 errors on its own, as a reader who pastes it gets it;
 * a {@code <pre class="iph-continued">} is what the reader appends to the page's snippet before it, and is checked
 * as that file.
 * The pages come from the folder the system property {@value #HELP_PROPERTY} names (set by this bundle's pom.xml).
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(InterphaseInjectorProvider.class)
class HelpSnippetsTest {

	static final String HELP_PROPERTY = "interphase.help";

	private static final Pattern SNIPPET = Pattern.compile("<pre class=\"iph(-continued)?\">(.*?)</pre>",
			Pattern.DOTALL);

	@Inject
	private TestModels models;

	@Test
	void everySnippetOfTheGuideValidatesWithoutErrors() throws IOException {
		Map<String, String> snippets = snippets();
		List<String> errors = new ArrayList<>();
		snippets.forEach((name, text) -> {
			// "guide/materials.html#1" as a plain file name: the '#' would start a URI fragment
			String fileName = name.replaceAll("[^A-Za-z0-9-]", "_") + ".iph";
			Resource resource = models.parse(text, fileName, models.newResourceSet()).eResource();
			String described = TestModels.describe(resource, models.errors(resource));
			if (!described.isEmpty()) {
				errors.add(name + ":\n" + described);
			}
		});
		assertTrue(errors.isEmpty(), "snippets of the guide with errors:\n" + String.join("\n", errors));
	}

	/** The pages that teach the language each show it, so the test above has something to check on each. */
	@Test
	void thePagesThatTeachTheLanguageHaveSnippets() throws IOException {
		Map<String, String> snippets = snippets();
		for (String page : new String[] {"guide/language.html", "guide/materials.html", "guide/recipes.html",
				"guide/stacks.html", "guide/experiments.html", "guide/studies.html",
				"tutorial/first-interlayer.html"}) {
			assertTrue(snippets.containsKey(page + "#1"), "no .iph snippet in " + page + ": " + snippets.keySet());
		}
		assertTrue(snippets.get("tutorial/first-interlayer.html#1").contains("recipe MyAlumina on LATP {"),
				"the tutorial's first snippet should be read with its HTML entities decoded");
		String study = snippets.get("tutorial/first-interlayer.html#3");
		assertTrue(study.contains("recipe MyAlumina on LATP {") && study.contains("study MyCycles of MyCoatedLifetime"),
				"a continued snippet should be checked with the file it continues: " + study);
	}

	/** "page.html#n" to the n-th snippet of that page, HTML entities decoded. */
	private static Map<String, String> snippets() throws IOException {
		Path folder = folder();
		Map<String, String> snippets = new TreeMap<>();
		try (Stream<Path> pages = Files.walk(folder)) {
			for (Path page : pages.filter(p -> p.toString().endsWith(".html")).toList()) {
				Matcher matcher = SNIPPET.matcher(Files.readString(page));
				String file = "";
				for (int n = 1; matcher.find(); n++) {
					String name = folder.relativize(page).toString().replace('\\', '/') + "#" + n;
					file = (matcher.group(1) == null ? "" : file) + decode(matcher.group(2));
					snippets.put(name, file);
				}
			}
		}
		return snippets;
	}

	private static String decode(String html) {
		return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
	}

	private static Path folder() {
		String folder = System.getProperty(HELP_PROPERTY);
		if (folder == null || !Files.isDirectory(Path.of(folder))) {
			throw new IllegalStateException("help pages not found: set -D" + HELP_PROPERTY
					+ "=<repository>/bundles/org.interphase.ui.help/html (the tests' pom.xml does this), got " + folder);
		}
		return Path.of(folder);
	}
}
