package org.interphase.dsl.study;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.eclipse.emf.ecore.EClass;
import org.interphase.core.units.Dimension;
import org.interphase.model.Experiment;
import org.interphase.model.ImpedanceSweep;
import org.interphase.model.InterphasePackage;
import org.interphase.model.Measurement;
import org.interphase.model.PlatingStripping;

/**
 * The outputs a study can report for each point, by the names a study file writes ({@code output ASR, lifetime}):
 * each is a key result of one kind of measurement, read from the run's summary (the rows of summary.csv) under
 * {@link #summaryName()}. Validation, content assist and the study engine all take the names from here.
 */
public enum StudyOutput {

    ASR("area-specific resistance", "ohm cm2", Dimension.AREAL_RESISTANCE, InterphasePackage.Literals.IMPEDANCE_SWEEP),
    R("total resistance", "ohm", Dimension.RESISTANCE, InterphasePackage.Literals.IMPEDANCE_SWEEP),
    ohmicResistance("ohmic resistance", "ohm", Dimension.RESISTANCE, InterphasePackage.Literals.IMPEDANCE_SWEEP),
    chargeTransferResistance("charge-transfer resistance", "ohm", Dimension.RESISTANCE,
            InterphasePackage.Literals.IMPEDANCE_SWEEP),
    conductivity("effective conductivity", "S/cm", Dimension.CONDUCTIVITY,
            InterphasePackage.Literals.IMPEDANCE_SWEEP),
    lifetime("lifetime", "h", Dimension.TIME, InterphasePackage.Literals.PLATING_STRIPPING),
    initialOverpotential("overpotential, first half-cycle", "mV", Dimension.VOLTAGE,
            InterphasePackage.Literals.PLATING_STRIPPING),
    overpotential("overpotential, last half-cycle", "mV", Dimension.VOLTAGE,
            InterphasePackage.Literals.PLATING_STRIPPING),
    shorted("failed", "", Dimension.NONE, InterphasePackage.Literals.PLATING_STRIPPING),
    cycles("cycles", "", Dimension.NONE, InterphasePackage.Literals.CYCLING_PROTOCOL,
            InterphasePackage.Literals.RATE_CAPABILITY),
    initialCapacity("discharge capacity, cycle 1", "mAh/g", Dimension.SPECIFIC_CAPACITY,
            InterphasePackage.Literals.CYCLING_PROTOCOL, InterphasePackage.Literals.RATE_CAPABILITY),
    /** The last cycle's: the summary names it "discharge capacity, cycle N". */
    capacity("discharge capacity, cycle ", "mAh/g", Dimension.SPECIFIC_CAPACITY,
            InterphasePackage.Literals.CYCLING_PROTOCOL, InterphasePackage.Literals.RATE_CAPABILITY),
    retention("capacity retention, cycle ", "%", Dimension.NONE, InterphasePackage.Literals.CYCLING_PROTOCOL,
            InterphasePackage.Literals.RATE_CAPABILITY),
    CE("mean coulombic efficiency", "%", Dimension.NONE, InterphasePackage.Literals.CYCLING_PROTOCOL,
            InterphasePackage.Literals.RATE_CAPABILITY),
    /** The thickness of Li one half-cycle moves; a ramp's half-cycles move more and more. */
    platedLithium("Li plated per half-cycle", "µm", Dimension.LENGTH,
            "a plating-stripping measurement without a ramp", measurement -> measurement instanceof PlatingStripping plating && plating.getRampStep() == null),
    onset("onset potential", "V", Dimension.VOLTAGE, InterphasePackage.Literals.VOLTAMMETRY),
    /** Of the Arrhenius line an impedance sweep at two or more temperatures fits. */
    activationEnergy("activation energy", "eV", Dimension.ENERGY,
            "an impedance measurement at two or more temperatures", measurement -> measurement instanceof ImpedanceSweep sweep && sweep.getTemperatures().size() > 1),
    /** Of a current ramp, if the cell shorts within it. */
    criticalCurrentDensity("critical current density", "mA/cm2", Dimension.CURRENT_DENSITY,
            "a plating-stripping measurement with a ramp",
            measurement -> measurement instanceof PlatingStripping plating && plating.getRampStep() != null);

    private final String summaryName;
    private final String unit;
    private final Dimension dimension;
    private final String measurement;
    private final Predicate<Measurement> reports;

    StudyOutput(String summaryName, String unit, Dimension dimension, EClass... measurements) {
        this(summaryName, unit, dimension, "a " + measurements[0].getName() + " measurement",
                measurement -> List.of(measurements).contains(measurement.eClass()));
    }

    StudyOutput(String summaryName, String unit, Dimension dimension, String measurement,
            Predicate<Measurement> reports) {
        this.summaryName = summaryName;
        this.unit = unit;
        this.dimension = dimension;
        this.measurement = measurement;
        this.reports = reports;
    }

    /** The output named so in a study file. */
    public static Optional<StudyOutput> named(String name) {
        return Arrays.stream(values()).filter(output -> output.name().equals(name)).findFirst();
    }

    /**
     * The name of the run summary's value, or for {@link #capacity} and {@link #retention} the start of it (the
     * summary names the last cycle: the last value that starts so is the output).
     */
    public String summaryName() {
        return summaryName;
    }

    /** Whether a summary value's name is this output's. */
    public boolean matches(String summaryValue) {
        return this == capacity || this == retention ? summaryValue.startsWith(summaryName)
                && !summaryValue.equals(initialCapacity.summaryName) : summaryValue.equals(summaryName);
    }

    /** The unit of the value in the summary and in points.csv ("" for counts). */
    public String unit() {
        return unit;
    }

    /** The dimension of the value; percentages are plain numbers. */
    public Dimension dimension() {
        return dimension;
    }

    /** Whether a measurement of {@code experiment} reports it. */
    public boolean reportedBy(Experiment experiment) {
        return experiment.getMeasurements().stream().anyMatch(reports);
    }

    /** The outputs the measurements of {@code experiment} report, in declaration order. */
    public static List<StudyOutput> of(Experiment experiment) {
        return Arrays.stream(values()).filter(output -> output.reportedBy(experiment)).toList();
    }

    /** The measurement that reports it, for messages: "a PlatingStripping measurement". */
    public String measurement() {
        return measurement;
    }
}
