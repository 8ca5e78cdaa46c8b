package org.interphase.dsl.ide.contentassist;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.interphase.core.units.Dimension;
import org.interphase.dsl.services.InterphaseGrammarAccess;
import org.interphase.dsl.technique.TechniqueSteps;
import org.interphase.dsl.validation.QuantitySlots;
import org.interphase.model.Parameter;
import org.interphase.model.Quantity;
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
 * template with its default value and unit ({@code fluence = 2 J/cm2}) and its description.
 */
public class InterphaseIdeContentProposalProvider extends IdeContentProposalProvider {

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

	private void proposeTechniques(ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		for (DepositionTechnique technique : Techniques.installed().all()) {
			propose(technique.id(), technique.id(), technique.label(), ContentAssistEntry.KIND_KEYWORD, context,
					acceptor);
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
