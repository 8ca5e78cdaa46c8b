package org.interphase.sim.impedance;

import java.util.List;

/**
 * The outcome of a {@link CircuitFitter} run.
 *
 * @param circuit          the circuit with the fitted parameter values
 * @param parameters       fitted values with standard errors, in the circuit's parameter order
 * @param weighting        the weighting the residuals were scaled with
 * @param chiSquare        Σ [(ΔZ'/s')² + (ΔZ''/s'')²] at the optimum (dimensionless unless the weighting is
 *                         {@link Weighting#UNIT}, then in Ω²)
 * @param reducedChiSquare chiSquare / (2N − number of parameters): the residual variance that scales the
 *                         standard errors
 * @param residualRms      √(chiSquare / 2N); with {@link Weighting#MODULUS} the typical relative misfit (0.01 = 1 %)
 * @param iterations       Levenberg–Marquardt iterations used
 * @param evaluations      model evaluations used (each with its Jacobian)
 */
public record FitResult(Circuit circuit, List<FittedParameter> parameters, Weighting weighting, double chiSquare,
        double reducedChiSquare, double residualRms, int iterations, int evaluations) {

    /** Defensive copy of the parameter list. */
    public FitResult {
        parameters = List.copyOf(parameters);
    }
}
