package org.interphase.dsl.compiler;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.interphase.core.provenance.Source;
import org.interphase.core.provenance.SourcedQuantity;
import org.interphase.core.units.CRate;
import org.interphase.core.units.Dimension;
import org.interphase.core.units.Quantity;
import org.interphase.core.units.QuantityException;
import org.interphase.dsl.binding.StackBinding;
import org.interphase.dsl.binding.SymmetricBinding;
import org.interphase.dsl.binding.VoltammetryBinding;
import org.interphase.dsl.library.FilesLibrary;
import org.interphase.dsl.library.Libraries;
import org.interphase.library.InterfaceProperty;
import org.interphase.library.LibraryException;
import org.interphase.library.MaterialInterface;
import org.interphase.library.MaterialLibrary;
import org.interphase.library.MaterialProperty;
import org.interphase.library.PelletProcess;
import org.interphase.model.CyclingProtocol;
import org.interphase.model.Experiment;
import org.interphase.model.ImpedanceSweep;
import org.interphase.model.Layer;
import org.interphase.model.LayerRole;
import org.interphase.model.Measurement;
import org.interphase.model.PlatingStripping;
import org.interphase.model.ProtocolItem;
import org.interphase.model.ProtocolStep;
import org.interphase.model.RateCapability;
import org.interphase.model.Recipe;
import org.interphase.model.Stack;
import org.interphase.model.Voltammetry;
import org.interphase.sim.SimulationException;
import org.interphase.sim.cycling.CyclingSimulation;
import org.interphase.sim.cycling.SolverSettings;
import org.interphase.sim.impedance.FrequencySweep;
import org.interphase.sim.protocol.StepGroup;
import org.interphase.sim.stack.CellStack;
import org.interphase.sim.stack.Electrode;
import org.interphase.sim.stack.LayerMaterial;
import org.interphase.sim.stack.StackCircuitBuilder;
import org.interphase.sim.stack.StackLayer;
import org.interphase.sim.symmetric.CurrentRamp;
import org.interphase.sim.symmetric.SymmetricCellInput;
import org.interphase.sim.symmetric.SymmetricCellModel;
import org.interphase.sim.voltammetry.VoltammetryInput;

/**
 * Compiles a validated, linked model into simulation inputs in SI units, each value traced to the DSL line or the
 * library entry it comes from. Materials are resolved against the built-in library with the DSL's materials laid
 * over it ({@link MaterialResolver}); layer thicknesses not written are grown from the layer's recipe, or taken
 * from the library pellet of an electrolyte. Anything the engines cannot use fails with one
 * {@link CompileException} whose message starts with the file and line at fault.
 */
public final class ModelCompiler {

    /** Voltage samples per half-cycle of a plating/stripping run: enough for smooth curves, see SymmetricCellInput. */
    static final int POINTS_PER_HALF_CYCLE = 20;
    /** Impedance sweeps without a density get the usual 10 points per decade of EIS instruments. */
    static final int DEFAULT_POINTS_PER_DECADE = 10;
    /** 10 µA/cm² in A/m²: a voltammetry without a written onset reads it where the current reaches this. */
    static final double DEFAULT_ONSET_CURRENT_DENSITY = 0.1;

    private static final Set<LayerRole> ELECTRODES = EnumSet.of(LayerRole.LITHIUM, LayerRole.ANODE, LayerRole.CATHODE,
            LayerRole.COLLECTOR);

    private final MaterialLibrary builtIn;
    /** The files' entries laid over builtIn, fixed; null: combined anew for each state of the model. */
    private final FilesLibrary files;

    /** @param builtIn the library DSL materials extend, normally {@code Libraries.builtIn()} */
    public ModelCompiler(MaterialLibrary builtIn) {
        this(builtIn, null);
    }

    /**
     * A compiler that keeps the files' library it is given instead of laying the files' entries over the built-in
     * library again after every change of the model: a study changes a value per point, and only when no point
     * changes what the files declare for the library does the combined library stay the same.
     *
     * @param files {@link FilesLibrary#of} the model's files over {@code builtIn}
     */
    public ModelCompiler(MaterialLibrary builtIn, FilesLibrary files) {
        this.builtIn = Objects.requireNonNull(builtIn, "material library");
        this.files = files;
    }

