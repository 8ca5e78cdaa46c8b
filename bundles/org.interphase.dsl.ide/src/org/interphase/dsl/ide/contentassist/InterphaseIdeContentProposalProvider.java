package org.interphase.dsl.ide.contentassist;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.interphase.core.units.Dimension;
import org.interphase.dsl.services.InterphaseGrammarAccess;
import org.interphase.dsl.study.StudyOutput;
import org.interphase.dsl.study.StudySlots;
import org.interphase.dsl.technique.TechniqueSteps;
import org.interphase.dsl.validation.QuantitySlots;
import org.interphase.library.LibraryVocabulary;
import org.interphase.model.Experiment;
import org.interphase.model.Layer;
import org.interphase.model.Material;
import org.interphase.model.Model;
import org.interphase.model.Parameter;
import org.interphase.model.Property;
import org.interphase.model.Quantity;
import org.interphase.model.Recipe;
import org.interphase.model.Stack;
import org.interphase.model.Study;
import org.interphase.model.TechniqueStep;
import org.interphase.sim.technique.DepositionTechnique;
import org.interphase.sim.technique.TechniqueCheck;
import org.interphase.sim.technique.TechniqueParameter;
import org.interphase.sim.technique.Techniques;

import com.google.inject.Inject;

/**
 * Completions the grammar alone cannot give: after a number, the units of the dimension its slot needs ({@code nm},
 * {@code µm}, ... for a thickness); and for the techniques that plug-ins contribute, after {@code step} the ids of the
 * installed techniques, and inside a technique step's braces the parameters it has not written yet, each as a
 * template with its default value and unit ({@code fluence = 2 J/cm2}) and its description; in a study, after
 * {@code vary} or {@code uncertain} the slots its experiment's elements have, and after {@code output},
 * {@code minimize}/{@code maximize} or {@code subject to} the outputs its experiment reports; inside a stack layer's
 * braces the material properties it has not written yet.
 */
public class InterphaseIdeContentProposalProvider extends IdeContentProposalProvider {

	private static final String MATERIAL = "material";

	@Inject
	private InterphaseGrammarAccess grammar;

	@Override
	protected void _createProposals(Assignment assignment, ContentAssistContext context,
			IIdeContentProposalAcceptor acceptor) {
		if (assignment == grammar.getQuantityAccess().getUnitAssignment_2()) {
			proposeUnits(context, acceptor);
			return;
		}
		if (assignment == grammar.getTechniqueStepAccess().getTechniqueAssignment_1()) {
			proposeTechniques(context, acceptor);
			return;
		}
		if (studySlot(assignment)) {
			proposeSlots(context, acceptor);
			return;
		}
		if (studyOutput(assignment)) {
			proposeOutputs(context, acceptor);
			return;
		}
		if (assignment == grammar.getPropertyAccess().getKeyAssignment_0()
				&& EcoreUtil2.getContainerOfType(context.getCurrentModel(), Layer.class) instanceof Layer layer) {
			proposeLayerProperties(layer, context, acceptor);
			return;
		}
		if (assignment == grammar.getParameterAccess().getKeyAssignment_0()) {
			Optional<TechniqueStep> step = Optional.ofNullable(
					EcoreUtil2.getContainerOfType(context.getCurrentModel(), TechniqueStep.class));
			Optional<DepositionTechnique> technique = step.flatMap(TechniqueSteps::technique);
			if (technique.isPresent()) {
				proposeParameters(step.get(), technique.get(), context, acceptor);
				return;
			}
		}
		super._createProposals(assignment, context, acceptor);
	}

	/** The units of the dimensions the quantity being written may have; none where nothing says which. */
	private void proposeUnits(ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		Quantity quantity = context.getCurrentModel() instanceof Quantity current ? current
				: context.getPreviousModel() instanceof Quantity previous ? previous : null;
		if (quantity == null) {
			return;
		}
		for (Dimension dimension : QuantitySlots.accepted(quantity).orElse(List.of())) {
			for (String unit : QuantitySlots.units(dimension)) {
				propose(unit, unit, dimension.describe(), ContentAssistEntry.KIND_VALUE, context, acceptor);
			}
		}
	}

	private boolean studySlot(Assignment assignment) {
		return assignment == grammar.getStudyParameterAccess().getSlotAssignment_0_1()
				|| assignment == grammar.getStudyParameterAccess().getSlotAssignment_1_1();
	}

	private boolean studyOutput(Assignment assignment) {
		return assignment == grammar.getStudyAccess().getOutputsAssignment_5_0_3_1()
				|| assignment == grammar.getStudyAccess().getOutputsAssignment_5_0_3_2_1()
				|| assignment == grammar.getObjectiveAccess().getQuantityAssignment_1()
				|| assignment == grammar.getConstraintAccess().getQuantityAssignment_0();
	}

	/** The study being written, if its experiment is known. */
	private static Optional<Experiment> studyExperiment(ContentAssistContext context) {
		return Optional.ofNullable(EcoreUtil2.getContainerOfType(context.getCurrentModel(), Study.class))
				.map(Study::getExperiment).filter(experiment -> !experiment.eIsProxy());
	}

