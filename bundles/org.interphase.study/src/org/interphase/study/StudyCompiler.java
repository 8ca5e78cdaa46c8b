package org.interphase.study;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.interphase.core.units.QuantityException;
import org.interphase.dsl.study.StudyOutput;
import org.interphase.dsl.study.StudySlots;
import org.interphase.model.Constraint;
import org.interphase.model.Direction;
import org.interphase.model.InterphasePackage;
import org.interphase.model.Quantity;
import org.interphase.model.Study;
import org.interphase.model.StudyParameter;

/**
 * Turns a validated study into its {@link StudyPlan}: every axis in the unit its first value is written in, the
 * seed (1 if none is written) and the Monte Carlo sample count (100 if uncertain values are written without one).
 */
public final class StudyCompiler {

    /** Monte Carlo samples when a study writes uncertain values but no "samples N". */
    static final int DEFAULT_SAMPLES = 100;

    private StudyCompiler() {
    }

    /** @throws StudyException if a value cannot be read (validation reports it on its line first) */
    public static StudyPlan compile(Study study) {
        List<Axis> axes = new ArrayList<>();
        int rows = 1;
        boolean uncertain = false;
        for (StudyParameter parameter : study.getParameters()) {
            Axis axis = axis(study, parameter);
            axes.add(axis);
            if (axis.kind() == Axis.Kind.RANDOM || axis.kind() == Axis.Kind.LATIN) {
                rows = axis.size();
            }
            uncertain |= axis.kind() == Axis.Kind.UNCERTAIN;
        }
        int samples = !uncertain ? 1 : study.isSetSamples() ? study.getSamples() : DEFAULT_SAMPLES;
        long seed = study.isSetSeed() ? study.getSeed() : 1;
        return new StudyPlan(study.getName(), study.getExperiment().getName(), axes, study.getOutputs(), seed, rows,
                samples, Optional.ofNullable(study.getObjective()).map(objective -> new StudyPlan.Objective(
                        objective.getDirection() == Direction.MAXIMIZE, objective.getQuantity(),
                        objective.getConstraints().stream().map(StudyCompiler::bound).toList(),
                        objective.getAlso().stream().map(goal -> new StudyPlan.Goal(
                                goal.getDirection() == Direction.MAXIMIZE, goal.getQuantity())).toList())));
    }

    private static Axis axis(Study study, StudyParameter parameter) {
        if (!parameter.getStacks().isEmpty()) {
            return Axis.choice(parameter.getSlot(), parameter.getSlot(), parameter.getStacks().stream()
                    .map(stack -> new Axis.Choice(stack.getName(), EcoreUtil.getURI(stack).toString())).toList());
        }
        String path = NodeModelUtils.findNodesForFeature(parameter, InterphasePackage.Literals.STUDY_PARAMETER__TARGET)
                .stream().findFirst().map(NodeModelUtils::getTokenText).orElse(null);
        String label = parameter.getSlot() + (path == null ? "" : " of " + path);
        String target = parameter.getTarget() == null ? null : EcoreUtil.getURI(parameter.getTarget()).toString();
        boolean count = StudySlots.resolve(parameter.getTarget(), parameter.getSlot(), study.getExperiment()).slot()
                .map(StudySlots.Slot::count).orElseThrow(() -> new StudyException(label + " addresses nothing"));
        Quantity first = switch (parameter.getDesign()) {
            case LIST -> parameter.getValues().get(0);
            case UNCERTAIN -> parameter.getNominal();
            default -> parameter.getFrom();
        };
        String unit = first.getUnit() == null ? "" : first.getUnit().strip();
        return switch (parameter.getDesign()) {
            case LIST -> new Axis(label, target, parameter.getSlot(), Axis.Kind.LIST, unit, count,
                    parameter.getValues().stream().mapToDouble(q -> in(q, unit)).toArray(), 0, 0, 0, 0);
            case STEP -> new Axis(label, target, parameter.getSlot(), Axis.Kind.STEP, unit, count, null,
                    in(parameter.getFrom(), unit), in(parameter.getTo(), unit), in(parameter.getStep(), unit), 0);
            case LOG -> new Axis(label, target, parameter.getSlot(), Axis.Kind.LOG, unit, count, null,
                    in(parameter.getFrom(), unit), in(parameter.getTo(), unit), 0, parameter.getCount());
            case RANDOM, LATIN -> new Axis(label, target, parameter.getSlot(),
                    parameter.getDesign() == org.interphase.model.Design.RANDOM ? Axis.Kind.RANDOM : Axis.Kind.LATIN,
                    unit, count, null, in(parameter.getFrom(), unit), in(parameter.getTo(), unit), 0,
                    parameter.getCount());
            case UNCERTAIN -> new Axis(label, target, parameter.getSlot(), Axis.Kind.UNCERTAIN, unit, count, null,
                    first.getValue(), first.getValue(), first.getUncertainty(), 0);
        };
    }

    private static StudyPlan.Bound bound(Constraint constraint) {
        StudyOutput output = StudyOutput.named(constraint.getQuantity())
                .orElseThrow(() -> new StudyException("no output named " + constraint.getQuantity()));
        return new StudyPlan.Bound(output.name(), constraint.isAtMost(), in(constraint.getBound(), output.unit()));
    }

    /** The written quantity in {@code unit}. */
    private static double in(Quantity quantity, String unit) {
        try {
            return org.interphase.core.units.Quantity.of(quantity.getValue(),
                    quantity.getUnit() == null ? "" : quantity.getUnit().strip()).in(unit);
        } catch (QuantityException e) {
            throw new StudyException(e.getMessage());
        }
    }
}
