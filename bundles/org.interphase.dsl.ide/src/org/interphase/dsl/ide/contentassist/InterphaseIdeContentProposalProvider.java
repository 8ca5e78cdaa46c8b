package org.interphase.dsl.ide.contentassist;

import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.util.ReplaceRegion;
import org.interphase.core.units.Dimension;
import org.interphase.dsl.ide.quickfix.InterphaseQuickFixes;
import org.interphase.dsl.ide.quickfix.InterphaseQuickFixes.TextEdit;
import org.interphase.dsl.scoping.LibraryMaterials;
import org.interphase.dsl.services.InterphaseGrammarAccess;
import org.interphase.dsl.study.StudyOutput;
import org.interphase.dsl.study.StudySlots;
import org.interphase.dsl.technique.TechniqueSteps;
import org.interphase.dsl.validation.QuantitySlots;
import org.interphase.library.AldProcess;
import org.interphase.library.LibraryVocabulary;
import org.interphase.model.Chemical;
import org.interphase.model.DepositionCycle;
import org.interphase.model.Entry;
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
import org.interphase.model.Substance;
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
 * braces the material properties it has not written yet; inside a material's (or chemical's, or library entry's)
 * braces the properties the library knows, with a value in a unit of their dimension; after {@code pulse} the
 * library's precursors and reactants, declared when chosen; beside the keywords {@code recipe}, {@code stack} and
 * {@code experiment} a template of each.
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
		if (assignment == grammar.getPropertyAccess().getKeyAssignment_0()) {
			proposeProperties(context, acceptor);
			return;
		}
		if (assignment == grammar.getPulseAccess().getChemicalAssignment_1()) {
			super._createProposals(assignment, context, acceptor);
			proposeLibraryReactants(context, acceptor);
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

	@Override
	protected void _createProposals(Keyword keyword, ContentAssistContext context,
			IIdeContentProposalAcceptor acceptor) {
		super._createProposals(keyword, context, acceptor);
		if (keyword == grammar.getRecipeAccess().getRecipeKeyword_0()) {
			proposeTemplate(ElementTemplates.RECIPE, context, acceptor);
		} else if (keyword == grammar.getStackAccess().getStackKeyword_0()) {
			proposeTemplate(ElementTemplates.STACK, context, acceptor);
		} else if (keyword == grammar.getExperimentAccess().getExperimentKeyword_0()) {
			proposeTemplate(ElementTemplates.experiment(lastStack(context.getCurrentModel())), context, acceptor);
		}
	}

	/** A template, with declarations of the chemicals it names that the files do not declare. */
	private void proposeTemplate(ElementTemplates.Template template, ContentAssistContext context,
			IIdeContentProposalAcceptor acceptor) {
		ContentAssistEntry entry = getProposalCreator().createProposal(template.text(), context);
		if (entry == null) {
			return;
		}
		Set<String> declared = declaredChemicals(context.getCurrentModel());
		List<String> missing = template.declarations().stream()
				.filter(declaration -> !declared.contains(declaration.substring(declaration.indexOf(' ') + 1)))
				.toList();
		if (!missing.isEmpty()) {
			TextEdit declarations = InterphaseQuickFixes.declarations(missing, context.getRootNode().getText());
			entry.getTextReplacements().add(new ReplaceRegion(declarations.offset(), declarations.length(),
					declarations.text()));
		}
		entry.setLabel(template.label());
		entry.setDescription("a template to fill in");
		entry.setKind(ContentAssistEntry.KIND_SNIPPET);
		acceptor.accept(entry, getProposalPriorities().getDefaultPriority(entry));
	}

	/** The name of the last stack of the files loaded with {@code context}, if any. */
	private static Optional<String> lastStack(EObject context) {
		return models(context).flatMap(model -> model.getElements().stream()).filter(Stack.class::isInstance)
				.map(element -> element.getName()).reduce((first, second) -> second);
	}

	/**
	 * The properties the library knows for the material, chemical or library entry being written that it does not
	 * state yet, a quantity's with an example value in a unit of its dimension ({@code thickness = 10 nm}) to be
	 * replaced by the user's own.
	 */
	private void proposeProperties(ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		EObject owner = context.getCurrentModel();
		while (owner != null && !(owner instanceof Substance || owner instanceof Entry || owner instanceof Layer)) {
			owner = owner.eContainer();
		}
		if (owner == null) {
			return;
		}
		String kind = owner instanceof Entry entry && entry.getKind() != null ? entry.getKind() : MATERIAL;
		List<Property> properties = owner instanceof Substance substance ? substance.getProperties()
				: owner instanceof Layer layer ? layer.getProperties() : ((Entry) owner).getProperties();
		// The key being typed is part of the model already; it must still be offered.
		Set<String> written = properties.stream().filter(p -> p != context.getCurrentModel()).map(Property::getKey)
				.filter(key -> key != null && !key.equals(context.getPrefix())).collect(Collectors.toSet());
		for (String key : LibraryVocabulary.properties(kind)) {
			// A material's class and phase are keywords of their own, before its properties; a layer's block holds
			// values of its material, not what the material is.
			boolean keyword = (owner instanceof Material || owner instanceof Layer)
					&& LibraryVocabulary.isAttribute(kind, key);
			if (written.contains(key) || keyword) {
				continue;
			}
			Optional<Dimension> dimension = LibraryVocabulary.dimensions(kind, key)
					.flatMap(dimensions -> dimensions.stream().sorted(Comparator.comparing(Dimension::describe))
							.findFirst());
			String value = dimension.map(Dimension::example).orElse("");
			propose(key + " = " + value, key, dimension.map(d -> d.describe() + ", e.g. " + d.example())
					.orElse("a word or text"), ContentAssistEntry.KIND_PROPERTY, context, acceptor);
		}
	}

	/**
	 * After {@code pulse}, the precursors and co-reactants of the library's ALD/MLD processes (of the cycle's film if
	 * it has any) that the files do not declare; choosing one also declares it, because a pulse names a declared
	 * chemical.
	 */
	private void proposeLibraryReactants(ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		EObject current = context.getCurrentModel();
		Set<String> declared = declaredChemicals(current);
		DepositionCycle cycle = EcoreUtil2.getContainerOfType(current, DepositionCycle.class);
		String film = cycle == null || cycle.getFilm() == null || cycle.getFilm().eIsProxy() ? null
				: cycle.getFilm().getName();
		List<AldProcess> processes = LibraryMaterials.installed().library().processes(AldProcess.class);
		List<AldProcess> ofFilm = processes.stream().filter(p -> p.material().equals(film)).toList();
		Map<String, String> reactants = new LinkedHashMap<>();
		for (AldProcess process : ofFilm.isEmpty() ? processes : ofFilm) {
			libraryNames(process.precursor()).forEach(name -> reactants.putIfAbsent(name, "precursor of " + process.id()));
			libraryNames(process.coReactant()).forEach(name -> reactants.putIfAbsent(name, "reactant of " + process.id()));
		}
		String text = context.getRootNode().getText();
		reactants.forEach((name, what) -> {
			if (declared.contains(name)) {
				return;
			}
			ContentAssistEntry entry = getProposalCreator().createProposal(name, context);
			if (entry != null) {
				String kind = what.substring(0, what.indexOf(' '));
				TextEdit declaration = InterphaseQuickFixes.declaration(kind, name, null, text);
				entry.getTextReplacements().add(new ReplaceRegion(declaration.offset(), declaration.length(),
						declaration.text()));
				entry.setLabel(name);
				entry.setDescription(what + " (declares '" + kind + " " + name + "')");
				entry.setKind(ContentAssistEntry.KIND_REFERENCE);
				acceptor.accept(entry, getProposalPriorities().getDefaultPriority(entry));
			}
		});
	}

	/** The names of the chemicals declared in the files loaded with {@code context}. */
	private static Set<String> declaredChemicals(EObject context) {
		return models(context).flatMap(model -> model.getElements().stream()).filter(Chemical.class::isInstance)
				.map(element -> element.getName()).collect(Collectors.toSet());
	}

	/** The models of the files loaded with {@code context}. */
	private static Stream<Model> models(EObject context) {
		if (context == null || context.eResource() == null || context.eResource().getResourceSet() == null) {
			return Stream.empty();
		}
		return context.eResource().getResourceSet().getResources().stream()
				.flatMap(resource -> resource.getContents().stream()).filter(Model.class::isInstance)
				.map(Model.class::cast);
	}

	/**
	 * The names a file can write for the library's "TMA", "diethylzinc (DEZ)" or "Ta(OEt)5 + NH3": a name's short
	 * form in parentheses, else the name without what a name cannot hold (the validator matches either).
	 */
	private static List<String> libraryNames(String written) {
		return Arrays.stream(written.split("[/+]")).map(String::strip).filter(name -> !name.isEmpty()).map(name -> {
			Matcher shortForm = SHORT_FORM.matcher(name);
			return shortForm.find() ? shortForm.group(1) : name.replaceAll("[^A-Za-z0-9_]", "");
		}).filter(name -> !name.isEmpty() && Character.isLetter(name.charAt(0))).toList();
	}

	/** "(DEZ)" at the end of "diethylzinc (DEZ)". */
	private static final Pattern SHORT_FORM = Pattern.compile("\\s\\(([A-Za-z][A-Za-z0-9_]*)\\)$");

	private boolean studySlot(Assignment assignment) {
		return assignment == grammar.getStudyParameterAccess().getSlotAssignment_0_1()
				|| assignment == grammar.getStudyParameterAccess().getSlotAssignment_1_1();
	}

	private boolean studyOutput(Assignment assignment) {
		return assignment == grammar.getStudyAccess().getOutputsAssignment_5_0_3_1()
				|| assignment == grammar.getStudyAccess().getOutputsAssignment_5_0_3_2_1()
				|| assignment == grammar.getObjectiveAccess().getQuantityAssignment_1()
				|| assignment == grammar.getGoalAccess().getQuantityAssignment_1()
				|| assignment == grammar.getConstraintAccess().getQuantityAssignment_0();
	}

	/** The study being written, if its experiment is known. */
	private static Optional<Experiment> studyExperiment(ContentAssistContext context) {
		return Optional.ofNullable(EcoreUtil2.getContainerOfType(context.getCurrentModel(), Study.class))
				.map(Study::getExperiment).filter(experiment -> !experiment.eIsProxy());
	}

	/**
	 * The slots a study can vary, before the element ("of ...") is written: the measurements' own, the stack itself
	 * (chosen from stacks), the stack's and its layers', and those of the recipes and materials of the experiment's
	 * files.
	 */
	private void proposeSlots(ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		Optional<Experiment> found = studyExperiment(context);
		if (found.isEmpty()) {
			return;
		}
		Experiment experiment = found.get();
		Map<String, String> slots = new LinkedHashMap<>();
		StudySlots.names(null, experiment).forEach(slot -> slots.putIfAbsent(slot, "of the measurements"));
		slots.put(StudySlots.STACK, "the stack the experiment runs on: vary stack over StackA, StackB");
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
