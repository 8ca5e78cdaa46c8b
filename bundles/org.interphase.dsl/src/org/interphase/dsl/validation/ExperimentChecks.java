package org.interphase.dsl.validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Check;
import org.interphase.core.provenance.SourcedQuantity;
import org.interphase.core.units.Dimension;
import org.interphase.dsl.binding.SymmetricBinding;
import org.interphase.dsl.compiler.CompileException;
import org.interphase.dsl.compiler.ModelCompiler;
import org.interphase.dsl.library.StackLibrary;
import org.interphase.library.LibraryException;
import org.interphase.library.MaterialCurve;
import org.interphase.library.MaterialLibrary;
import org.interphase.library.MaterialProperty;
import org.interphase.model.Constituent;
import org.interphase.model.CyclingProtocol;
import org.interphase.model.Experiment;
import org.interphase.model.ImpedanceSweep;
import org.interphase.model.InterphasePackage;
import org.interphase.model.Layer;
import org.interphase.model.LayerRole;
import org.interphase.model.Material;
import org.interphase.model.PlatingStripping;
import org.interphase.model.Voltammetry;
import org.interphase.model.ProtocolStep;
import org.interphase.model.RateCapability;
import org.interphase.model.Stack;
import org.interphase.model.StepGroup;
import org.interphase.sim.SimulationException;
import org.interphase.sim.cycling.CyclingSimulation;
import org.interphase.sim.impedance.FrequencySweep;
import org.interphase.sim.protocol.ProtocolException;
import org.interphase.sim.protocol.Step;
import org.interphase.sim.protocol.Termination;

/**
 * Experiments: PyBaMM protocol sentences that the simulator can read, cut-off voltages inside the cathode's window,
 * and plating currents below the critical current density the symmetric-cell engine uses.
 */
public class ExperimentChecks extends InterphaseCheckBase {

	/** The cathode's voltage window vs Li/Li⁺ and where it comes from. */
	private record Window(double low, double high, String source) {
		boolean contains(double volts) {
			return volts >= low && volts <= high;
		}

		String describe() {
			return low + " V .. " + high + " V (" + source + ")";
		}
	}

	/**
	 * The limits of what Interphase simulates, so that a run stays well under a gigabyte and a few minutes. The
	 * engines enforce the densest sweep and the most cycles; checking them here puts the error on the line. EIS
	 * instruments measure between about 10 µHz and 10 MHz, and plating half-cycles count as cycles do.
	 */
	private static final int MAX_POINTS_PER_DECADE = FrequencySweep.MAX_POINTS_PER_DECADE;
	private static final double MIN_FREQUENCY_HZ = 1e-6;
	private static final double MAX_FREQUENCY_HZ = 1e9;
	private static final long MAX_CYCLES = CyclingSimulation.MAX_CYCLES;

	@Check
	public void checkSweepLimits(ImpedanceSweep sweep) {
		if (sweep.getPointsPerDecade() > MAX_POINTS_PER_DECADE) {
			error(sweep.getPointsPerDecade() + " points per decade is more than the " + MAX_POINTS_PER_DECADE
					+ " Interphase computes; instruments measure 5 to 100", sweep,
					InterphasePackage.Literals.IMPEDANCE_SWEEP__POINTS_PER_DECADE, InterphaseIssueCodes.ABOVE_LIMIT,
					String.valueOf(MAX_POINTS_PER_DECADE));
		}
		for (var feature : List.of(InterphasePackage.Literals.IMPEDANCE_SWEEP__START_FREQUENCY,
				InterphasePackage.Literals.IMPEDANCE_SWEEP__END_FREQUENCY)) {
			org.interphase.model.Quantity frequency = (org.interphase.model.Quantity) sweep.eGet(feature);
			si(frequency, Dimension.FREQUENCY).filter(hz -> hz < MIN_FREQUENCY_HZ || hz > MAX_FREQUENCY_HZ)
					.ifPresent(hz -> error(text(frequency) + " is outside the frequencies Interphase sweeps, 1 µHz"
							+ " to 1 GHz", frequency, InterphasePackage.Literals.QUANTITY__VALUE,
							InterphaseIssueCodes.ABOVE_LIMIT, hz > MAX_FREQUENCY_HZ ? "1 GHz" : "1 µHz"));
		}
	}

