package org.interphase.dsl.validation;

/**
 * The codes of Interphase's own validation issues, for quick fixes and for tools that filter problems. Each constant
 * says what the issue's data holds (the strings a quick fix needs), in order.
 */
public final class InterphaseIssueCodes {

	private static final String PREFIX = "org.interphase.dsl.";

	/** A unit the units table does not know, or bad unit syntax. Data: the unit as written. */
	public static final String UNKNOWN_UNIT = PREFIX + "unknownUnit";
	/** A unit of the wrong kind for its slot or property. Data: a unit of each accepted kind (e.g. "nm"). */
	public static final String WRONG_DIMENSION = PREFIX + "wrongDimension";
	/** A bare number where a unit is needed. Data: a unit of each accepted kind to append. */
	public static final String MISSING_UNIT = PREFIX + "missingUnit";
	/** A value no experiment can have: negative time or thickness, below absolute zero, pH 15, 0 repeats. */
	public static final String IMPOSSIBLE_VALUE = PREFIX + "impossibleValue";
	/** A property key the library does not know. Data: the closest known key, if any. */
	public static final String UNKNOWN_PROPERTY = PREFIX + "unknownProperty";
	/** An ALD/MLD temperature outside the library's process window. Data: lower end, upper end (as written). */
	public static final String OUTSIDE_PROCESS_WINDOW = PREFIX + "outsideProcessWindow";
	/** A purge shorter than the pulse before it. Data: the pulse duration (as written), a sufficient purge time. */
	public static final String PURGE_TOO_SHORT = PREFIX + "purgeTooShort";
	/** A precursor the library knows no route with for the film. Data: the known precursors. */
	public static final String UNKNOWN_PRECURSOR = PREFIX + "unknownPrecursor";
	/** A stack without an electrolyte layer. No data. */
	public static final String NO_ELECTROLYTE = PREFIX + "noElectrolyte";
	/** A stack with more than one negative electrode. No data. */
	public static final String TWO_ANODES = PREFIX + "twoAnodes";
	/** A coating made by a recipe that is not declared or imported. Data: the recipe name, the coating material. */
	public static final String MISSING_RECIPE = PREFIX + "missingRecipe";
	/** A chemical that is not declared or imported. Data: its name, the kind to declare it as ("precursor", "gas"). */
	public static final String MISSING_CHEMICAL = PREFIX + "missingChemical";
	/**
	 * Li metal directly on an electrolyte that Li reduces. Data: the electrolyte material, the name of a coating
	 * material the library knows a stable Li contact for.
	 */
	public static final String LI_ON_REDUCIBLE_ELECTROLYTE = PREFIX + "liOnReducibleElectrolyte";
	/** A cut-off voltage outside the cathode's window. Data: lower end, upper end of the window in V. */
	public static final String CUTOFF_OUTSIDE_WINDOW = PREFIX + "cutoffOutsideWindow";
	/** A plating current density above the known critical current density. Data: the critical current density. */
	public static final String ABOVE_CRITICAL_CURRENT = PREFIX + "aboveCriticalCurrent";
	/** A PyBaMM protocol sentence that cannot be read. No data. */
	public static final String BAD_PROTOCOL_SENTENCE = PREFIX + "badProtocolSentence";
	/** A measured data file that does not exist where the measurement says. Data: the path as written. */
	public static final String MISSING_MEASURED_FILE = PREFIX + "missingMeasuredFile";
	/**
	 * A measured data file that cannot be imported: a folder, empty, in a format no importer recognises, or malformed.
	 * Data: the path as written.
	 */
	public static final String UNREADABLE_MEASURED_FILE = PREFIX + "unreadableMeasuredFile";
	/** A measured file of the other kind: cycling data for an impedance measurement or vice versa. Data: the path. */
	public static final String WRONG_KIND_OF_MEASURED_FILE = PREFIX + "wrongKindOfMeasuredFile";
	/** fit, kramers-kronig or drt on an impedance measurement that names no measured file. No data. */
	public static final String ANALYSIS_WITHOUT_MEASURED_DATA = PREFIX + "analysisWithoutMeasuredData";
	/** A fit circuit or starting values that cannot be read or do not fit the circuit. No data. */
	public static final String BAD_FIT_CIRCUIT = PREFIX + "badFitCircuit";
	/**
	 * A measured spectrum the analyses asked of it cannot take: too few points, or points they refuse (a frequency
	 * given twice). Data: the number of points it has.
	 */
	public static final String SPECTRUM_NOT_ANALYSABLE = PREFIX + "spectrumNotAnalysable";
	/** A Kramers–Kronig M or DRT λ out of range. Data: the nearest value allowed, as written. */
	public static final String ANALYSIS_SETTING_OUT_OF_RANGE = PREFIX + "analysisSettingOutOfRange";