    /**
     * @throws CompileException if a value the engines need is missing or an engine rejects the inputs
     */
    public SimulationPlan compile(Experiment experiment) {
        Stack stack = experiment.getStack();
        if (stack == null || stack.eIsProxy()) {
            throw new CompileException(experiment, "experiment " + experiment.getName() + " names no stack that"
                    + " could be found; fix the reference and validate again");
        }
        return compile(experiment, stack, resolver(experiment).forStack(stack));
    }

    /**
     * The experiment's measurements on another stack than its own, as a study that varies the stack runs them.
     *
     * @throws CompileException as {@link #compile(Experiment)}
     */
    public SimulationPlan compile(Experiment experiment, Stack stack) {
        return compile(experiment, stack, resolver(experiment));
    }

    private SimulationPlan compile(Experiment experiment, Stack stack, MaterialResolver materials) {
        List<CompiledRun> runs = new ArrayList<>();
        List<CompiledValue> stackInputs = new ArrayList<>();
        CompiledStack compiled = null;
        CompiledCell cell = null;
        int index = 1;
        for (Measurement measurement : experiment.getMeasurements()) {
            String label = index++ + "-" + kind(measurement);
            if (measurement instanceof CyclingProtocol || measurement instanceof RateCapability) {
                // Compiled once: every cycling measurement of the experiment runs the same cell.
                if (cell == null) {
                    cell = new CellCompiler(materials).compile(stack);
                }
                runs.add(cycling(label, measurement, cell));
                continue;
            }
            if (compiled == null) {
                compiled = stack(stack, materials);
                stackInputs.addAll(compiled.inputs());
            }
            runs.add(switch (measurement) {
                case ImpedanceSweep sweep -> impedance(label, sweep, compiled.cell());
                case PlatingStripping cycling -> platingStripping(label, cycling, stack, compiled.cell(), materials);
                case Voltammetry sweep -> voltammetry(label, sweep, compiled.cell(), materials);
                default -> throw new CompileException(measurement, "this kind of measurement is not compiled");
            });
        }
        return new SimulationPlan(experiment.getName(), stack.getName(), Provenance.of(experiment), stackInputs, runs);
    }

    /** A stack as the impedance model sees it. @throws CompileException as {@link #compile} */
    public CompiledStack stack(Stack stack) {
        return stack(stack, resolver(stack).forStack(stack));
    }

    /** A recipe as growth inputs and the thickness it grows. @throws CompileException as {@link #compile} */
    public CompiledRecipe recipe(Recipe recipe) {
        return new RecipeCompiler(resolver(recipe).library()).compile(recipe);
    }

    private MaterialResolver resolver(EObject object) {
        if (object.eResource() == null || object.eResource().getResourceSet() == null) {
            throw new CompileException(object, "the model is not in a resource set; load it through one");
        }
        return new MaterialResolver(builtIn,
                files != null ? files : FilesLibrary.of(object.eResource(), builtIn));
    }

    private static String kind(Measurement measurement) {
        return switch (measurement) {
            case ImpedanceSweep sweep -> "impedance";
            case PlatingStripping cycling -> cycling.getRampStep() != null ? "ccd-ramp" : "plating-stripping";
            case CyclingProtocol cycling -> "cycling";
            case RateCapability rates -> "rate-capability";
            case Voltammetry sweep -> sweep.isCyclic() ? "cv" : "lsv";
            default -> "measurement";
        };
    }

    // ---------------------------------------------------------------- stacks

