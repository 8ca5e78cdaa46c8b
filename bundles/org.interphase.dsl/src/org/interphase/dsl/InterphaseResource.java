package org.interphase.dsl;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.linking.lazy.LazyLinkingResource;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.util.Triple;

/**
 * An .iph file's resource. Xtext's lazy-linking resource looks for an existing linking diagnostic by searching the
 * whole error list before adding one, which made linking quadratic in the number of unresolved names (10⁵ names did
 * not finish in ten minutes); here the diagnostics already added are also kept in a hash set.
 */
public class InterphaseResource extends LazyLinkingResource {

	private final Set<Diagnostic> linkingDiagnostics = new HashSet<>();

	@Override
	protected void createAndAddDiagnostic(Triple<EObject, EReference, INode> triple) {
		if (isValidationDisabled()) {
			return;
		}
		DiagnosticMessage message = createDiagnosticMessage(triple);
		if (message != null) {
			List<Diagnostic> list = getDiagnosticList(message);
			Diagnostic diagnostic = createDiagnostic(triple, message);
			// The list search remains for the rare repeat, in case the list was cleared behind the set's back.
			if (linkingDiagnostics.add(diagnostic) || !list.contains(diagnostic)) {
				list.add(diagnostic);
			}
		}
	}

	@Override
	protected void removeDiagnostic(Triple<EObject, EReference, INode> triple) {
		if (linkingDiagnostics.isEmpty()) {
			return;
		}
		DiagnosticMessage message = createDiagnosticMessage(triple);
		Diagnostic diagnostic = createDiagnostic(triple, message);
		if (linkingDiagnostics.remove(diagnostic)) {
			getDiagnosticList(message).remove(diagnostic);
		}
	}

	@Override
	protected void clearErrorsAndWarnings() {
		super.clearErrorsAndWarnings();
		linkingDiagnostics.clear();
	}
}
