package org.interphase.dsl.ide.highlighting;

import java.util.Iterator;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.ide.editor.syntaxcoloring.IHighlightedPositionAcceptor;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.interphase.model.Chemical;
import org.interphase.model.InterphasePackage;
import org.interphase.model.Material;
import org.interphase.model.Recipe;
import org.interphase.model.Source;
import org.interphase.model.Stack;

/**
 * Colours names by what they stand for, which the lexer cannot know: materials, chemicals, recipes, stacks and
 * sources, where they are declared and wherever they are referred to. A reference that does not resolve gets no
 * colour, so a typo stands out before its error marker appears.
 */
public class InterphaseSemanticHighlighting implements ISemanticHighlightingCalculator {

	/** Style ids, one per kind of name. */
	public static final String MATERIAL = "interphase.material";
	public static final String CHEMICAL = "interphase.chemical";
	public static final String RECIPE = "interphase.recipe";
	public static final String STACK = "interphase.stack";
	public static final String SOURCE = "interphase.source";

	@Override
	public void provideHighlightingFor(XtextResource resource, IHighlightedPositionAcceptor acceptor,
			CancelIndicator cancel) {
		if (resource == null || resource.getContents().isEmpty()) {
			return;
		}
		for (Iterator<EObject> all = resource.getContents().get(0).eAllContents(); all.hasNext();) {
			if (cancel.isCanceled()) {
				return;
			}
			EObject object = all.next();
			String declared = style(object);
			if (declared != null) {
				highlight(object, InterphasePackage.Literals.NAMED_ELEMENT__NAME, declared, acceptor);
			}
			for (EReference reference : object.eClass().getEAllReferences()) {
				if (!reference.isContainment() && !reference.isContainer() && !reference.isMany()
						&& object.eGet(reference, true) instanceof EObject target && !target.eIsProxy()) {
					String style = style(target);
					if (style != null) {
						highlight(object, reference, style, acceptor);
					}
				}
			}
		}
	}

	private static void highlight(EObject object, org.eclipse.emf.ecore.EStructuralFeature feature, String style,
			IHighlightedPositionAcceptor acceptor) {
		for (INode node : NodeModelUtils.findNodesForFeature(object, feature)) {
			acceptor.addPosition(node.getOffset(), node.getLength(), style);
		}
	}

	/** The style of a named element of a kind worth colouring; null for the others. */
	private static String style(EObject object) {
		return switch (object) {
			case Material material -> MATERIAL;
			case Chemical chemical -> CHEMICAL;
			case Recipe recipe -> RECIPE;
			case Stack stack -> STACK;
			case Source source -> SOURCE;
			default -> null;
		};
	}
}