    private CompiledStack stack(Stack stack, MaterialResolver materials) {
        List<Layer> layers = stack.getLayers();
        if (layers.size() < 3 || !ELECTRODES.contains(layers.get(0).getRole())
                || !ELECTRODES.contains(layers.get(layers.size() - 1).getRole())) {
            throw new CompileException(stack, "stack " + stack.getName() + " must start and end with an electrode"
                    + " (lithium, anode, cathode or collector) and have a layer between them to be simulated");
        }
        StackBinding library = new StackBinding(materials.library());
        List<CompiledValue> inputs = new ArrayList<>();
        List<StackLayer> parts = new ArrayList<>();
        Map<Layer, StackLayer> made = new HashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        Optional<PelletProcess> pellet = Optional.empty();
        for (Layer layer : layers.subList(1, layers.size() - 1)) {
            Optional<CompiledRecipe> grown = LayerThickness.recipe(layer, materials);
            String id = LayerThickness.material(layer, grown, inputs);
            if (layer.getThickness() == null && layer.getRecipe() == null) {
                pellet = pellet.or(() -> LayerThickness.pellet(id, materials.library()));
            }
            CompiledValue thickness = LayerThickness.of(layer, id, grown, materials, inputs);
            // Coatings on both faces of a pellet share one recipe and so one traced thickness.
            if (!inputs.contains(thickness)) {
                inputs.add(thickness);
            }
            if (thickness.si() == 0) {
                // A layer of no thickness is no layer: the stack is that without it, whatever its material lacks.
                continue;
            }
            traceMaterial(id, materials, inputs);
            LayerMaterial material = guarded(layer, () -> library.material(id));
            String label = label(layer, id, seen);
            StackLayer part = material.grainBoundary().isPresent()
                    ? StackLayer.polycrystalline(label, material, thickness.si())
                    : StackLayer.of(label, material, thickness.si());
            parts.add(part);
            made.put(layer, part);
        }
        CompiledValue area = StackConditions.area(stack, pellet);
        CompiledValue temperature = StackConditions.temperature(stack);
        inputs.add(0, temperature);
        inputs.add(0, area);
        Layer first = layers.get(0);
        Layer last = layers.get(layers.size() - 1);
        if (first.getRole() == LayerRole.CATHODE || last.getRole() == LayerRole.CATHODE) {
            // A full cell: the insertion cathode's solid diffusion and its contact end the spectrum.
            boolean cathodeFirst = first.getRole() == LayerRole.CATHODE;
            StackBinding.Cathode cathode = new CellCompiler(materials).cathode(stack, cathodeFirst ? first : last,
                    area.si(), temperature.si(), inputs);
            Electrode anode = electrode(cathodeFirst ? last : first, library);
            CellStack cell = guarded(stack, () -> library.fullCell(cathode, parts, anode, cathodeFirst, area.si(),
                    temperature.si()));
            return new CompiledStack(stack.getName(), cell, inputs, made);
        }
        Electrode left = electrode(first, library);
        Electrode right = electrode(last, library);
        if (!parts.isEmpty()) {
            checkContacts(stack, left, parts, right, materials.library());
        }
        CellStack cell = guarded(stack, () -> library.stack(left, parts, right, area.si(), temperature.si()));
        return new CompiledStack(stack.getName(), cell, inputs, made);
    }

    /**
     * What the stack model asks of the contacts between neighbours, said here in the file's terms (the engine's own
     * message speaks to programmers): a blocking electrode shows its double layer only through an interface with the
     * layer it touches, and an interface Li+ crosses needs its kinetics.
     */
    private static void checkContacts(Stack stack, Electrode left, List<StackLayer> layers, Electrode right,
            MaterialLibrary library) {
        List<String> ids = new ArrayList<>(List.of(left.name()));
        layers.forEach(layer -> ids.add(layer.material().id()));
        ids.add(right.name());
        for (int i = 0; i + 1 < ids.size(); i++) {
            String a = ids.get(i);
            String b = ids.get(i + 1);
            boolean blocking = i == 0 && left.kind() == Electrode.Kind.BLOCKING
                    || i == ids.size() - 2 && right.kind() == Electrode.Kind.BLOCKING;
            Optional<MaterialInterface> contact = library.interfaceBetween(a, b);
            if (blocking && contact.isEmpty()) {
                String electrode = i == 0 ? a : b;
                String layer = i == 0 ? b : a;
                throw new CompileException(stack, "blocking electrode " + electrode + " touches " + layer + " and"
                        + " no interface between them is known, whose double-layer capacitance ends the spectrum;"
                        + " declare it: interface IF-" + electrode + "-" + layer + " { between = " + electrode
                        + " and = " + layer + " doubleLayerCapacitance = 10 µF/cm2 source … }");
            }
            if (!blocking && contact.isPresent()
                    && contact.get().property(InterfaceProperty.EXCHANGE_CURRENT_DENSITY).isEmpty()
                    && contact.get().property(InterfaceProperty.CHARGE_TRANSFER_RESISTANCE).isEmpty()) {
                throw new CompileException(stack, "interface " + contact.get().id() + " between " + a + " and " + b
                        + " gives neither " + InterfaceProperty.EXCHANGE_CURRENT_DENSITY.key() + " nor "
                        + InterfaceProperty.CHARGE_TRANSFER_RESISTANCE.key() + ", one of which a contact Li+"
                        + " crosses needs; state it in the interface");
            }
        }
    }