	/**
	 * The cycles a protocol runs: each innermost repeat group runs its steps as often as the product of its own and
	 * its enclosing repeat counts. Reported on the group whose cycles take the total over the limit.
	 */
	@Check
	public void checkCycleCount(CyclingProtocol cycling) {
		double total = 0;
		for (var contents = cycling.eAllContents(); contents.hasNext();) {
			if (contents.next() instanceof StepGroup group
					&& group.getItems().stream().noneMatch(StepGroup.class::isInstance)) {
				double cycles = 1;
				for (EObject current = group; current instanceof StepGroup enclosing; current = current.eContainer()) {
					cycles *= Math.max(1, enclosing.getRepeats());
				}
				total += cycles;
				if (total > MAX_CYCLES) {
					String count = total < 1e15 ? String.valueOf((long) total)
							: String.format(Locale.ROOT, "about %.1e", total);
					error("this repeat brings the protocol to " + count + " cycles; Interphase simulates at most "
							+ MAX_CYCLES + " per measurement", group,
							InterphasePackage.Literals.STEP_GROUP__REPEATS, InterphaseIssueCodes.ABOVE_LIMIT,
							String.valueOf(MAX_CYCLES));
					return;
				}
			}
		}
	}

	@Check
	public void checkCycleCount(RateCapability rates) {
		long cycles = (long) rates.getRates().size() * Math.max(1, rates.getCyclesPerRate());
		if (cycles > MAX_CYCLES) {
			error(rates.getRates().size() + " rates of " + rates.getCyclesPerRate() + " cycles each make " + cycles
					+ " cycles; Interphase simulates at most " + MAX_CYCLES + " per measurement", rates,
					InterphasePackage.Literals.RATE_CAPABILITY__CYCLES_PER_RATE, InterphaseIssueCodes.ABOVE_LIMIT,
					String.valueOf(MAX_CYCLES / Math.max(1, rates.getRates().size())));
		}
	}

	/**
	 * A temperature series needs two different temperatures for its Arrhenius line, and is compared with no measured
	 * spectrum: a measured file holds one temperature, which a sweep of its own can be compared at.
	 */
	@Check
	public void checkTemperatureSeries(ImpedanceSweep sweep) {
		if (sweep.getTemperatures().size() < 2) {
			return;
		}
		long distinct = sweep.getTemperatures().stream().map(t -> si(t, Dimension.TEMPERATURE))
				.flatMap(Optional::stream).distinct().count();
		if (distinct < 2) {
			error("an Arrhenius plot needs at least two different temperatures", sweep,
					InterphasePackage.Literals.IMPEDANCE_SWEEP__TEMPERATURES, InterphaseIssueCodes.IMPOSSIBLE_VALUE);
		}
		if (sweep.getMeasuredData() != null) {
			error("a measured spectrum holds one temperature: compare it in an impedance sweep of its own at that"
					+ " temperature, not in a temperature series", sweep,
					InterphasePackage.Literals.MEASUREMENT__MEASURED_DATA, InterphaseIssueCodes.IMPOSSIBLE_VALUE);
		}
	}

