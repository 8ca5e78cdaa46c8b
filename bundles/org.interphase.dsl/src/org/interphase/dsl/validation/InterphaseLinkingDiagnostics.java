package org.interphase.dsl.validation;

import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;
import org.interphase.model.InterphasePackage;
import org.interphase.model.Layer;

/**
 * Linking errors with issue codes where a quick fix can help: a coating that names a recipe which is not declared or
 * imported gets {@link InterphaseIssueCodes#MISSING_RECIPE}, with the data to create it.
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
		return super.getUnresolvedProxyMessage(context);
	}
}