    private static Electrode electrode(Layer layer, StackBinding library) {
        return guarded(layer, () -> library.electrode(MaterialResolver.id(layer.getMaterial())));
    }

    private static void traceMaterial(String id, MaterialResolver materials, List<CompiledValue> inputs) {
        for (MaterialProperty property : List.of(MaterialProperty.IONIC_CONDUCTIVITY,
                MaterialProperty.ACTIVATION_ENERGY, MaterialProperty.RELATIVE_PERMITTIVITY,
                MaterialProperty.GRAIN_BOUNDARY_CONDUCTIVITY, MaterialProperty.TUNNELLING_LENGTH,
                MaterialProperty.LITHIATED_IONIC_CONDUCTIVITY, MaterialProperty.LITHIATION_RATE_CONSTANT)) {
            materials.trace(id, property).filter(value -> !inputs.contains(value)).ifPresent(inputs::add);
        }
    }

    /** The layer's name, else its material; a repeated material gets its occurrence number ("PaaPeo-LbL #2"). */
    private static String label(Layer layer, String id, Map<String, Integer> seen) {
        String base = layer.getName() != null ? layer.getName() : id;
        int occurrence = seen.merge(base, 1, Integer::sum);
        return occurrence == 1 ? base : base + " #" + occurrence;
    }

    // ---------------------------------------------------------------- measurements

    private static CompiledRun impedance(String label, ImpedanceSweep sweep, CellStack cell) {
        CompiledValue start = Quantities.value("start frequency", sweep.getStartFrequency(), Dimension.FREQUENCY);
        CompiledValue end = Quantities.value("end frequency", sweep.getEndFrequency(), Dimension.FREQUENCY);
        int density = sweep.getPointsPerDecade() > 0 ? sweep.getPointsPerDecade() : DEFAULT_POINTS_PER_DECADE;
        List<CompiledValue> temperatures = sweep.getTemperatures().stream()
                .map(written -> Quantities.value("temperature", written, Dimension.TEMPERATURE)).toList();
        List<CellStack> cells = temperatures.isEmpty() ? List.of(cell)
                : temperatures.stream().map(temperature -> guarded(sweep, () -> cell.at(temperature.si()))).toList();
        cells.forEach(each -> atItsTemperature(sweep, each));
        double[] frequencies = guarded(sweep, () -> FrequencySweep.logarithmic(Math.max(start.si(), end.si()),
                Math.min(start.si(), end.si()), density));
        List<CompiledValue> inputs = new ArrayList<>(List.of(start, end,
                Quantities.count("points per decade", density, sweep)));
        inputs.addAll(temperatures);
        if (cells.size() > 1) {
            return new CompiledRun.ImpedanceSeries(label, Provenance.of(sweep), cell,
                    temperatures.stream().mapToDouble(CompiledValue::si).toArray(), frequencies, inputs);
        }
        return new CompiledRun.Impedance(label, Provenance.of(sweep), cells.get(0), frequencies, inputs,
                MeasuredAnalyses.of(sweep));
    }

