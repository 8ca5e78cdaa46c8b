package org.interphase.dsl.validation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.interphase.io.DataImporter;
import org.interphase.io.DataImporters;
import org.interphase.io.ImportException;
import org.interphase.io.MeasuredData;
import org.interphase.io.MeasuredSpectrum;
import org.interphase.sim.SimulationException;
import org.interphase.sim.impedance.Spectrum;

/**
 * Reads measured data files for validation and remembers what each held, by path, size and modification time: the
 * editor validates on every pause in typing, and a large cycling file must not be parsed again each time. Only the
 * outcome is kept, not the data.
 */
final class MeasuredFiles {

	/**
	 * What a file holds, or why it cannot be imported (a {@code file:line: ...} message where it has a line); for a
	 * spectrum, its number of points and of capacitive ones (Z'' ≤ 0), which the analyses of the spectrum need enough
	 * of, and why the analyses cannot take its points (a repeated frequency, say), or null.
	 */
	record Outcome(Kind kind, String problem, int points, int capacitivePoints, String unanalysable) {

		Outcome(Kind kind, String problem) {
			this(kind, problem, 0, 0, null);
		}
	}

	enum Kind {
		MISSING, SPECTRUM, CYCLING, UNREADABLE
	}

	private static final int CACHED_FILES = 64;

	private static final Map<Key, Outcome> CACHE = new LinkedHashMap<>(16, 0.75f, true) {
		private static final long serialVersionUID = 1L;

		@Override
		protected boolean removeEldestEntry(Map.Entry<Key, Outcome> eldest) {
			return size() > CACHED_FILES;
		}
	};

	private record Key(Path file, long size, FileTime modified) {
	}

	private MeasuredFiles() {
	}

	static Outcome read(Path file) {
		BasicFileAttributes attributes;
		try {
			attributes = Files.readAttributes(file, BasicFileAttributes.class);
		} catch (NoSuchFileException e) {
			return new Outcome(Kind.MISSING, "it does not exist");
		} catch (IOException e) {
			return new Outcome(Kind.UNREADABLE, "it cannot be read (" + e.getMessage() + ")");
		}
		if (attributes.isDirectory()) {
			return new Outcome(Kind.UNREADABLE, "it is a folder, not a file; name the data file itself");
		}
		if (attributes.size() == 0) {
			return new Outcome(Kind.UNREADABLE, "the file is empty; export the measurement again");
		}
		Key key = new Key(file.toAbsolutePath().normalize(), attributes.size(), attributes.lastModifiedTime());
		synchronized (CACHE) {
			Outcome known = CACHE.get(key);
			if (known != null) {
				return known;
			}
		}
		Outcome outcome = importing(file);
		synchronized (CACHE) {
			CACHE.put(key, outcome);
		}
		return outcome;
	}

	private static String unanalysable(MeasuredSpectrum spectrum) {
		try {
			Spectrum.of(spectrum.frequency(), spectrum.real(), spectrum.imaginary());
			return null;
		} catch (SimulationException e) {
			return e.getMessage();
		}
	}

	private static Outcome importing(Path file) {
		var importers = DataImporters.all();
		try {
			DataImporter importer = DataImporters.forFile(file, importers).orElse(null);
			if (importer == null) {
				return new Outcome(Kind.UNREADABLE, "no importer recognises its format; Interphase reads "
						+ importers.stream().map(DataImporter::label).collect(Collectors.joining(", ")));
			}
			MeasuredData data = importer.read(file);
			if (data instanceof MeasuredSpectrum spectrum) {
				return new Outcome(Kind.SPECTRUM, null, spectrum.size(),
						(int) Arrays.stream(spectrum.imaginary()).filter(z -> z <= 0).count(), unanalysable(spectrum));
			}
			return new Outcome(Kind.CYCLING, null);
		} catch (ImportException e) {
			return new Outcome(Kind.UNREADABLE, e.getMessage());
		} catch (RuntimeException e) {
			// A contributed importer that fails otherwise must not break validation; it is named instead.
			return new Outcome(Kind.UNREADABLE, "its importer failed (" + e + ")");
		}
	}
}
