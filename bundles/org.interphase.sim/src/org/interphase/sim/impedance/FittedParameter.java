package org.interphase.sim.impedance;

import java.util.OptionalDouble;

/**
 * One fitted circuit parameter.
 *
 * @param name          e.g. {@code CPE1_alpha}
 * @param unit          SI unit
 * @param value         the fitted value
 * @param standardError one-sigma standard error in the parameter's unit; empty when the data do not
 *                      determine it (the Jacobian at the optimum is rank-deficient) or it was fixed
 * @param fixed         whether the value was held fixed rather than fitted
 */
public record FittedParameter(String name, String unit, double value, OptionalDouble standardError, boolean fixed) {

    /** A fitted (not fixed) parameter. */
    public FittedParameter(String name, String unit, double value, OptionalDouble standardError) {
        this(name, unit, value, standardError, false);
    }
}
