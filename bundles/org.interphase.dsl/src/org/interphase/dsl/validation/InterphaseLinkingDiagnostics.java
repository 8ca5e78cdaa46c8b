package org.interphase.dsl.validation;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;
import org.interphase.model.ChemicalKind;
import org.interphase.model.DepositionCycle;
import org.interphase.model.InterphasePackage;
import org.interphase.model.Layer;
import org.interphase.model.Pulse;

/**
 * Linking errors with issue codes where a quick fix can help: a coating that names a recipe which is not declared or
 * imported gets {@link InterphaseIssueCodes#MISSING_RECIPE}, an undeclared chemical
 * {@link InterphaseIssueCodes#MISSING_CHEMICAL}, each with the data to declare it.
 */
public class InterphaseLinkingDiagnostics extends LinkingDiagnosticMessageProvider {

	@Override
	public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
		if (context.getReference() == InterphasePackage.Literals.LAYER__RECIPE
				&& context.getContext() instanceof Layer layer) {
			String material = layer.getMaterial() == null || layer.getMaterial().eIsProxy() ? ""
					: layer.getMaterial().getName();
			return new DiagnosticMessage("the " + layer.getRole().getLiteral() + " names recipe '"
					+ context.getLinkText() + "', which is not declared here or imported; declare 'recipe "
					+ context.getLinkText() + " { ... }' or import the package that has it", Severity.ERROR,
					InterphaseIssueCodes.MISSING_RECIPE, context.getLinkText(), material);
		}
		if (context.getReference().getEReferenceType() == InterphasePackage.Literals.CHEMICAL) {
			String kind = chemicalKind(context.getReference(), context.getContext());
			return new DiagnosticMessage("no chemical '" + context.getLinkText() + "' is declared here or imported; "
					+ "declare it ('" + kind + " " + context.getLinkText() + " \"formula\"') or import the package "
					+ "that has it", Severity.ERROR, InterphaseIssueCodes.MISSING_CHEMICAL, context.getLinkText(), kind);
		}
		return super.getUnresolvedProxyMessage(context);
	}

	/**
	 * The kind a chemical is declared as where it is used: the first pulse of a cycle doses the precursor, a later
	 * one a reactant; purges and anneals use gases, immersions solutions.
	 */
	private static String chemicalKind(EReference reference, EObject context) {
		if (reference == InterphasePackage.Literals.PULSE__CHEMICAL && context instanceof Pulse pulse) {
			boolean first = !(pulse.eContainer() instanceof DepositionCycle cycle)
					|| cycle.getHalfSteps().stream().filter(Pulse.class::isInstance).findFirst().orElse(pulse) == pulse;
			return first ? ChemicalKind.PRECURSOR.getLiteral() : ChemicalKind.REACTANT.getLiteral();
		}
		if (reference == InterphasePackage.Literals.PURGE__GAS || reference == InterphasePackage.Literals.SPUTTER_STEP__GAS
				|| reference == InterphasePackage.Literals.ANNEAL_STEP__ATMOSPHERE) {
			return ChemicalKind.GAS.getLiteral();
		}
		if (reference == InterphasePackage.Literals.IMMERSION__SOLUTION) {
			return ChemicalKind.SOLUTION.getLiteral();
		}
		return ChemicalKind.CHEMICAL.getLiteral();
	}
}
