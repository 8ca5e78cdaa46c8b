package org.interphase.runs;

import java.util.Date;
import java.util.List;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.URI;
import org.interphase.dsl.compiler.CompiledRun;
import org.interphase.dsl.compiler.CompiledValue;
import org.interphase.dsl.compiler.ModelCompiler;
import org.interphase.dsl.compiler.SimulationPlan;
import org.interphase.model.Experiment;
import org.interphase.model.Measurement;
import org.interphase.model.run.ArrheniusResult;
import org.interphase.model.run.CellEvent;
import org.interphase.model.run.CycleRecord;
import org.interphase.model.run.CyclingResult;
import org.interphase.model.run.ImpedanceContribution;
import org.interphase.model.run.ImpedanceResult;
import org.interphase.model.run.Result;
import org.interphase.model.run.RunFactory;
import org.interphase.model.run.SimulationRun;
import org.interphase.model.run.SymmetricCellResult;
import org.interphase.model.run.VoltammetryResult;
import org.interphase.sim.cycling.CycleSummary;
import org.interphase.sim.cycling.TimeSeries;
import org.interphase.sim.impedance.Spectrum;
import org.interphase.sim.stack.StackContribution;
import org.interphase.sim.stack.StackImpedance;
import org.interphase.sim.symmetric.SymmetricCellEvent;
import org.interphase.sim.symmetric.SymmetricCellModel;

/**
 * Builds the {@link SimulationRun} of an executed plan: the inputs with their sources, the stack's layers, one
 * result per measurement with its key values, and the growth of every recipe the stack's layers are made by.
 */
final class RunModelBuilder {

    /** The event kind of a cycling run ended by a cell that can no longer be cycled. */
    static final String CELL_FAILED = "CELL_FAILED";
    private static final RunFactory RUNS = RunFactory.eINSTANCE;

    private final ModelCompiler compiler;

    RunModelBuilder(ModelCompiler compiler) {
        this.compiler = compiler;
    }

    SimulationRun build(Experiment experiment, SimulationPlan plan, List<Measured> measured) {
        SimulationRun run = RUNS.createSimulationRun();
        run.setExperiment(plan.experiment());
        run.setStack(plan.stack());
        run.setSource(plan.source().toString());
        if (experiment.eResource() != null && experiment.eResource().getURI() != null) {
            run.setSourceUri(experiment.eResource().getURI().toString());
            run.setSourceDigest(SourceDigest.of(experiment.eResource()));
        }
        run.setCreated(new Date());
        plan.inputs().forEach(value -> run.getInputs().add(RunValues.input(value)));
        for (CompiledRun compiled : plan.runs()) {
            for (CompiledValue value : compiled.inputs()) {
                run.getInputs().add(RunValues.input(value));
            }
        }
        run.getLayers().addAll(new LayerSections(compiler).of(experiment.getStack()));
        List<Measurement> measurements = experiment.getMeasurements();
        for (int i = 0; i < measured.size(); i++) {
            Measured each = measured.get(i);
            Result result = switch (each) {
                case Measured.Impedance impedance -> impedance(RUNS.createImpedanceResult(), impedance.result());
                case Measured.ImpedanceSeries series -> arrhenius(series.result());
                case Measured.PlatingStripping cell -> platingStripping(cell.result(), cell.run().model(),
                        cell.run().input().stack().area());
                case Measured.CriticalCurrentRamp ramp -> platingStripping(ramp.result().curve(), ramp.run().model(),
                        ramp.run().ramp().first().stack().area());
                case Measured.Cycling cycling -> cycling(cycling);
                case Measured.Voltammetry sweep -> voltammetry(sweep.result());
            };
            summary(result, each);
            result.setLabel(each.run().label());
            result.setSource(each.run().source().toString());
            // The compiler makes one run per measurement, in order.
            result.setMeasuredFile(measuredFile(measurements.get(i)));
            run.getResults().add(result);
        }
        run.getResults().addAll(new GrowthResults(compiler).of(experiment.getStack()));
        return run;
    }

    /** The measured data file a measurement names, as an absolute URI; null if it names none. */
    private static String measuredFile(Measurement measurement) {
        String written = measurement.getMeasuredData();
        if (written == null || measurement.eResource() == null) {
            return null;
        }
        return URI.createFileURI(written).resolve(measurement.eResource().getURI()).toString();
    }