	/**
	 * The slots a study can vary, before the element ("of ...") is written: the measurements' own, the stack's
	 * and its layers', and those of the recipes and materials of the experiment's files.
	 */
	private void proposeSlots(ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		Optional<Experiment> found = studyExperiment(context);
		if (found.isEmpty()) {
			return;
		}
		Experiment experiment = found.get();
		Map<String, String> slots = new LinkedHashMap<>();
		StudySlots.names(null, experiment).forEach(slot -> slots.putIfAbsent(slot, "of the measurements"));
		Stack stack = experiment.getStack();
		if (stack != null && !stack.eIsProxy()) {
			StudySlots.names(stack, experiment).forEach(slot -> slots.putIfAbsent(slot, "of stack " + stack.getName()));
			for (Layer layer : stack.getLayers()) {
				StudySlots.names(layer, experiment).forEach(slot -> slots.putIfAbsent(slot, "of a layer"));
			}
		}
		for (Resource resource : experiment.eResource().getResourceSet().getResources()) {
			for (EObject content : resource.getContents()) {
				if (content instanceof Model model) {
					model.getElements().stream().filter(e -> e instanceof Recipe || e instanceof Material)
							.forEach(element -> StudySlots.names(element, experiment).forEach(slot -> slots
									.putIfAbsent(slot, "of " + element.eClass().getName().toLowerCase(Locale.ROOT)
											+ " " + element.getName())));
				}
			}
		}
		slots.forEach((slot, where) -> propose(slot, slot, where, ContentAssistEntry.KIND_PROPERTY, context,
				acceptor));
	}

	/** The outputs the study's experiment reports, each with the summary value it is. */
	private void proposeOutputs(ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		studyExperiment(context).ifPresent(experiment -> {
			for (StudyOutput output : StudyOutput.of(experiment)) {
				propose(output.name(), output.name(), output.summaryName().strip()
						+ (output.unit().isEmpty() ? "" : " (" + output.unit() + ")"), ContentAssistEntry.KIND_VALUE,
						context, acceptor);
			}
		});
	}

	private void proposeTechniques(ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		for (DepositionTechnique technique : Techniques.installed().all()) {
			propose(technique.id(), technique.id(), technique.label(), ContentAssistEntry.KIND_KEYWORD, context,
					acceptor);
		}
	}

	/** The material properties a layer's block has not written yet, each as "key = " with its dimension. */
	private void proposeLayerProperties(Layer layer, ContentAssistContext context,
			IIdeContentProposalAcceptor acceptor) {
		// The key being typed is part of the model already; it must still be offered.
		Set<String> written = layer.getProperties().stream().filter(p -> p != context.getCurrentModel())
				.map(Property::getKey).filter(key -> key != null && !key.equals(context.getPrefix()))
				.collect(Collectors.toSet());
		for (String key : LibraryVocabulary.properties(MATERIAL)) {
			// Class and phase name the material itself, not a value of this layer.
			if (!written.contains(key) && !LibraryVocabulary.isAttribute(MATERIAL, key)) {
				String dimensions = LibraryVocabulary.dimensions(MATERIAL, key).map(found -> found.stream()
						.map(Dimension::describe).sorted().collect(Collectors.joining(" or "))).orElse("");
				propose(key + " = ", key, dimensions.isEmpty() ? "a property of the layer's material" : dimensions,
						ContentAssistEntry.KIND_PROPERTY, context, acceptor);
			}
		}
	}

	private void proposeParameters(TechniqueStep step, DepositionTechnique technique, ContentAssistContext context,
			IIdeContentProposalAcceptor acceptor) {
		// The key being typed is part of the model already; it must still be offered.
		Set<String> written = step.getParameters().stream().filter(p -> p != context.getCurrentModel())
				.map(Parameter::getKey).filter(key -> key != null && !key.equals(context.getPrefix()))
				.collect(Collectors.toSet());
		for (TechniqueParameter parameter : technique.parameters()) {
			if (!written.contains(parameter.name())) {
				propose(parameter.template() + ";", parameter.name(), parameter.description()
						+ (parameter.required() ? " (required)" : ""), ContentAssistEntry.KIND_PROPERTY, context,
						acceptor);
			}
		}
		if (!written.contains(TechniqueCheck.FILM)) {
			String film = technique.defaultFilm().orElse("");
			propose(TechniqueCheck.FILM + " = \"" + film + "\";", TechniqueCheck.FILM, "the library material the step"
					+ " deposits" + (film.isEmpty() ? "" : " (usually " + film + ")"), ContentAssistEntry.KIND_PROPERTY,
					context, acceptor);
		}
	}

	private void propose(String text, String label, String description, String kind, ContentAssistContext context,
			IIdeContentProposalAcceptor acceptor) {
		ContentAssistEntry entry = getProposalCreator().createProposal(text, context);
		if (entry != null) {
			entry.setLabel(label);
			entry.setDescription(description);
			entry.setKind(kind);
			acceptor.accept(entry, getProposalPriorities().getDefaultPriority(entry));
		}
	}
}