	/** A ramp holds each current for whole cycles, so that both electrodes plate and strip at every current. */
	@Check
	public void checkRamp(PlatingStripping plating) {
		Optional<Double> half = halfCycleSeconds(plating);
		Optional<Double> every = si(plating.getRampInterval(), Dimension.TIME);
		if (half.isPresent() && every.isPresent() && half.get() > 0) {
			double cycles = every.get() / (2 * half.get());
			if (cycles < 1 - 1e-9 || Math.abs(cycles - Math.rint(cycles)) > 1e-6) {
				error("hold each current of the ramp for whole cycles: a multiple of two half-cycles ("
						+ text(plating.getHalfCycleTime()) + " each)", plating.getRampInterval(),
						InterphasePackage.Literals.QUANTITY__VALUE, InterphaseIssueCodes.IMPOSSIBLE_VALUE);
			}
		}
		si(plating.getRampStep(), Dimension.CURRENT_DENSITY).filter(step -> step <= 0).ifPresent(step -> error(
				"the current step of a ramp must be positive", plating.getRampStep(),
				InterphasePackage.Literals.QUANTITY__VALUE, InterphaseIssueCodes.IMPOSSIBLE_VALUE));
	}

	/** The half-cycle in seconds, written as a time or as the areal capacity it passes at the current density. */
	private static Optional<Double> halfCycleSeconds(PlatingStripping plating) {
		return si(plating.getHalfCycleTime(), Dimension.TIME).or(() -> si(plating.getHalfCycleTime(),
				Dimension.AREAL_CAPACITY).flatMap(capacity -> si(plating.getCurrentDensity(), Dimension.CURRENT_DENSITY)
						.filter(current -> current > 0).map(current -> capacity / current)));
	}

	/** An oxidative sweep goes up, at a positive rate, and reads its onset at a positive current density. */
	@Check
	public void checkSweep(Voltammetry sweep) {
		Optional<Double> start = si(sweep.getStartPotential(), Dimension.VOLTAGE);
		Optional<Double> end = si(sweep.getEndPotential(), Dimension.VOLTAGE);
		if (start.isPresent() && end.isPresent() && end.get() <= start.get()) {
			error("the sweep must end above its start (" + text(sweep.getStartPotential()) + "): voltammetry here"
					+ " probes oxidation", sweep.getEndPotential(), InterphasePackage.Literals.QUANTITY__VALUE,
					InterphaseIssueCodes.IMPOSSIBLE_VALUE);
		}
		for (var feature : List.of(InterphasePackage.Literals.VOLTAMMETRY__SCAN_RATE,
				InterphasePackage.Literals.VOLTAMMETRY__ONSET_CURRENT_DENSITY)) {
			org.interphase.model.Quantity value = (org.interphase.model.Quantity) sweep.eGet(feature);
			Dimension dimension = feature == InterphasePackage.Literals.VOLTAMMETRY__SCAN_RATE ? Dimension.SCAN_RATE
					: Dimension.CURRENT_DENSITY;
			si(value, dimension).filter(v -> v <= 0).ifPresent(v -> error(text(value) + " must be positive", value,
					InterphasePackage.Literals.QUANTITY__VALUE, InterphaseIssueCodes.IMPOSSIBLE_VALUE));
		}
	}

	/** Each half-cycle is a plating or stripping step of the symmetric-cell engine. */
	@Check
	public void checkRunLength(PlatingStripping plating) {
		Optional<Double> half = halfCycleSeconds(plating);
		Optional<Double> total = si(plating.getTotalTime(), Dimension.TIME);
		if (half.isPresent() && total.isPresent() && half.get() > 0 && total.get() / half.get() > 2 * MAX_CYCLES) {
			error(text(plating.getTotalTime()) + " of " + text(plating.getHalfCycleTime()) + " half-cycles is more than"
					+ " the " + MAX_CYCLES + " cycles Interphase simulates per measurement", plating,
					InterphasePackage.Literals.PLATING_STRIPPING__TOTAL_TIME, InterphaseIssueCodes.ABOVE_LIMIT,
					String.valueOf(MAX_CYCLES));
		}
	}

