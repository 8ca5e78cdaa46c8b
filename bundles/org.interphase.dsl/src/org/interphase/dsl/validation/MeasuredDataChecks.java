package org.interphase.dsl.validation;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.validation.Check;
import org.interphase.model.InterphasePackage;
import org.interphase.model.Measurement;

/**
 * Measured data files named by measurements must exist, because the views overlay them and fits read them after
 * a run; finding a typo in the path here is cheaper than after a long simulation.
 */
public class MeasuredDataChecks extends InterphaseCheckBase {

	@Check
	public void checkMeasuredFileExists(Measurement measurement) {
		String path = measurement.getMeasuredData();
		Resource resource = measurement.eResource();
		if (path == null || resource == null || resource.getResourceSet() == null) {
			return;
		}
		URI file = resolve(path, resource.getURI());
		if (file == null || !resource.getResourceSet().getURIConverter().exists(file, null)) {
			error("The measured data file \"" + path + "\" does not exist next to " + resource.getURI().lastSegment()
					+ "; put the file there or correct the path (it is relative to this file).", measurement,
					InterphasePackage.Literals.MEASUREMENT__MEASURED_DATA, InterphaseIssueCodes.MISSING_MEASURED_FILE,
					path);
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
