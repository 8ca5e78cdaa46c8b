package org.interphase.sim.stack;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import org.hipparchus.util.FastMath;
import org.interphase.sim.InputChecks;
import org.interphase.sim.SimulationException;
import org.interphase.sim.electrochem.ElectrochemConstants;
import org.interphase.sim.impedance.Circuit;
import org.interphase.sim.impedance.CircuitNode;
import org.interphase.sim.impedance.Element;
import org.interphase.sim.impedance.ElementType;
import org.interphase.sim.impedance.Parallel;
import org.interphase.sim.impedance.Series;

/**
 * Turns a {@link CellStack} into its equivalent circuit and spectrum. The circuit is a series of labelled
 * parts, so that {@link Circuit#contributions(double)} tells which layer or interface makes which arc:
 * <ul>
 * <li>each layer: R = t/(σ(T)·A) ∥ C = ε₀ε_r·A/t, labelled with the layer ("(PAA/PEO)30", "Li|LATP
 * interphase"). A polycrystalline layer whose material has grain-boundary data gets two parts, "&lt;label&gt; bulk"
 * for the grains and "&lt;label&gt; grain boundary" for R_gb ∥ C_gb of the brick-layer model
 * ({@link GrainBoundary}); without such data its conductivity stands for grains and boundaries together;</li>
 * <li>each interface: R_ct = RT/(F·i₀(T)·A) ∥ C_dl·A, "&lt;label&gt; charge transfer"; at a blocking electrode
 * only the double layer C_dl·A, "&lt;label&gt; double layer";</li>
 * <li>an intercalating electrode: a finite-length Warburg with reflective boundary, "&lt;name&gt; diffusion".</li>
 * </ul>
 * A layer or interface with a CPE exponent α gets constant-phase elements instead of capacitors, with
 * Q = C^α·R^(α−1) so that its arc keeps its apex at ω = 1/(RC); a blocking double layer gets Q = C (the same
 * admittance at 1 rad/s). Every conductivity and exchange current density follows {@link Arrhenius} to the stack
 * temperature.
 */
public final class StackCircuitBuilder {

    /** Vacuum permittivity ε₀, F/m ([external] CODATA 2018; not from the source papers). */
    public static final double VACUUM_PERMITTIVITY = 8.8541878128e-12;

    /** One labelled top-level part under construction: its circuit node and parameter values, in circuit order. */
    private record Part(String label, ContributionKind kind, CircuitNode node, double[] values, double resistance) {
    }

    private StackCircuitBuilder() {
    }

    /**
     * @return the equivalent circuit of the stack
     * @throws SimulationException if a value cannot be computed (e.g. a conductivity needed at another
     *                             temperature without an activation energy) or comes out non-finite
     */
    public static Circuit circuit(CellStack stack) {
        return circuit(stack, parts(stack));
    }

