package org.interphase.dsl.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.eclipse.xtext.validation.Check;
import org.interphase.core.units.Dimension;
import org.interphase.library.AldProcess;
import org.interphase.library.MaterialLibrary;
import org.interphase.library.SourcedRange;
import org.interphase.library.SupercycleProcess;
import org.interphase.model.Chemical;
import org.interphase.model.ChemicalKind;
import org.interphase.model.Cycle;
import org.interphase.model.DepositionCycle;
import org.interphase.model.HalfStep;
import org.interphase.model.InterphasePackage;
import org.interphase.model.Material;
import org.interphase.model.Pulse;
import org.interphase.model.Purge;
import org.interphase.model.Quantity;
import org.interphase.model.Supercycle;

/**
 * ALD and MLD cycles against what the library knows of their films: the temperature window of self-limited growth,
 * the precursors with a known route, and purges long enough to clear the reactor.
 */
public class RecipeChecks extends InterphaseCheckBase {

	private static final Pattern PARENTHESES = Pattern.compile("\\(([^)]*)\\)");

	/** A process window with where it comes from. */
	private record Window(SourcedRange range, String process, String origin) {
		boolean contains(double kelvin) {
			return kelvin >= range.min().si() && kelvin <= range.max().si();
		}
	}

	@Check
	public void checkProcessWindow(Cycle cycle) {
		Optional<Double> temperature = si(temperature(cycle), Dimension.TEMPERATURE);
		Optional<org.interphase.library.Material> film = LibraryFacts.entry(cycle.getFilm());
		if (temperature.isEmpty() || film.isEmpty()) {
			return;
		}
		MaterialLibrary library = LibraryFacts.library(cycle);
		List<Window> windows = windows(film.get().id(), library);
		if (windows.isEmpty()) {
			checkGrowthData(cycle, temperature.get(), film.get().id(), library);
		} else if (windows.stream().noneMatch(window -> window.contains(temperature.get()))) {
			Window first = windows.get(0);
			String all = windows.stream()
					.map(w -> w.range().min().text() + " .. " + w.range().max().text() + " (" + w.process() + ", "
							+ LibraryFacts.cite(w.range().source()) + ", " + w.origin() + ")")
					.collect(Collectors.joining("; "));
			warning(text(temperature(cycle)) + " is outside the process window of " + film.get().id() + ": " + all
					+ "; growth may not be self-limiting there", cycle.getTemperature() != null ? cycle : outer(cycle),
					InterphasePackage.Literals.CYCLE__TEMPERATURE, InterphaseIssueCodes.OUTSIDE_PROCESS_WINDOW,
					first.range().min().text(), first.range().max().text());
		}
	}

	/**
	 * Without a stated window, the temperatures of the library's growth data are the range it can speak for: outside
	 * it the growth engine takes the growth per cycle of the nearest entry, which may be a doubtful one.
	 */
	private void checkGrowthData(Cycle cycle, double kelvin, String film, MaterialLibrary library) {
		List<AldProcess> processes = library.processes(AldProcess.class).stream()
				.filter(p -> p.material().equals(film)).toList();
		if (processes.isEmpty()) {
			return;
		}
		Comparator<AldProcess> byLowest = Comparator.comparingDouble(p -> p.gpc().get(0).temperature().si());
		Comparator<AldProcess> byHighest = Comparator
				.comparingDouble(p -> p.gpc().get(p.gpc().size() - 1).temperature().si());
		AldProcess lowest = processes.stream().min(byLowest).orElseThrow();
		AldProcess highest = processes.stream().max(byHighest).orElseThrow();
		org.interphase.core.units.Quantity min = lowest.gpc().get(0).temperature();
		org.interphase.core.units.Quantity max = highest.gpc().get(highest.gpc().size() - 1).temperature();
		if (kelvin >= min.si() && kelvin <= max.si()) {
			return;
		}
		AldProcess nearest = kelvin < min.si() ? lowest : highest;
		String doubt = nearest.note().startsWith("LOW CONFIDENCE") ? " (" + nearest.note() + ")" : "";
		warning(text(temperature(cycle)) + " is outside the temperatures the library has growth data for " + film
				+ ": " + min.text() + " (" + where(lowest) + ") .. " + max.text() + " (" + where(highest)
				+ "); the library states no process window for it, so the growth per cycle of " + nearest.id()
				+ doubt + " would be used", cycle.getTemperature() != null ? cycle : outer(cycle),
				InterphasePackage.Literals.CYCLE__TEMPERATURE, InterphaseIssueCodes.OUTSIDE_PROCESS_WINDOW,
				min.text(), max.text());
	}

	@Check
	public void checkPrecursors(DepositionCycle cycle) {
		List<Known> known = knownPrecursors(cycle);
		if (known.isEmpty()) {
			return;
		}
		for (HalfStep step : cycle.getHalfSteps()) {
			if (step instanceof Pulse pulse && pulse.getChemical() != null && !pulse.getChemical().eIsProxy()
					&& pulse.getChemical().getKind() == ChemicalKind.PRECURSOR
					&& known.stream().noneMatch(k -> matches(pulse.getChemical(), k.name()))) {
				String listed = known.stream().map(k -> k.name() + " (" + k.where() + ")").distinct()
						.collect(Collectors.joining(", "));
				warning("the library knows no route to " + filmName(cycle) + " with the precursor "
						+ pulse.getChemical().getName() + "; it knows " + listed, pulse,
						InterphasePackage.Literals.PULSE__CHEMICAL, InterphaseIssueCodes.UNKNOWN_PRECURSOR,
						known.stream().map(Known::name).distinct().toArray(String[]::new));
			}
		}
	}