	/** A second declaration of a name already declared in the same file and package. Data: the name. */
	public static final String DUPLICATE_NAME = PREFIX + "duplicateName";
	/**
	 * Blocks, supercycles or repeat groups nested deeper than {@link org.interphase.dsl.Nesting#MAX_DEPTH} levels
	 * (a syntax error when parsed, a validation error in a model built otherwise). No data.
	 */
	public static final String NESTING_TOO_DEEP = PREFIX + "nestingTooDeep";
	/**
	 * A count or value above what Interphase simulates (points per decade, cycles, simulated steps, frequencies).
	 * Data: the largest value allowed, as written.
	 */
	public static final String ABOVE_LIMIT = PREFIX + "aboveLimit";

	/**
	 * A technique step naming a technique no installed plug-in contributes: an information for a documented
	 * preparation step, a warning for a likely misspelling of an installed technique. Data: the installed ids.
	 */
	public static final String UNKNOWN_TECHNIQUE = PREFIX + "unknownTechnique";
	/** A technique step parameter the technique does not declare. Data: the technique's parameter names. */
	public static final String UNKNOWN_TECHNIQUE_PARAMETER = PREFIX + "unknownTechniqueParameter";
	/** A required technique parameter that is not written. Data: the parameter with its default, e.g. "pulses = 1". */
	public static final String MISSING_TECHNIQUE_PARAMETER = PREFIX + "missingTechniqueParameter";
	/** A technique parameter outside the range the technique allows. Data: the parameter name. */
	public static final String TECHNIQUE_VALUE_OUT_OF_RANGE = PREFIX + "techniqueValueOutOfRange";
	/** Technique parameters the technique's own validation rejects, or a film it cannot deposit. No data. */
	public static final String INVALID_TECHNIQUE_STEP = PREFIX + "invalidTechniqueStep";

	private InterphaseIssueCodes() {
	}
	/** A material, process, interface or curve the library cannot take as written. No data. */
	public static final String LIBRARY_ENTRY = PREFIX + "libraryEntry";
	/** A study that cannot run as written: a range, path, output or bound. No data. */
	public static final String INVALID_STUDY = PREFIX + "invalidStudy";
	/**
	 * A property an experiment's simulation needs that its material does not state. Data: the material, the property,
	 * a line to complete (e.g. "ionicConductivity = 1e-4 S/cm at 25 °C").
	 */
	public static final String MISSING_PROPERTY = PREFIX + "missingProperty";
	/** An experiment the simulation would refuse for another reason than a missing property. No data. */
	public static final String CANNOT_SIMULATE = PREFIX + "cannotSimulate";
	/** A property whose value is still the example the missing-property quick fix wrote. No data. */
	public static final String EXAMPLE_VALUE = PREFIX + "exampleValue";
	/** The note the missing-property quick fix writes beside its example value, and by which it is recognised. */
	public static final String EXAMPLE_VALUE_NOTE = "example value: replace it with your measurement and its source";
}