    /**
     * @param frequenciesHz the sweep, e.g. {@code FrequencySweep.logarithmic(1e6, 1, 10)} for [000]'s 1 Hz – 1 MHz
     * @return the circuit, the spectrum, the contribution of each part and the derived resistances
     * @throws SimulationException for an empty or invalid sweep or a stack whose circuit cannot be computed
     */
    public static StackImpedance simulate(CellStack stack, double... frequenciesHz) {
        if (frequenciesHz == null || frequenciesHz.length == 0) {
            throw new SimulationException("the frequency sweep is empty; give at least one frequency, e.g."
                    + " FrequencySweep.logarithmic(1e6, 1, 10) for 1 MHz down to 1 Hz");
        }
        List<Part> parts = parts(stack);
        Circuit circuit = circuit(stack, parts);
        List<Circuit> pieces = circuit.seriesParts();
        List<StackContribution> contributions = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            Part part = parts.get(i);
            contributions.add(new StackContribution(part.label(), part.kind(), part.resistance(),
                    pieces.get(i).spectrum(frequenciesHz)));
        }
        return new StackImpedance(stack, circuit, circuit.spectrum(frequenciesHz), contributions);
    }

    private static Circuit circuit(CellStack stack, List<Part> parts) {
        CircuitNode structure = parts.size() == 1 ? parts.get(0).node()
                : new Series(parts.stream().map(Part::node).toList(), notation(stack));
        double[] values = parts.stream().flatMapToDouble(part -> Arrays.stream(part.values())).toArray();
        return Circuit.of(structure, values);
    }

    /** E.g. "Li | LATP | Li": the label of the whole circuit. */
    private static String notation(CellStack stack) {
        List<String> names = new ArrayList<>();
        names.add(stack.left().name());
        stack.layers().forEach(layer -> names.add(layer.label()));
        names.add(stack.right().name());
        return String.join(" | ", names);
    }

    private static List<Part> parts(CellStack stack) {
        List<Part> parts = new ArrayList<>();
        diffusion(stack.left(), stack, parts);
        List<StackPart> inner = stack.parts();
        for (int i = 0; i < inner.size(); i++) {
            switch (inner.get(i)) {
                case StackLayer layer -> layer(layer, stack, parts);
                case StackInterface contact -> contact(contact, stack.isBlockingContact(i), stack, parts);
            }
        }
        diffusion(stack.right(), stack, parts);
        return parts;
    }

    private static void layer(StackLayer layer, CellStack stack, List<Part> parts) {
        LayerMaterial material = layer.material();
        double t = layer.thickness();
        double area = stack.area();
        double resistance = t / (material.conductivity().at(stack.temperature()) * area);
        double capacitance = VACUUM_PERMITTIVITY * material.relativePermittivity() * area / t;
        Optional<GrainBoundary> boundaries = material.grainBoundary().filter(gb -> layer.polycrystalline());
        if (boundaries.isEmpty()) {
            parts.add(arc(layer.label(), ContributionKind.BULK, resistance, capacitance, layer.cpeExponent(), parts));
            return;
        }
        GrainBoundary gb = boundaries.get();
        parts.add(arc(layer.label() + " bulk", ContributionKind.BULK, resistance, capacitance, layer.cpeExponent(),
                parts));
        parts.add(arc(layer.label() + " grain boundary", ContributionKind.GRAIN_BOUNDARY,
                t / (gb.conductivity().at(stack.temperature()) * area), capacitance * gb.capacitanceRatio(),
                layer.cpeExponent(), parts));
    }

    private static void contact(StackInterface contact, boolean blocking, CellStack stack, List<Part> parts) {
        double capacitance = contact.doubleLayerCapacitance() * stack.area();
        if (blocking) {
            parts.add(doubleLayer(contact.label() + " double layer", capacitance, contact.cpeExponent(), parts));
            return;
        }
        // CellStack guarantees i0 for every contact that is not at a blocking electrode.
        double i0 = contact.exchangeCurrentDensity().orElseThrow().at(stack.temperature());
        double resistance = ElectrochemConstants.thermalVoltage(stack.temperature()) / (i0 * stack.area());
        parts.add(arc(contact.label() + " charge transfer", ContributionKind.CHARGE_TRANSFER, resistance, capacitance,
                contact.cpeExponent(), parts));
    }

    private static void diffusion(Electrode electrode, CellStack stack, List<Part> parts) {
        electrode.diffusion().ifPresent(diffusion -> {
            String label = electrode.name() + " diffusion";
            double z0 = InputChecks.finitePositive(diffusion.areaSpecificResistance() / stack.area(),
                    "diffusion resistance Z0 of " + label);
            parts.add(new Part(label, ContributionKind.DIFFUSION, new Element(ElementType.WO, index(parts), label),
                    new double[] {z0, diffusion.diffusionTime()}, z0));
        });
    }

    /** R ∥ C, or R ∥ CPE with the apex kept at ω = 1/(RC). */
    private static Part arc(String label, ContributionKind kind, double resistance, double capacitance,
            OptionalDouble cpeExponent, List<Part> parts) {
        InputChecks.finitePositive(resistance, "resistance of " + label);
        InputChecks.finitePositive(capacitance, "capacitance of " + label);
        String index = index(parts);
        Element r = new Element(ElementType.R, index);
        if (cpeExponent.isEmpty()) {
            return new Part(label, kind, new Parallel(List.of(r, new Element(ElementType.C, index)), label),
                    new double[] {resistance, capacitance}, resistance);
        }
        double alpha = cpeExponent.getAsDouble();
        double q = InputChecks.finitePositive(FastMath.pow(capacitance, alpha) * FastMath.pow(resistance, alpha - 1),
                "CPE coefficient Q of " + label);
        return new Part(label, kind, new Parallel(List.of(r, new Element(ElementType.CPE, index)), label),
                new double[] {resistance, q, alpha}, resistance);
    }

    private static Part doubleLayer(String label, double capacitance, OptionalDouble cpeExponent, List<Part> parts) {
        InputChecks.finitePositive(capacitance, "capacitance of " + label);
        String index = index(parts);
        if (cpeExponent.isEmpty()) {
            return new Part(label, ContributionKind.DOUBLE_LAYER, new Element(ElementType.C, index, label),
                    new double[] {capacitance}, 0);
        }
        return new Part(label, ContributionKind.DOUBLE_LAYER, new Element(ElementType.CPE, index, label),
                new double[] {capacitance, cpeExponent.getAsDouble()}, 0);
    }

    /** Elements are numbered by their part (R1 ∥ C1, R2 ∥ CPE2, ...), which keeps names unique. */
    private static String index(List<Part> parts) {
        return Integer.toString(parts.size() + 1);
    }
}