	@Check
	public void checkPurges(DepositionCycle cycle) {
		Pulse previous = null;
		for (HalfStep step : cycle.getHalfSteps()) {
			if (step instanceof Pulse pulse) {
				previous = pulse;
			} else if (step instanceof Purge purge && previous != null) {
				Optional<Double> pulseTime = si(previous.getDuration(), Dimension.TIME);
				Optional<Double> purgeTime = si(purge.getDuration(), Dimension.TIME);
				// A purge must at least match the dose it clears, or the next pulse meets leftover precursor (CVD).
				if (pulseTime.isPresent() && purgeTime.isPresent() && purgeTime.get() < pulseTime.get()) {
					String pulseText = text(previous.getDuration());
					warning("the purge of " + text(purge.getDuration()) + " is shorter than the " + pulseText + " "
							+ (previous.getChemical() == null || previous.getChemical().eIsProxy() ? ""
									: previous.getChemical().getName() + " ")
							+ "pulse before it; leftover precursor would react in the gas phase (CVD growth)", purge,
							InterphasePackage.Literals.HALF_STEP__DURATION, InterphaseIssueCodes.PURGE_TOO_SHORT,
							pulseText, pulseText);
				}
				previous = null;
			}
		}
	}

	/** The cycle's own temperature or, for a sub-cycle, that of the nearest supercycle that states one. */
	private static Quantity temperature(Cycle cycle) {
		for (Object current = cycle; current instanceof Cycle c; current = c.eContainer()) {
			if (c.getTemperature() != null) {
				return c.getTemperature();
			}
		}
		return null;
	}

	/** The supercycle whose temperature a sub-cycle inherits, where the warning belongs. */
	private static Cycle outer(Cycle cycle) {
		for (Object current = cycle.eContainer(); current instanceof Cycle c; current = c.eContainer()) {
			if (c.getTemperature() != null) {
				return c;
			}
		}
		return cycle;
	}

	private static List<Window> windows(String material, MaterialLibrary library) {
		List<Window> windows = new ArrayList<>();
		library.processes(AldProcess.class).stream().filter(p -> p.material().equals(material))
				.forEach(p -> p.window().ifPresent(w -> windows.add(new Window(w, p.id(), p.origin().toString()))));
		library.processes(SupercycleProcess.class).stream().filter(p -> p.material().equals(material))
				.forEach(p -> p.window().ifPresent(w -> windows.add(new Window(w, p.id(), p.origin().toString()))));
		return windows;
	}

	/** A precursor as the library names it, and the process and line that name it. */
	private record Known(String name, String where) {
	}

	/**
	 * The precursors of the film's ALD/MLD processes; for a sub-cycle whose film the library has no process for,
	 * the reactants of the sub-cycles of the enclosing supercycle's library entries.
	 */
	private static List<Known> knownPrecursors(DepositionCycle cycle) {
		MaterialLibrary library = LibraryFacts.library(cycle);
		List<Known> known = new ArrayList<>();
		LibraryFacts.entry(cycle.getFilm()).ifPresent(film -> library.processes(AldProcess.class).stream()
				.filter(p -> p.material().equals(film.id()))
				.forEach(p -> split(p.precursor(), "\\+").forEach(name -> known.add(new Known(name, where(p))))));
		if (known.isEmpty() && cycle.eContainer() instanceof Supercycle supercycle) {
			LibraryFacts.entry(supercycle.getFilm()).ifPresent(film -> library.processes(SupercycleProcess.class)
					.stream().filter(p -> p.material().equals(film.id()))
					.forEach(p -> p.subcycles().forEach(sub -> {
						List<String> reactants = sub.process().flatMap(id -> library.process(id, AldProcess.class))
								.map(ald -> split(ald.precursor() + "/" + ald.coReactant(), "[/+]"))
								.orElseGet(() -> split(sub.reactants(), "[/+]"));
						reactants.forEach(name -> known.add(new Known(name, p.id() + ", " + p.origin())));
					})));
		}
		return known;
	}

	private static String where(AldProcess process) {
		return process.id() + ", " + process.origin();
	}

	private static List<String> split(String names, String separator) {
		List<String> parts = new ArrayList<>();
		for (String part : names.split(separator)) {
			if (!part.isBlank()) {
				parts.add(part.strip());
			}
		}
		return parts;
	}

	/**
	 * Whether a chemical is the one the library names, ignoring case and punctuation, so that TaOEt5 is "Ta(OEt)5"
	 * and DEZ is "diethylzinc (DEZ)"; the formula counts as well as the name.
	 */
	private static boolean matches(Chemical chemical, String libraryName) {
		Set<String> candidates = new LinkedHashSet<>();
		candidates.add(normal(libraryName));
		candidates.add(normal(PARENTHESES.matcher(libraryName).replaceAll("")));
		Matcher inner = PARENTHESES.matcher(libraryName);
		while (inner.find()) {
			candidates.add(normal(inner.group(1)));
		}
		candidates.remove("");
		return candidates.contains(normal(chemical.getName()))
				|| chemical.getFormula() != null && candidates.contains(normal(chemical.getFormula()));
	}

	private static String normal(String text) {
		return text == null ? "" : text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
	}

	private static String filmName(DepositionCycle cycle) {
		Material film = cycle.getFilm() != null ? cycle.getFilm()
				: cycle.eContainer() instanceof Supercycle supercycle ? supercycle.getFilm() : null;
		return film == null || film.eIsProxy() ? "this film" : film.getName();
	}
}
