package org.interphase.analysis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.interphase.sim.SimulationException;
import org.interphase.sim.impedance.Circuit;
import org.interphase.sim.impedance.CircuitFitter;
import org.interphase.sim.impedance.CircuitParser;
import org.interphase.sim.impedance.FitConstraints;
import org.interphase.sim.impedance.FittedParameter;
import org.interphase.sim.impedance.Parameter;
import org.interphase.sim.impedance.Spectrum;
import org.interphase.sim.stack.StackFit;
import org.interphase.sim.stack.StackFitResult;
import org.interphase.sim.stack.StackFitResult.FittedConductivity;
import org.interphase.sim.stack.StackFitResult.FittedPart;
import org.interphase.sim.stack.StackContribution;
import org.interphase.sim.stack.StackImpedance;

/**
 * A fit of a measured spectrum with the circuit of a stack, starting from the stack model: the fitted arcs and the
 * layer conductivities they give.
 *
 * @param measuredLabel the spectrum that was fitted, e.g. "bare-latp-eis.mpt (measured)"
 * @param points        how many measured points were fitted
 * @param result        the fitted arcs and conductivities
 */
public record StackFitOutcome(String measuredLabel, int points, StackFitResult result) {

    /**
     * @param model    the stack's simulated spectrum, whose circuit the fit starts from
     * @param measured the spectrum to fit
     * @throws AnalysisException if the fit fails, with the engine's reason
     */
    public static StackFitOutcome fit(StackImpedance model, Spectrum measured, String measuredLabel)
            throws AnalysisException {
        try {
            return new StackFitOutcome(measuredLabel, measured.size(),
                    new StackFit(new CircuitFitter()).fit(model, measured));
        } catch (SimulationException e) {
            throw new AnalysisException(e.getMessage());
        }
    }

    /**
     * Fits {@code circuit}, typed by the user, and reads its resistors back as the stack's arcs: R1, R2, … stand for
     * the stack's parts in the order of its own circuit ({@link #arcNames}), so that a layer's arc gives its
     * conductivity as in a fit of the stack's circuit. Parameters named as in the stack's circuit start from the
     * stack model's values, the others from a guess off the data. The stack's own circuit (in any syntax) is fitted
     * as {@link #fit(StackImpedance, Spectrum, String)} does, with mirrored faces as one part.
     *
     * @throws AnalysisException for a malformed circuit (naming the column) or a failed fit
     */
    public static StackFitOutcome fit(StackImpedance model, Spectrum measured, String measuredLabel, String circuit)
            throws AnalysisException {
        String typed;
        try {
            typed = CircuitParser.parseAnySyntax(circuit).toString();
        } catch (SimulationException e) {
            throw new AnalysisException(e.getMessage());
        }
        if (shape(typed).equals(shape(ownCircuit(model)))) {
            return fit(model, measured, measuredLabel);
        }
        Map<String, Double> start = new LinkedHashMap<>();
        Circuit own = model.circuit();
        Set<String> names = new HashSet<>(Circuit.parametersOf(CircuitParser.parse(typed)).stream()
                .map(Parameter::name).toList());
        for (Parameter parameter : own.parameters()) {
            if (names.contains(parameter.name())) {
                start.put(parameter.name(), own.parameterValue(parameter.name()));
            }
        }
        CircuitFitOutcome fit = ImpedanceAnalysis.fit(measured, new FitRequest(typed, List.of(), start,
                FitConstraints.NONE));
        List<FittedPart> parts = new ArrayList<>();
        List<StackContribution> contributions = model.contributions();
        for (int i = 0; i < contributions.size(); i++) {
            StackContribution contribution = contributions.get(i);
            String name = "R" + (i + 1);
            Optional<FittedParameter> r = fit.fit().parameters().stream().filter(p -> p.name().equals(name))
                    .findFirst();
            r.ifPresent(resistance -> parts.add(new FittedPart(contribution.label(), contribution.kind(),
                    contribution.resistance(), resistance.value(), resistance.standardError(),
                    StackFit.conductivity(model.stack(), contribution, resistance.value(),
                            resistance.standardError()))));
        }
        return new StackFitOutcome(measuredLabel, measured.size(),
                new StackFitResult(fit.fit(), parts, model.stack().temperature()));
    }

    /** A circuit string without element numbers: the same circuit numbered by impedance.py or by CDC. */
    private static String shape(String canonical) {
        return canonical.replaceAll("\\d+", "");
    }

    /** The stack's own circuit in impedance.py syntax, e.g. {@code p(R1,C1)-p(R2,CPE2)}: the default to fit. */
    public static String ownCircuit(StackImpedance model) {
        return model.circuit().toString();
    }

    /** What R1, R2, … of a typed circuit stand for: "R1 = Li|LATP interphase", one per part of the stack. */
    public static List<String> arcNames(StackImpedance model) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < model.contributions().size(); i++) {
            names.add("R" + (i + 1) + " = " + model.contributions().get(i).label());
        }
        return names;
    }

    /**
     * The arcs that give a layer property, one per material and property: the mirrored faces of a symmetric cell are
     * fitted as one part and give the same value twice.
     */
    public List<FittedPart> layerParts() {
        Set<String> seen = new HashSet<>();
        List<FittedPart> unique = new ArrayList<>();
        for (FittedPart part : result.parts()) {
            if (part.conductivity().isPresent()) {
                FittedConductivity sigma = part.conductivity().get();
                if (seen.add(sigma.material() + (sigma.grainBoundary() ? "/grain boundary" : "/bulk"))) {
                    unique.add(part);
                }
            }
        }
        return unique;
    }

    /** Predicted (the model's) conductivity of a fitted one, S/m: σ ∝ 1/R, so σ·R_fit/R_predicted. */
    public static double predicted(FittedPart part) {
        FittedConductivity sigma = part.conductivity().orElseThrow();
        return sigma.value() * part.resistance() / part.predictedResistance();
    }
}