    private static CompiledRun platingStripping(String label, PlatingStripping measurement, Stack stack,
            CellStack cell, MaterialResolver materials) {
        CompiledValue current = Quantities.value("current density", measurement.getCurrentDensity(),
                Dimension.CURRENT_DENSITY);
        CompiledValue halfCycle = halfCycle(measurement, current);
        CompiledValue total = Quantities.value("total time", measurement.getTotalTime(), Dimension.TIME);
        atItsTemperature(measurement, cell);
        Optional<CompiledValue> cutoff = Optional.ofNullable(measurement.getCutoffVoltage())
                .map(written -> Quantities.value("cut-off voltage", written, Dimension.VOLTAGE));
        SymmetricCellModel model = guarded(measurement, () -> SymmetricBinding.model(materials.library(), cell,
                cutoff.map(written -> new SourcedQuantity(written.name(), Quantity.of(written.si(), "V"),
                        Source.of("[file]", written.source().location(), ""), "written on the measurement"))));
        CompiledValue pressure = stack.getPressure() != null
                ? Quantities.value("stack pressure", stack.getPressure(), Dimension.PRESSURE)
                : new CompiledValue("stack pressure (reference of the critical stripping current, none written)",
                        model.referencePressure().value().si(), model.referencePressure().value().text(),
                        new Provenance("library", model.referencePressure().source().toString()));
        SymmetricCellInput input = guarded(measurement, () -> new SymmetricCellInput(cell, current.si(),
                halfCycle.si(), total.si(), POINTS_PER_HALF_CYCLE, pressure.si(),
                SymmetricBinding.sites(materials.library(), cell), SymmetricBinding.coatings(materials.library(),
                        cell)));
        List<CompiledValue> inputs = new ArrayList<>(List.of(current, halfCycle, total, pressure));
        cutoff.ifPresent(inputs::add);
        // The written cut-off is listed with its line; the default cut-off is the model's; the rest are the stack's
        // materials' and interfaces' values.
        model.parameters().stream().filter(parameter -> cutoff.isEmpty() || parameter != model.cutoffVoltage())
                .forEach(parameter -> inputs.add(new CompiledValue(parameter.name(), parameter.value().si(),
                        parameter.value().text(), parameter == model.cutoffVoltage() ? Provenance.model(parameter)
                                : new Provenance("library", parameter.source().toString()))));
        if (measurement.getRampStep() != null) {
            CompiledValue step = Quantities.value("current step", measurement.getRampStep(),
                    Dimension.CURRENT_DENSITY);
            CompiledValue every = Quantities.value("step time", measurement.getRampInterval(), Dimension.TIME);
            CurrentRamp ramp = guarded(measurement, () -> new CurrentRamp(input, step.si(), every.si()));
            inputs.addAll(1, List.of(step, every));
            return new CompiledRun.CriticalCurrentRamp(label, Provenance.of(measurement), ramp, model, inputs);
        }
        return new CompiledRun.PlatingStripping(label, Provenance.of(measurement), input, model, inputs);
    }

    private static CompiledRun voltammetry(String label, Voltammetry sweep, CellStack cell,
            MaterialResolver materials) {
        CompiledValue start = Quantities.value("start potential", sweep.getStartPotential(), Dimension.VOLTAGE);
        CompiledValue end = Quantities.value("end potential", sweep.getEndPotential(), Dimension.VOLTAGE);
        CompiledValue rate = Quantities.value("scan rate", sweep.getScanRate(), Dimension.SCAN_RATE);
        CompiledValue onset = sweep.getOnsetCurrentDensity() != null
                ? Quantities.value("onset current density", sweep.getOnsetCurrentDensity(), Dimension.CURRENT_DENSITY)
                : new CompiledValue("onset current density (none written)", DEFAULT_ONSET_CURRENT_DENSITY,
                        "10 µA/cm2", new Provenance("model", "a current density LSV onsets are commonly read at"));
        VoltammetryInput input = guarded(sweep, () -> VoltammetryBinding.input(materials.library(), cell, start.si(),
                end.si(), rate.si(), sweep.isCyclic(), onset.si()));
        List<CompiledValue> inputs = new ArrayList<>(List.of(start, end, rate, onset));
        String id = guarded(sweep, () -> VoltammetryBinding.workingLayer(cell)).material().id();
        for (MaterialProperty property : List.of(MaterialProperty.OXIDATION_LIMIT,
                MaterialProperty.OXIDATION_EXCHANGE_CURRENT_DENSITY)) {
            materials.trace(id, property).ifPresent(inputs::add);
        }
        inputs.add(new CompiledValue("transfer coefficient of the oxidation", input.transferCoefficient(), "",
                new Provenance("model", "symmetric barrier: no source gives it")));
        inputs.add(new CompiledValue("area-specific resistance of the stack", input.areaSpecificResistance(), "",
                new Provenance("computed", "from the stack's layers and contacts at its temperature")));
        return new CompiledRun.Voltammetry(label, Provenance.of(sweep), input, inputs);
    }

    /** The half-cycle as written, in time, or as the areal capacity it passes at the current density. */
    private static CompiledValue halfCycle(PlatingStripping measurement, CompiledValue current) {
        org.interphase.model.Quantity written = measurement.getHalfCycleTime();
        if (isArealCapacity(written)) {
            CompiledValue capacity = Quantities.value("half-cycle capacity", written, Dimension.AREAL_CAPACITY);
            return new CompiledValue("half-cycle time (capacity / current density)", capacity.si() / current.si(),
                    "", capacity.source());
        }
        return Quantities.value("half-cycle time", written, Dimension.TIME);
    }

