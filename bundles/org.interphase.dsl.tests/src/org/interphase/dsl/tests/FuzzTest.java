package org.interphase.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.StringInputStream;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * Randomly damaged copies of the example files, as a user typing produces them, go through parse, link and validate
 * without an exception, within {@value #LIMIT_MS} ms each, and with a line and column and a one-line message without
 * "NaN" on every diagnostic. A fixed seed makes every run the same; {@value #COUNT_PROPERTY} sets the number of copies
 * (500 in the suite, 10 000 by hand). Each failing copy is saved under {@value #OUT_PROPERTY} (target/fuzz-failures in
 * the Maven build) to reproduce. Extreme inputs (5 000-deep nesting, 10⁵ unresolved names, 10⁶-character tokens,
 * control characters) meet the same rules.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(InterphaseInjectorProvider.class)
class FuzzTest {

	static final String COUNT_PROPERTY = "interphase.fuzz.count";
	static final String SEED_PROPERTY = "interphase.fuzz.seed";
	static final String OUT_PROPERTY = "interphase.fuzz.out";
	static final long LIMIT_MS = 2000;

	/** A hung parse is reported after this long rather than blocking the build. */
	private static final long GIVE_UP_MS = 30_000;
	/** Words, numbers, strings and single punctuation marks; whitespace separates them. */
	private static final Pattern TOKEN = Pattern.compile("\"[^\"\\n]*\"?|[\\p{L}\\p{N}_.%°µΩÅ⁻¹²³^+\\-/*·]+|\\S");
	/** A unit after a number, e.g. "nm" in "15 nm" or "mA/cm2" in "0.1 mA/cm2". */
	private static final Pattern UNIT = Pattern.compile("(?<=[0-9] )[\\p{L}°µΩÅ%][^\\s;,{}]*");
	private static final List<String> WRONG_UNITS = List.of("nm", "K", "V", "S/cm", "mA/cm2", "g/L", "Hz", "h", "%",
			"kg", "Pa", "°C", "s", "M", "Ω cm2", "mAh/g", "cm^-1", "furlong", "s⁻¹", "");
	private static final String RANDOM_CHARACTERS = "{}();,:=.\"'*/+-±×x0123456789eE \n\tµΩ°Å%^⁻²abcXYZ_@#\\";

	@Inject
	private TestModels models;
	@Inject
	private IResourceValidator validator;

	@Test
	void mutatedExamplesNeverBreakTheToolchain() throws IOException, InterruptedException {
		int count = Integer.getInteger(COUNT_PROPERTY, 500);
		Random random = new Random(Long.getLong(SEED_PROPERTY, 20_261_122L));
		List<Path> files = ExampleFiles.all();
		List<String> texts = files.stream().map(FuzzTest::read).toList();

		// Class loading and the first parser run would otherwise count against the first mutant's time.
		parseLinkValidate(files, 0, texts.get(0));

		List<String> failures = new ArrayList<>();
		long slowest = 0;
		long total = 0;
		int withErrors = 0;
		ExecutorService worker = Executors.newSingleThreadExecutor();
		try {
			for (int i = 0; i < count; i++) {
				int index = random.nextInt(files.size());
				String mutant = mutate(texts.get(index), random);
				long start = System.nanoTime();
				Future<List<Issue>> result = worker.submit(() -> parseLinkValidate(files, index, mutant));
				String failure;
				List<Issue> issues = List.of();
				try {
					issues = result.get(GIVE_UP_MS, TimeUnit.MILLISECONDS);
					failure = checkIssues(issues);
				} catch (ExecutionException e) {
					failure = "exception escaped: " + stackTrace(e.getCause());
				} catch (TimeoutException e) {
					result.cancel(true);
					worker.shutdownNow();
					worker = Executors.newSingleThreadExecutor();
					failure = "no result after " + GIVE_UP_MS + " ms";
				}
				long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
				if (failure == null && millis > LIMIT_MS) {
					failure = "took " + millis + " ms (limit " + LIMIT_MS + " ms)";
				}
				slowest = Math.max(slowest, millis);
				total += millis;
				withErrors += issues.stream().anyMatch(issue -> issue.getSeverity() == Severity.ERROR) ? 1 : 0;
				if (failure != null) {
					failures.add("mutant " + i + " of " + files.get(index).getFileName() + " (saved as "
							+ save(i, files.get(index), mutant) + "): " + failure);
				}
			}
		} finally {
			worker.shutdownNow();
		}
		System.out.printf("FuzzTest: %d mutants of %d files, %d with errors, %d failures; parse+link+validate "
				+ "mean %.1f ms, slowest %d ms%n", count, files.size(), withErrors, failures.size(),
				(double) total / Math.max(count, 1), slowest);
		assertTrue(failures.isEmpty(), failures.size() + " of " + count + " mutants failed:\n"
				+ String.join("\n", failures.subList(0, Math.min(20, failures.size()))));
	}

	/** The one timing bound of the extremes: a file with 10⁵ names that resolve to nothing. */
	static final long UNRESOLVED_LIMIT_MS = 5000;
	private static final int UNRESOLVED = 100_000;
	private static final int DEEP = 5000;
	private static final int LONG = 1_000_000;
	private static final String CONTROLS = "\r\n\u0000\u0007\u001b\u007f\u0085\u009b\u2028\u2029\t";

	@Test
	void extremeInputsNeverBreakTheToolchain() throws Exception {
		Random random = new Random(Long.getLong(SEED_PROPERTY, 20_261_122L));
		Map<String, String> inputs = new LinkedHashMap<>();
		inputs.put("5000 nested repeat groups", "material Li \"Li\"\nstack S { lithium Li }\n"
				+ "experiment E on S { cycling {\n" + "repeat 2 {\n".repeat(DEEP) + "\"Rest for 1 hour\"\n"
				+ "}\n".repeat(DEEP) + "} }\n");
		inputs.put("5000 nested supercycles", "recipe R {\n" + "supercycle at 200 °C {\n".repeat(DEEP)
				+ "ald Al2O3-ALD { purge 1 s } x 1\n" + "} x 2\n".repeat(DEEP) + "}\n");
		inputs.put("5000 unclosed blocks", "recipe R {\n" + "supercycle {\n".repeat(DEEP));
		inputs.put("10^6-character unit", "stack S { area 1 " + letters(random, LONG) + " }\n");
		inputs.put("10^6-character name", "material " + letters(random, LONG) + "\n");
		inputs.put("10^6-character string", "material M \"" + letters(random, LONG) + "\"\n");
		inputs.put("10^6-character number", "stack S { area 1" + "0".repeat(LONG) + " cm2 }\n");
		inputs.put("extreme values", """
				material Li "Li"
				stack S { temperature 25 °C lithium Li }
				experiment E on S {
				  impedance from 1e300 Hz to 1e-300 Hz, 1000000 points per decade
				  impedance from 1e400 Hz to 1 Hz
				  cycling { repeat 1000000 { "Charge at 1e400C until 1e400 V", "Discharge at 1C until -1e300 V" } }
				  plating-stripping 1e300 mA/cm2 half-cycle 1e-300 s for 1e300 h
				}
				recipe Hot { ald Al2O3-ALD at 2000 °C { pulse TMA 1e300 s; purge 1 s } x 2147483647 }
				recipe Cold { ald Al2O3-ALD at -100 °C { purge 1 s } x 1 }
				""");
		List<String> examples = ExampleFiles.all().stream().map(FuzzTest::read).toList();
		for (int i = 0; i < 20; i++) {
			inputs.put("control characters " + i, insertControls(examples.get(i % examples.size()), random));
		}

		// Class loading and the first parser run would otherwise count against the timed file.
		parseLinkValidate(unresolved(UNRESOLVED / 10));
		List<String> failures = new ArrayList<>();
		ExecutorService worker = Executors.newSingleThreadExecutor();
		try {
			for (Map.Entry<String, String> input : inputs.entrySet()) {
				String failure = check(worker, input.getValue(), GIVE_UP_MS);
				if (failure != null) {
					failures.add(input.getKey() + ": " + failure);
				}
			}
			ThreadMXBean threads = ManagementFactory.getThreadMXBean();
			String names = unresolved(UNRESOLVED);
			long start = System.nanoTime();
			Future<long[]> timed = worker.submit(() -> {
				long cpu = threads.getCurrentThreadCpuTime();
				List<Issue> issues = parseLinkValidate(names);
				return new long[] { threads.getCurrentThreadCpuTime() - cpu, issues.size() };
			});
			long[] result = timed.get(GIVE_UP_MS, TimeUnit.MILLISECONDS);
			long cpuMillis = TimeUnit.NANOSECONDS.toMillis(result[0]);
			System.out.printf("FuzzTest: %d unresolved names: %d issues, parse+link+validate %d ms CPU, %d ms wall%n",
					UNRESOLVED, result[1], cpuMillis, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
			// CPU time of the validating thread, so that other builds on a shared machine do not fail the bound.
			if (cpuMillis > UNRESOLVED_LIMIT_MS) {
				failures.add(UNRESOLVED + " unresolved names took " + cpuMillis + " ms (limit " + UNRESOLVED_LIMIT_MS
						+ " ms)");
			}
			if (result[1] < UNRESOLVED) {
				failures.add(UNRESOLVED + " unresolved names gave only " + result[1] + " issues");
			}
		} finally {
			worker.shutdownNow();
		}
		assertTrue(failures.isEmpty(), String.join("\n", failures));
	}

	/** Null if {@code text} goes through parse, link and validate with well-formed diagnostics, else what failed. */
	private String check(ExecutorService worker, String text, long limitMillis) throws InterruptedException {
		Future<List<Issue>> result = worker.submit(() -> parseLinkValidate(text));
		try {
			return checkIssues(result.get(limitMillis, TimeUnit.MILLISECONDS));
		} catch (ExecutionException e) {
			return "exception escaped: " + stackTrace(e.getCause());
		} catch (TimeoutException e) {
			result.cancel(true);
			return "no result after " + limitMillis + " ms";
		}
	}

	/** A stack whose every layer names a material that is declared nowhere. */
	private static String unresolved(int count) {
		StringBuilder text = new StringBuilder("stack S {\n");
		for (int i = 0; i < count; i++) {
			text.append("  coating Missing").append(i).append('\n');
		}
		return text.append("}\n").toString();
	}

	private static String letters(Random random, int count) {
		StringBuilder text = new StringBuilder(count);
		for (int i = 0; i < count; i++) {
			text.append((char) ('a' + random.nextInt(26)));
		}
		return text.toString();
	}

	private static String insertControls(String text, Random random) {
		StringBuilder mutant = new StringBuilder(text);
		for (int i = 0; i < 5; i++) {
			mutant.insert(random.nextInt(mutant.length() + 1), CONTROLS.charAt(random.nextInt(CONTROLS.length())));
		}
		return mutant.toString();
	}

	/** A file on its own in a fresh resource set. */
	private List<Issue> parseLinkValidate(String text) throws IOException {
		Resource resource = models.newResourceSet().createResource(URI.createURI("extreme.iph"));
		resource.load(new StringInputStream(text), null);
		EcoreUtil.resolveAll(resource.getResourceSet());
		return validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
	}

	/**
	 * The mutated file among the unchanged others, as in a project where one file is being edited: it imports
	 * materials from them and they may refer to it.
	 */
	private List<Issue> parseLinkValidate(List<Path> files, int mutated, String mutant) throws IOException {
		XtextResourceSet resourceSet = models.newResourceSet();
		for (int i = 0; i < files.size(); i++) {
			if (i != mutated) {
				resourceSet.getResource(ExampleFiles.uri(files.get(i)), true);
			}
		}
		Resource resource = resourceSet.createResource(URI.createURI("mutant.iph"));
		resource.load(new StringInputStream(mutant), null);
		EcoreUtil.resolveAll(resourceSet);
		return validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
	}

	/**
	 * Null if every diagnostic has a line and column a user can go to and a message that prints as one line of
	 * {@code file:line:col: severity: message} with no "NaN" or "Infinity" in it, else what is wrong.
	 */
	private static String checkIssues(List<Issue> issues) {
		for (Issue issue : issues) {
			if (issue.getLineNumber() == null || issue.getLineNumber() < 1 || issue.getColumn() == null
					|| issue.getColumn() < 1) {
				return "no line and column (" + issue.getLineNumber() + ":" + issue.getColumn() + ") on: "
						+ issue.getMessage();
			}
			if (issue.getMessage().chars().anyMatch(FuzzTest::breaksALine)) {
				return "a control character in: " + issue.getMessage().replaceAll("\\p{Cntrl}|\u2028|\u2029", "?");
			}
			if (issue.getMessage().matches(".*\\b(NaN|Infinity)\\b.*")) {
				return "a non-finite number in: " + issue.getMessage();
			}
		}
		return null;
	}

	/** C0 and C1 controls, DEL and the Unicode line and paragraph separators: terminals end or garble a line at them. */
	static boolean breaksALine(int c) {
		return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029';
	}

	/** One to three edits of the kinds users make: lost and doubled tokens, cut lines, wrong units, typos. */
	static String mutate(String text, Random random) {
		String mutant = text;
		int edits = 1 + random.nextInt(3);
		for (int i = 0; i < edits; i++) {
			mutant = switch (random.nextInt(5)) {
			case 0 -> deleteToken(mutant, random);
			case 1 -> duplicateToken(mutant, random);
			case 2 -> cutLine(mutant, random);
			case 3 -> swapUnit(mutant, random);
			default -> insertCharacters(mutant, random);
			};
		}
		return mutant;
	}

	private static String deleteToken(String text, Random random) {
		int[] token = randomMatch(TOKEN, text, random);
		return token == null ? text : text.substring(0, token[0]) + text.substring(token[1]);
	}

	private static String duplicateToken(String text, Random random) {
		int[] token = randomMatch(TOKEN, text, random);
		return token == null ? text
				: text.substring(0, token[1]) + " " + text.substring(token[0], token[1]) + text.substring(token[1]);
	}

	/** Removes a whole line, or the end of one from a random column. */
	private static String cutLine(String text, Random random) {
		List<String> lines = new ArrayList<>(text.lines().toList());
		if (lines.isEmpty()) {
			return text;
		}
		int line = random.nextInt(lines.size());
		if (random.nextBoolean()) {
			lines.remove(line);
		} else {
			lines.set(line, lines.get(line).substring(0, random.nextInt(lines.get(line).length() + 1)));
		}
		return String.join("\n", lines);
	}

	private static String swapUnit(String text, Random random) {
		int[] unit = randomMatch(UNIT, text, random);
		String wrong = WRONG_UNITS.get(random.nextInt(WRONG_UNITS.size()));
		return unit == null ? text : text.substring(0, unit[0]) + wrong + text.substring(unit[1]);
	}

	private static String insertCharacters(String text, Random random) {
		StringBuilder characters = new StringBuilder();
		for (int i = 1 + random.nextInt(4); i > 0; i--) {
			characters.append(RANDOM_CHARACTERS.charAt(random.nextInt(RANDOM_CHARACTERS.length())));
		}
		int at = random.nextInt(text.length() + 1);
		return text.substring(0, at) + characters + text.substring(at);
	}

	/** Start and end of a random match, or null if there is none. */
	private static int[] randomMatch(Pattern pattern, String text, Random random) {
		List<int[]> matches = new ArrayList<>();
		Matcher matcher = pattern.matcher(text);
		while (matcher.find()) {
			matches.add(new int[] { matcher.start(), matcher.end() });
		}
		return matches.isEmpty() ? null : matches.get(random.nextInt(matches.size()));
	}

	private static Path save(int number, Path original, String mutant) {
		Path folder = Path.of(System.getProperty(OUT_PROPERTY, "target/fuzz-failures"));
		Path file = folder.resolve("mutant-" + number + "-" + original.getFileName());
		try {
			Files.createDirectories(folder);
			Files.writeString(file, mutant);
			return file.toAbsolutePath();
		} catch (IOException e) {
			throw new UncheckedIOException("cannot save the failing mutant to " + file, e);
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		} catch (IOException e) {
			throw new UncheckedIOException("cannot read " + file, e);
		}
	}

	private static String stackTrace(Throwable throwable) {
		StringWriter text = new StringWriter();
		throwable.printStackTrace(new PrintWriter(text));
		return text.toString();
	}
}