	@Check
	public void checkSentence(ProtocolStep item) {
		if (item.getSentence() == null) {
			return;
		}
		Step step;
		try {
			step = Step.parse(item.getSentence());
		} catch (ProtocolException e) {
			reportInSentence(item, Severity.ERROR, e.getMessage(), e.column(), item.getSentence().length() - e.column(),
					InterphaseIssueCodes.BAD_PROTOCOL_SENTENCE);
			return;
		}
		Optional<Window> window = cathodeWindow(item);
		if (window.isEmpty()) {
			return;
		}
		List<String> voltages = new ArrayList<>();
		List<Double> values = new ArrayList<>();
		if (step instanceof Step.ConstantVoltage hold) {
			voltages.add(hold.voltageText());
			values.add(hold.volts());
		}
		step.terminations().stream().filter(Termination.Voltage.class::isInstance).map(Termination.Voltage.class::cast)
				.forEach(cutoff -> {
					voltages.add(cutoff.text());
					values.add(cutoff.volts());
				});
		for (int i = 0; i < values.size(); i++) {
			if (!window.get().contains(values.get(i))) {
				int column = Math.max(0, item.getSentence().indexOf(voltages.get(i)));
				reportInSentence(item, Severity.WARNING,
						voltages.get(i) + " is outside the cathode's window " + window.get().describe(), column,
						voltages.get(i).length(), InterphaseIssueCodes.CUTOFF_OUTSIDE_WINDOW,
						String.valueOf(window.get().low()), String.valueOf(window.get().high()));
			}
		}
	}

	@Check
	public void checkVoltageWindow(RateCapability rates) {
		Optional<Window> window = cathodeWindow(rates);
		if (window.isEmpty()) {
			return;
		}
		for (var feature : List.of(InterphasePackage.Literals.RATE_CAPABILITY__LOWER_VOLTAGE,
				InterphasePackage.Literals.RATE_CAPABILITY__UPPER_VOLTAGE)) {
			org.interphase.model.Quantity voltage = (org.interphase.model.Quantity) rates.eGet(feature);
			si(voltage, Dimension.VOLTAGE).filter(volts -> !window.get().contains(volts))
					.ifPresent(volts -> warning(text(voltage) + " is outside the cathode's window "
							+ window.get().describe(), rates, feature, InterphaseIssueCodes.CUTOFF_OUTSIDE_WINDOW,
							String.valueOf(window.get().low()), String.valueOf(window.get().high())));
		}
	}

	/**
	 * Warns above the critical current density of the stack's Li contacts, as the run derives it (the contacts'
	 * kinetics and the electrolyte's penetration overpotential); a stack that does not compile is reported elsewhere.
	 */
	@Check
	public void checkCurrentDensity(PlatingStripping plating) {
		Stack stack = plating.eContainer() instanceof Experiment experiment ? experiment.getStack() : null;
		if (stack == null || stack.eIsProxy() || stack.getLayers().size() < 3) {
			return;
		}
		Optional<SourcedQuantity> known;
		try {
			known = SymmetricBinding.criticalCurrentDensity(LibraryFacts.library(),
					new ModelCompiler(LibraryFacts.library()).stack(stack).cell());
		} catch (CompileException | SimulationException | LibraryException e) {
			return;
		}
		if (known.isEmpty()) {
			return;
		}
		SourcedQuantity ccd = known.get();
		si(plating.getCurrentDensity(), Dimension.CURRENT_DENSITY).filter(density -> density > ccd.value().si())
				.ifPresent(density -> warning(text(plating.getCurrentDensity())
						+ " is above the critical current density " + String.format(Locale.ROOT, "%.3g mA/cm2",
								ccd.value().in("mA/cm2")) + " ("
						+ LibraryFacts.cite(ccd.source()) + ": " + ccd.note()
						+ "); Li may grow through the electrolyte and short the cell", plating,
						InterphasePackage.Literals.PLATING_STRIPPING__CURRENT_DENSITY,
						InterphaseIssueCodes.ABOVE_CRITICAL_CURRENT, ccd.value().text()));
	}

