package org.interphase.dsl;

import java.util.Optional;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.interphase.model.StepGroup;
import org.interphase.model.Supercycle;

/**
 * The language's one nesting limit. Supercycles in supercycles and repeat groups in repeat groups are the only
 * constructs that nest without bound, and the parser, the serializer and the formatter recurse over them, so a file
 * thousands of levels deep overflowed the stack. The parser stops reading blocks ({ … }) nested deeper than
 * {@value #MAX_DEPTH} levels; validation reports a model built or loaded without text that nests deeper; the
 * serializer refuses it.
 */
public final class Nesting {

	/** The deepest nesting of blocks in a file, and of supercycles or repeat groups in a model. */
	public static final int MAX_DEPTH = 100;

	private Nesting() {
	}

	/** How many supercycles or repeat groups enclose {@code object}, itself included. */
	public static int depth(EObject object) {
		int depth = 0;
		for (EObject current = object; current != null; current = current.eContainer()) {
			if (nests(current)) {
				depth++;
			}
		}
		return depth;
	}

	/** The first supercycle or repeat group under {@code root} that lies deeper than {@link #MAX_DEPTH}. */
	public static Optional<EObject> firstTooDeep(EObject root) {
		TreeIterator<EObject> all = root.eAllContents();
		while (all.hasNext()) {
			EObject next = all.next();
			if (nests(next) && depth(next) > MAX_DEPTH) {
				return Optional.of(next);
			}
		}
		return Optional.empty();
	}

	/** Whether {@code object} is the outermost supercycle or repeat group deeper than {@link #MAX_DEPTH}. */
	public static boolean isFirstTooDeep(EObject object) {
		return nests(object) && depth(object) == MAX_DEPTH + 1;
	}

	private static boolean nests(EObject object) {
		return object instanceof Supercycle || object instanceof StepGroup;
	}
}
