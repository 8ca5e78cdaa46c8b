package org.interphase.dsl.ide.refactoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.interphase.dsl.ide.quickfix.InterphaseQuickFixes.TextEdit;

/**
 * Where the name of a declared element (a material, chemical, recipe, stack, source ...) is written in the files of a
 * resource set: its declaration and every reference to it. Rename, find references and mark occurrences use it; a
 * qualified reference ({@code org.example.LATP}) counts by its last segment, the part a rename changes.
 */
public final class NameOccurrences {

	/** The name as written at {@code offset} of {@code file}, {@code length} characters. */
	public record Occurrence(URI file, int offset, int length, boolean declaration) {
	}

	private NameOccurrences() {
	}

	/**
	 * The element whose name is at {@code offset}: the one a reference there names, or the one declared there; none
	 * elsewhere (a keyword, a number, white space).
	 */
	public static Optional<EObject> elementAt(XtextResource resource, int offset) {
		EObjectAtOffsetHelper helper = new EObjectAtOffsetHelper();
		EObject referenced = helper.resolveCrossReferencedElementAt(resource, offset);
		if (referenced != null) {
			return referenced.eIsProxy() ? Optional.empty() : Optional.of(referenced);
		}
		EObject contained = helper.resolveContainedElementAt(resource, offset);
		return Optional.ofNullable(contained).filter(element -> nameNode(element)
				.filter(name -> name.getOffset() <= offset && offset <= name.getEndOffset()).isPresent());
	}

	/** The node of an element's declared name, if it has one in a parsed file. */
	public static Optional<INode> nameNode(EObject element) {
		EStructuralFeature name = element.eClass().getEStructuralFeature("name");
		if (name == null) {
			return Optional.empty();
		}
		return NodeModelUtils.findNodesForFeature(element, name).stream().findFirst();
	}

	/** Where {@code target}'s name is written in the files of {@code files}, file by file, in text order. */
	public static List<Occurrence> of(EObject target, ResourceSet files) {
		List<Occurrence> occurrences = new ArrayList<>();
		for (Resource resource : List.copyOf(files.getResources())) {
			if (resource instanceof XtextResource file && file.getParseResult() != null) {
				EcoreUtil2.resolveLazyCrossReferences(file, CancelIndicator.NullImpl);
				occurrences.addAll(in(target, file));
			}
		}
		return occurrences;
	}

	/** Where {@code target}'s name is written in {@code file}, in text order. */
	public static List<Occurrence> in(EObject target, XtextResource file) {
		List<Occurrence> occurrences = new ArrayList<>();
		if (target.eResource() == file) {
			nameNode(target).ifPresent(name -> occurrences.add(lastSegment(file, name, true)));
		}
		for (TreeIterator<EObject> it = file.getAllContents(); it.hasNext();) {
			EObject element = it.next();
			for (EReference reference : element.eClass().getEAllReferences()) {
				if (reference.isContainment() || reference.isContainer() || reference.isDerived()
						|| reference.isTransient()) {
					continue;
				}
				List<INode> nodes = NodeModelUtils.findNodesForFeature(element, reference);
				List<?> values = reference.isMany() ? (List<?>) element.eGet(reference, false)
						: java.util.Collections.singletonList(element.eGet(reference, false));
				for (int i = 0; i < Math.min(nodes.size(), values.size()); i++) {
					if (values.get(i) == target) {
						occurrences.add(lastSegment(file, nodes.get(i), false));
					}
				}
			}
		}
		occurrences.sort(Comparator.comparingInt(Occurrence::offset));
		return occurrences;
	}

	/**
	 * The edits that rename {@code target} to {@code newName} in every file of {@code files} that writes its name,
	 * by file.
	 */
	public static Map<URI, List<TextEdit>> rename(EObject target, ResourceSet files, String newName) {
		Map<URI, List<TextEdit>> edits = new LinkedHashMap<>();
		for (Occurrence occurrence : of(target, files)) {
			edits.computeIfAbsent(occurrence.file(), file -> new ArrayList<>())
					.add(new TextEdit(occurrence.offset(), occurrence.length(), newName));
		}
		return edits;
	}

	private static Occurrence lastSegment(XtextResource file, INode node, boolean declaration) {
		String written = NodeModelUtils.getTokenText(node);
		int dot = written.lastIndexOf('.');
		ICompositeNode root = file.getParseResult().getRootNode();
		String text = root.getText();
		// The token text drops hidden tokens; find the last segment in the node's own text.
		String nodeText = text.substring(node.getOffset(), node.getEndOffset());
		String segment = dot < 0 ? written : written.substring(dot + 1);
		int at = nodeText.lastIndexOf(segment);
		return new Occurrence(file.getURI(), node.getOffset() + Math.max(at, 0), segment.length(), declaration);
	}
}
