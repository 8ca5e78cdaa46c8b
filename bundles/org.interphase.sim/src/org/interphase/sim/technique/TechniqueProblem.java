package org.interphase.sim.technique;

import java.util.Objects;

/**
 * Something wrong with the parameters of a technique step, found by {@link TechniqueCheck} or by a technique's own
 * {@link DepositionTechnique#validate(TechniqueParameters)}.
 *
 * @param kind      what is wrong, so that an editor can attach the matching issue code
 * @param parameter the parameter concerned; empty when the problem concerns the step as a whole
 * @param message   a complete sentence saying what is wrong and what to write instead
 */
public record TechniqueProblem(Kind kind, String parameter, String message) {

    /** What kind of problem it is. */
    public enum Kind {
        /** A parameter the technique does not declare. */
        UNKNOWN_PARAMETER,
        /** A required parameter that is not written. */
        MISSING_PARAMETER,
        /** A value of the wrong kind of quantity (e.g. a length for a fluence). */
        WRONG_DIMENSION,
        /** A value outside the parameter's allowed range. */
        OUT_OF_RANGE,
        /** A combination of values the technique rejects (its own validation). */
        INVALID
    }

    public TechniqueProblem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(parameter, "parameter");
        Objects.requireNonNull(message, "message");
    }

    /** A problem of the technique's own validation, e.g. two parameters that contradict each other. */
    public static TechniqueProblem invalid(String parameter, String message) {
        return new TechniqueProblem(Kind.INVALID, parameter, message);
    }
}
