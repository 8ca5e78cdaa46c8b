package org.interphase.dsl.validation;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.emf.common.CommonPlugin;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.validation.Check;
import org.interphase.model.ImpedanceSweep;
import org.interphase.model.InterphasePackage;
import org.interphase.model.Measurement;

/**
 * Measured data files named by measurements must import as the kind of data the measurement makes, because the views
 * overlay them and fits read them after a run; finding a typo in the path or a damaged export here is cheaper than
 * after a long simulation. Files are read through {@link MeasuredFiles}, which remembers what each held.
 */
public class MeasuredDataChecks extends InterphaseCheckBase {

	@Check
	public void checkMeasuredFile(Measurement measurement) {
		String path = measurement.getMeasuredData();
		Resource resource = measurement.eResource();
		if (path == null || resource == null || resource.getResourceSet() == null) {
			return;
		}
		if (path.isBlank()) {
			error("The measurement names no measured data file (measured \"" + path + "\"); write the path of the file"
					+ " (relative to this file) or remove 'measured'.", measurement,
					InterphasePackage.Literals.MEASUREMENT__MEASURED_DATA, InterphaseIssueCodes.MISSING_MEASURED_FILE,
					path);
			return;
		}
		URI file = resolve(path, resource.getURI());
		Path localFile = local(file);
		if (localFile == null) {
			// Not on the local file system (e.g. inside an archive): its content cannot be imported, only found.
			if (file == null || !resource.getResourceSet().getURIConverter().exists(file, null)) {
				missing(measurement, path, resource);
			}
			return;
		}
		MeasuredFiles.Outcome outcome = MeasuredFiles.read(localFile);
		switch (outcome.kind()) {
			case MISSING -> missing(measurement, path, resource);
			case UNREADABLE -> error("The measured data file \"" + path + "\" cannot be imported: " + outcome.problem()
					+ (outcome.problem().endsWith(".") ? "" : "."), measurement,
					InterphasePackage.Literals.MEASUREMENT__MEASURED_DATA,
					InterphaseIssueCodes.UNREADABLE_MEASURED_FILE, path);
			case SPECTRUM, CYCLING -> checkKind(measurement, path, outcome.kind() == MeasuredFiles.Kind.SPECTRUM);
		}
	}

	private void checkKind(Measurement measurement, String path, boolean spectrum) {
		boolean impedance = measurement instanceof ImpedanceSweep;
		if (impedance != spectrum) {
			error("The measured data file \"" + path + "\" holds " + (spectrum ? "an impedance spectrum" : "cycling data")
					+ ", but this measurement " + (impedance ? "is an impedance sweep" : "makes cycling data")
					+ "; name the file measured " + (impedance ? "by impedance spectroscopy" : "by cycling") + ".",
					measurement, InterphasePackage.Literals.MEASUREMENT__MEASURED_DATA,
					InterphaseIssueCodes.WRONG_KIND_OF_MEASURED_FILE, path);
		}
	}

	private void missing(Measurement measurement, String path, Resource resource) {
		error("The measured data file \"" + path + "\" does not exist next to " + resource.getURI().lastSegment()
				+ "; put the file there or correct the path (it is relative to this file).", measurement,
				InterphasePackage.Literals.MEASUREMENT__MEASURED_DATA, InterphaseIssueCodes.MISSING_MEASURED_FILE, path);
	}

	/**
	 * The measured file of {@code measurement} on the local file system, where importers can read it; empty if it names
	 * none, or names one that is not a local file path (inside an archive, say).
	 */
	public static Optional<Path> localFile(Measurement measurement) {
		String path = measurement.getMeasuredData();
		Resource resource = measurement.eResource();
		if (path == null || path.isBlank() || resource == null) {
			return Optional.empty();
		}
		return Optional.ofNullable(local(resolve(path, resource.getURI())));
	}

	private static Path local(URI file) {
		URI local = file == null ? null : CommonPlugin.resolve(file);
		if (local == null || !local.isFile()) {
			return null;
		}
		try {
			return Path.of(local.toFileString());
		} catch (InvalidPathException e) {
			return null;
		}
	}

	/** The file's URI, relative to the DSL file; null for a path that is not a valid relative or absolute path. */
	static URI resolve(String path, URI base) {
		try {
			URI relative = URI.createFileURI(path);
			return relative.isRelative() && base.isHierarchical() && !base.isRelative() ? relative.resolve(base)
					: relative;
		} catch (IllegalArgumentException e) {
			return null;
		}
	}
}