	/**
	 * Reports a problem at a column of a sentence. The node includes the opening quote; sentences are kept verbatim,
	 * so columns map one to one. A model built without text (through the API) gets the problem on the whole sentence.
	 */
	private void reportInSentence(ProtocolStep item, Severity severity, String message, int column, int length,
			String code, String... data) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(item, InterphasePackage.Literals.PROTOCOL_STEP__SENTENCE);
		if (nodes.isEmpty()) {
			if (severity == Severity.ERROR) {
				error(message, item, InterphasePackage.Literals.PROTOCOL_STEP__SENTENCE, code, data);
			} else {
				warning(message, item, InterphasePackage.Literals.PROTOCOL_STEP__SENTENCE, code, data);
			}
			return;
		}
		int offset = nodes.get(0).getOffset() + 1 + Math.max(0, column);
		if (severity == Severity.ERROR) {
			acceptError(message, item, offset, Math.max(1, length), code, data);
		} else {
			acceptWarning(message, item, offset, Math.max(1, length), code, data);
		}
	}

	/** The window of the cathode of the stack the measurement runs on, if the library gives one. */
	private static Optional<Window> cathodeWindow(EObject measurement) {
		Experiment experiment = EcoreUtil2.getContainerOfType(measurement, Experiment.class);
		Stack stack = experiment == null ? null : experiment.getStack();
		if (stack == null || stack.eIsProxy()) {
			return Optional.empty();
		}
		MaterialLibrary library = library(stack);
		return stack.getLayers().stream().filter(layer -> layer.getRole() == LayerRole.CATHODE)
				.map(Layer::getMaterial).flatMap(material -> activeMaterials(material).stream())
				.map(material -> window(material, library)).flatMap(Optional::stream).findFirst();
	}

	/** The library the stack's models read: the files' with the properties the stack's layers state laid over it. */
	private static MaterialLibrary library(Stack stack) {
		MaterialLibrary files = LibraryFacts.library(stack);
		try {
			return StackLibrary.of(files, stack);
		} catch (LibraryException e) {
			// LibraryEntryChecks reports the layer's block on its line.
			return files;
		}
	}

	/** The material itself and, for a composite electrode, its constituents. */
	private static List<Material> activeMaterials(Material material) {
		List<Material> materials = new ArrayList<>();
		if (material != null && !material.eIsProxy()) {
			materials.add(material);
			material.getConstituents().stream().map(Constituent::getSubstance)
					.filter(s -> s instanceof Material && !s.eIsProxy()).forEach(s -> materials.add((Material) s));
		}
		return materials;
	}

	/** The stated stability limits if the library has both, else the range of the tabulated open-circuit potential. */
	private static Optional<Window> window(Material material, MaterialLibrary library) {
		return LibraryFacts.entry(material).map(entry -> library.material(entry.id()).orElse(entry)).flatMap(entry -> {
			Optional<SourcedQuantity> low = entry.property(MaterialProperty.REDUCTION_LIMIT);
			Optional<SourcedQuantity> high = entry.property(MaterialProperty.OXIDATION_LIMIT);
			if (low.isPresent() && high.isPresent()) {
				return Optional.of(new Window(low.get().value().si(), high.get().value().si(),
						entry.id() + " stability limits: " + LibraryFacts.cite(low.get().source()) + "; "
								+ LibraryFacts.cite(high.get().source(), entry.origin())));
			}
			return library.curvesOf(entry.id(), MaterialCurve.OPEN_CIRCUIT_POTENTIAL).stream()
					.findFirst().map(curve -> {
						double[] values = curve.values();
						double min = Arrays.stream(values).min().orElseThrow();
						double max = Arrays.stream(values).max().orElseThrow();
						return new Window(round(min), round(max), "open-circuit potential of " + entry.id() + ", "
								+ curve.id() + ", " + LibraryFacts.cite(curve.points().get(0).value().source(),
										curve.origin()));
					});
		});
	}

	/** Millivolts are the resolution of cut-offs as written. */
	private static double round(double volts) {
		return Math.round(volts * 1000) / 1000.0;
	}
}
