package org.interphase.dsl.validation;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Check;
import org.interphase.dsl.Nesting;
import org.interphase.model.Chemical;
import org.interphase.model.Element;
import org.interphase.model.Experiment;
import org.interphase.model.InterphasePackage;
import org.interphase.model.Layer;
import org.interphase.model.Material;
import org.interphase.model.Model;
import org.interphase.model.NamedElement;
import org.interphase.model.Recipe;
import org.interphase.model.Source;
import org.interphase.model.Stack;

/**
 * The structure of a file: names that must be unique, and nesting within the language's limit. Without the name
 * check the first of two declarations silently won every reference, and two experiments of one name wrote their
 * results into one folder.
 */
public class StructureChecks extends InterphaseCheckBase {

	/** Every name of a file (all its elements share the file's package) in one pass. */
	@Check
	public void checkUniqueNames(Model model) {
		Map<String, NamedElement> first = new HashMap<>();
		for (Element element : model.getElements()) {
			if (element.getName() != null) {
				report(first.putIfAbsent(kind(element) + " " + element.getName(), element), element);
			}
		}
	}

	/** Layer names are what {@code on <layer>} refers to within the stack. */
	@Check
	public void checkUniqueLayerNames(Stack stack) {
		Map<String, NamedElement> first = new HashMap<>();
		for (Layer layer : stack.getLayers()) {
			if (layer.getName() != null) {
				report(first.putIfAbsent(layer.getName(), layer), layer);
			}
		}
	}

	/** Parsed files cannot nest deeper (the parser stops there); models built through the API or loaded from XMI can. */
	@Check
	public void checkNesting(EObject object) {
		if (Nesting.isFirstTooDeep(object)) {
			error(object.eClass().getName() + " groups nest more than " + Nesting.MAX_DEPTH
					+ " levels deep here, which Interphase does not simulate; flatten the nesting", object, null,
					InterphaseIssueCodes.NESTING_TOO_DEEP);
		}
	}

	private void report(NamedElement earlier, NamedElement duplicate) {
		if (earlier == null) {
			return;
		}
		ICompositeNode node = NodeModelUtils.getNode(earlier);
		String where = node == null ? "earlier" : "on line " + node.getStartLine();
		String consequence = duplicate instanceof Experiment ? "both would save their results in one folder"
				: "references would all go to the first";
		error(label(duplicate) + " " + duplicate.getName() + " is already declared " + where + "; " + consequence
				+ ", so rename one of them", duplicate,
				InterphasePackage.Literals.NAMED_ELEMENT__NAME, InterphaseIssueCodes.DUPLICATE_NAME,
				duplicate.getName());
	}

	/**
	 * Materials and chemicals share one kind: both are substances that a composition names. Other elements are
	 * referred to by kind, so a recipe and a stack may share a name.
	 */
	private static String kind(Element element) {
		return element instanceof Material || element instanceof Chemical ? "substance"
				: element.eClass().getName();
	}

	private static String label(EObject object) {
		return switch (object) {
		case Material m -> "material";
		case Chemical c -> c.getKind().getLiteral();
		case Recipe r -> "recipe";
		case Stack s -> "stack";
		case Experiment e -> "experiment";
		case Source s -> "source";
		case Layer l -> "layer";
		default -> object.eClass().getName();
		};
	}
}
