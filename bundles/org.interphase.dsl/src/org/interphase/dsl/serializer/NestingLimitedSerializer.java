package org.interphase.dsl.serializer;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.serializer.ISerializationContext;
import org.eclipse.xtext.serializer.acceptor.ISequenceAcceptor;
import org.eclipse.xtext.serializer.diagnostic.ISerializationDiagnostic;
import org.eclipse.xtext.serializer.impl.Serializer;
import org.interphase.dsl.Nesting;

/**
 * Xtext's serializer recurses over the model, so a model built through the API with thousands of nested
 * supercycles or repeat groups overflowed the stack while being saved or formatted; it is refused with a message
 * instead. Parsed files cannot nest that deep (see {@link org.interphase.dsl.parser.NestingLimitedParser}).
 */
public class NestingLimitedSerializer extends Serializer {

	@Override
	protected void serialize(ISerializationContext context, EObject semanticObject, ISequenceAcceptor tokens,
			ISerializationDiagnostic.Acceptor errors) {
		Nesting.firstTooDeep(semanticObject).ifPresent(deep -> {
			throw new IllegalArgumentException("cannot write this model as text: its " + deep.eClass().getName()
					+ " groups nest more than " + Nesting.MAX_DEPTH + " levels deep");
		});
		super.serialize(context, semanticObject, tokens, errors);
	}
}