    private static boolean isArealCapacity(org.interphase.model.Quantity written) {
        try {
            return org.interphase.core.units.Units.parse(written.getValue() + " " + written.getUnit()).dimension()
                    .equals(Dimension.AREAL_CAPACITY);
        } catch (QuantityException notACapacity) {
            // Read as a time, whose unit check says what is wrong.
            return false;
        }
    }

    /**
     * Evaluates every layer and contact of the cell at its temperature, as the impedance and symmetric-cell engines
     * will: a value known at one temperature only, without its activation energy, fails here, at compile time.
     */
    private static void atItsTemperature(Measurement measurement, CellStack cell) {
        guarded(measurement, () -> StackCircuitBuilder.circuit(cell));
    }

    private static CompiledRun cycling(String label, Measurement measurement, CompiledCell cell) {
        org.interphase.sim.protocol.Experiment protocol = switch (measurement) {
            case CyclingProtocol cycling -> protocol(cycling);
            case RateCapability rates -> rateCapability(rates);
            default -> throw new CompileException(measurement, "not a cycling measurement");
        };
        // The engine checks each step against the cell (a cut-off above the cathode's highest voltage) when it is
        // built, before it runs: built here, what it refuses is a compile error.
        guarded(measurement, () -> new CyclingSimulation(cell.parameters(), protocol, SolverSettings.DEFAULT));
        return new CompiledRun.Cycling(label, Provenance.of(measurement), cell.parameters(), protocol,
                cell.inputs());
    }

    private static org.interphase.sim.protocol.Experiment protocol(CyclingProtocol cycling) {
        List<StepGroup> groups = new ArrayList<>();
        List<org.interphase.sim.protocol.Step> loose = new ArrayList<>();
        for (ProtocolItem item : cycling.getItems()) {
            if (item instanceof ProtocolStep step) {
                loose.addAll(steps(step));
                continue;
            }
            if (!loose.isEmpty()) {
                groups.add(new StepGroup(loose, 1));
                loose = new ArrayList<>();
            }
            org.interphase.model.StepGroup group = (org.interphase.model.StepGroup) item;
            List<org.interphase.sim.protocol.Step> steps = new ArrayList<>();
            for (ProtocolItem inner : group.getItems()) {
                if (!(inner instanceof ProtocolStep step)) {
                    throw new CompileException(inner, "repeats inside repeats are not supported by the cycling"
                            + " engine; write the inner steps out");
                }
                steps.addAll(steps(step));
            }
            groups.add(guarded(group, () -> new StepGroup(steps, group.getRepeats())));
        }
        if (!loose.isEmpty()) {
            groups.add(new StepGroup(loose, 1));
        }
        return guarded(cycling, () -> new org.interphase.sim.protocol.Experiment(groups));
    }

    private static List<org.interphase.sim.protocol.Step> steps(ProtocolStep step) {
        return guarded(step, () -> org.interphase.sim.protocol.Experiment.cycles(1, step.getSentence()).groups()
                .get(0).steps());
    }

    private static org.interphase.sim.protocol.Experiment rateCapability(RateCapability rates) {
        List<CRate> discharge = rates.getRates().stream().map(text -> guarded(rates, () -> CRate.parse(text)))
                .toList();
        // Without a charge rate every discharge follows a charge at the first (normally slowest) rate listed.
        CRate charge = rates.getChargeRate() != null ? guarded(rates, () -> CRate.parse(rates.getChargeRate()))
                : discharge.get(0);
        double lower = Quantities.quantity(rates.getLowerVoltage(), Dimension.VOLTAGE, "lower cut-off").si();
        double upper = Quantities.quantity(rates.getUpperVoltage(), Dimension.VOLTAGE, "upper cut-off").si();
        int repeats = Math.max(1, rates.getCyclesPerRate());
        return guarded(rates, () -> org.interphase.sim.protocol.Experiment.rateCapability(charge, upper, lower,
                discharge, repeats));
    }

    /** Runs an engine or library call, turning its complaint into a CompileException at {@code at}. */
    private static <T> T guarded(EObject at, java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (SimulationException | QuantityException | LibraryException e) {
            throw new CompileException(at, e);
        }
    }
}