    /** The spectrum at the first temperature and at each, for the impedance views, and the Arrhenius data. */
    private static ArrheniusResult arrhenius(org.interphase.sim.stack.TemperatureSeries engine) {
        ArrheniusResult result = impedance(RUNS.createArrheniusResult(), engine.spectra().get(0));
        for (int i = 0; i < engine.spectra().size(); i++) {
            ImpedanceResult spectrum = impedance(RUNS.createImpedanceResult(), engine.spectra().get(i));
            spectrum.setLabel(String.format(java.util.Locale.ROOT, "%.2f °C", engine.temperatures()[i] - 273.15));
            result.getSpectra().add(spectrum);
        }
        addAll(result.getTemperature(), engine.temperatures());
        addAll(result.getConductivity(), engine.conductivities());
        result.setActivationEnergy(engine.activationEnergy() / Summaries.ELECTRON_VOLT);
        return result;
    }

    private static <R extends ImpedanceResult> R impedance(R result, StackImpedance engine) {
        Spectrum total = engine.spectrum();
        addAll(result.getFrequency(), total.frequencies());
        addAll(result.getReal(), total.realParts());
        addAll(result.getImaginary(), total.imaginaryParts());
        for (StackContribution c : engine.contributions()) {
            ImpedanceContribution contribution = RUNS.createImpedanceContribution();
            contribution.setLabel(c.label());
            contribution.setKind(c.kind().name().toLowerCase(java.util.Locale.ROOT));
            contribution.setResistance(c.resistance());
            addAll(contribution.getReal(), c.spectrum().realParts());
            addAll(contribution.getImaginary(), c.spectrum().imaginaryParts());
            result.getContributions().add(contribution);
        }
        return result;
    }

    /** @param area m², over which the Li a half-cycle moves spreads (its thickness in the half-cycle view) */
    private static SymmetricCellResult platingStripping(org.interphase.sim.symmetric.SymmetricCellResult engine,
            SymmetricCellModel model, double area) {
        SymmetricCellResult result = RUNS.createSymmetricCellResult();
        result.setLithiumThicknessPerCharge(model.lithiumVolumePerCharge().value().si() / area);
        addAll(result.getTime(), engine.time());
        addAll(result.getCurrent(), engine.current());
        addAll(result.getVoltage(), engine.voltage());
        result.setLifetime(engine.lifetime());
        for (SymmetricCellEvent e : engine.events()) {
            CellEvent event = RUNS.createCellEvent();
            event.setKind(e.kind().name());
            event.setTime(e.time());
            event.setMessage(e.message());
            result.getEvents().add(event);
        }
        return result;
    }

    private static VoltammetryResult voltammetry(org.interphase.sim.voltammetry.VoltammetryResult engine) {
        VoltammetryResult result = RUNS.createVoltammetryResult();
        addAll(result.getTime(), engine.time());
        addAll(result.getPotential(), engine.potential());
        addAll(result.getCurrentDensity(), engine.currentDensity());
        engine.onsetPotential().ifPresent(result::setOnsetPotential);
        result.setOxidationLimit(engine.input().oxidationLimit());
        return result;
    }

    private static CyclingResult cycling(Measured.Cycling measured) {
        org.interphase.sim.cycling.CyclingResult engine = measured.result();
        CyclingResult result = RUNS.createCyclingResult();
        result.setCell(measured.run().parameters().name());
        result.setNominalCapacity(engine.nominalCapacityAh());
        result.setCathodeMass(engine.cathodeMassKg());
        TimeSeries series = engine.series();
        addAll(result.getTime(), series.time());
        addAll(result.getCurrent(), series.current());
        addAll(result.getVoltage(), series.voltage());
        addAll(result.getCapacity(), series.capacity());
        for (int cycle : series.cycleIndex()) {
            result.getCycleNumber().add(cycle);
        }
        for (CycleSummary c : engine.cycles()) {
            CycleRecord record = RUNS.createCycleRecord();
            record.setNumber(c.cycle());
            record.setChargeCapacity(c.chargeCapacityAh());
            record.setDischargeCapacity(c.dischargeCapacityAh());
            record.setCoulombicEfficiency(c.coulombicEfficiency().orElse(0));
            record.setDischargeEnergy(c.dischargeEnergyWh());
            record.setResistance(c.resistance());
            result.getCycles().add(record);
        }
        engine.failure().ifPresent(failure -> {
            CellEvent event = RUNS.createCellEvent();
            event.setKind(CELL_FAILED);
            event.setTime(failure.time());
            event.setMessage(failure.message());
            result.getEvents().add(event);
        });
        return result;
    }

    private static void summary(Result result, Measured measured) {
        for (Summaries.Value value : Summaries.of(measured)) {
            result.getSummary().add(RunValues.computed(value.name(), value.value(), value.unit()));
        }
    }

    private static void addAll(EList<Double> target, double[] values) {
        for (double value : values) {
            target.add(value);
        }
    }
}
