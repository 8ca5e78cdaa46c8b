package org.interphase.dsl.compiler;

import org.eclipse.emf.ecore.EObject;

/**
 * A model that passed validation but cannot be turned into simulation inputs (a value the engines need is missing
 * from both the file and the library, an engine rejects a combination of inputs, ...). The message starts with the
 * file and line of the construct at fault.
 */
public final class CompileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param at the construct at fault; its file and line start the message */
    public CompileException(EObject at, String message) {
        super(Provenance.location(at) + ": " + message);
    }

    /** Wraps an engine's or the library's complaint about the inputs compiled from {@code at}. */
    public CompileException(EObject at, RuntimeException cause) {
        super(Provenance.location(at) + ": " + cause.getMessage(), cause);
    }
}
