package org.interphase.sim.impedance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;

import org.hipparchus.complex.Complex;
import org.hipparchus.exception.MathIllegalArgumentException;
import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresBuilder;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresOptimizer.Optimum;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresProblem;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LevenbergMarquardtOptimizer;
import org.hipparchus.util.FastMath;
import org.hipparchus.util.Pair;
import org.interphase.sim.SimulationException;

/**
 * Complex non-linear least-squares (CNLS) fitting of a {@link Circuit} to a {@link Spectrum}: real and
 * imaginary residuals are fitted together by Hipparchus' Levenberg–Marquardt optimiser.
 * <p>
 * <b>Bounds:</b> the optimiser works on u = ln p. This keeps every parameter positive without a constraint,
 * puts resistances (~1e3 Ω) and capacitances (~1e-9 F) on the same footing, and turns the optimiser's steps
 * into relative changes. Finite upper bounds (CPE α ≤ 1), a user's {@link FitConstraints} and a range of e^±690
 * that keeps every parameter and its impedance inside double range are enforced by a {@code ParameterValidator}
 * ({@link FitLayout#project}); fixed parameters are not among the optimiser's unknowns.
 * <p>
 * <b>Jacobian:</b> central finite differences in u with a relative step of {@value #LOG_STEP}.
 * <p>
 * <b>Standard errors:</b> σ(u) from the diagonal of the covariance (JᵀJ)⁻¹ scaled by the reduced χ², then
 * σ(p) = p σ(u) (first-order propagation through p = e^u).
 */
public final class CircuitFitter {

    /** Default bound on Levenberg–Marquardt iterations. */
    public static final int DEFAULT_MAX_ITERATIONS = 1000;

    /** Relative finite-difference step (a step in ln p). */
    private static final double LOG_STEP = 1e-6;

    /** Clamp of ln p: e^690 ≈ 1e300, leaving headroom for 1/(ωC) and similar terms. */
    private static final double LOG_LIMIT = 690;

    /** Evaluations allowed per iteration: LM may reject several trial steps within one iteration. */
    private static final int EVALUATIONS_PER_ITERATION = 10;

    /** Relative pivot threshold below which the covariance is treated as singular. */
    private static final double SINGULARITY_THRESHOLD = 1e-14;

    private final Weighting weighting;
    private final int maxIterations;

    /**
     * Whether a spectrum of {@code points} points can fix {@code freeParameters} parameters: at least one point per
     * parameter. Public so that validation refuses what {@link #fit} would refuse.
     */
    public static boolean enoughPoints(int points, int freeParameters) {
        return points >= freeParameters;
    }

    /** A fitter with {@link Weighting#MODULUS} and {@link #DEFAULT_MAX_ITERATIONS}. */
    public CircuitFitter() {
        this(Weighting.MODULUS, DEFAULT_MAX_ITERATIONS);
    }

    /**
     * @param weighting     how residuals are scaled
     * @param maxIterations bound on Levenberg–Marquardt iterations, ≥ 1
     */
    public CircuitFitter(Weighting weighting, int maxIterations) {
        if (weighting == null || maxIterations < 1) {
            throw new SimulationException("a fitter needs a weighting and at least 1 iteration, got " + weighting
                    + " and " + maxIterations);
        }
        this.weighting = weighting;
        this.maxIterations = maxIterations;
    }

    /**
     * @param initialGuess the circuit to fit, with starting values for every parameter
     * @param data         the measured spectrum
     * @return fitted parameters and goodness of fit
     * @throws SimulationException if the data have fewer points than parameters, a weighting scale is zero,
     *                             or the fit does not converge or diverges to overflowing impedances
     */
    public FitResult fit(Circuit initialGuess, Spectrum data) {
        return fit(initialGuess, data, FitConstraints.NONE);
    }

    /**
     * A fit with fixed values and bounds: fixed parameters are left out of the optimisation, bounds on parameters
     * clamp u = ln p, and a bound on an arc's characteristic frequency moves its capacitance (or Q, or R when that is
     * the one fitted) onto the bound whenever a step leaves it.
     *
     * @param constraints fixed values and bounds, by parameter name
     * @throws SimulationException also if a constraint names no parameter of the circuit, a fixed value is outside
     *                             its range, or nothing is left to fit
     */
    public FitResult fit(Circuit initialGuess, Spectrum data, FitConstraints constraints) {
        FitLayout layout = FitLayout.of(initialGuess, constraints, LOG_LIMIT);
        int n = layout.freeCount();
        int points = data.size();
        if (!enoughPoints(points, n)) {
            throw new SimulationException("spectrum has " + points + " points but circuit '" + initialGuess
                    + "' has " + n + (n < initialGuess.parameters().size() ? " free" : "")
                    + " parameters; a fit needs at least as many points as parameters");
        }
        FitData fitData = scale(data);
        LeastSquaresProblem problem = new LeastSquaresBuilder()
                .start(layout.start())
                .target(fitData.target)
                .model(u -> valueAndJacobian(initialGuess.structure(), fitData, layout.point(u.toArray())))
                .parameterValidator(u -> new ArrayRealVector(layout.project(u.toArray()), false))
                .maxIterations(maxIterations)
                .maxEvaluations(EVALUATIONS_PER_ITERATION * maxIterations)
                .build();
        Optimum optimum;
        try {
            optimum = new LevenbergMarquardtOptimizer().optimize(problem);
        } catch (MathIllegalStateException e) {
            throw new SimulationException("fit of '" + initialGuess + "' did not converge within " + maxIterations
                    + " iterations (" + e.getMessage() + "); start from a closer initial guess or raise the limit");
        }
        return result(initialGuess, layout, optimum, 2 * points);
    }

    private FitResult result(Circuit initialGuess, FitLayout layout, Optimum optimum, int residualCount) {
        double[] u = layout.full(optimum.getPoint().toArray());
        double[] values = new double[u.length];
        for (int i = 0; i < u.length; i++) {
            // e^(ln bound) may round one ulp past the bound the validator clamped to.
            values[i] = layout.isFixed(i) ? layout.fixedValue(i)
                    : FastMath.min(FastMath.exp(u[i]), initialGuess.parameters().get(i).upperBound());
        }
        Circuit fitted = initialGuess.withParameterValues(values);
        double chiSquare = optimum.getChiSquare();
        double reducedChiSquare = chiSquare / (residualCount - layout.freeCount());
        double[] logErrors = logStandardErrors(optimum, reducedChiSquare);
        List<FittedParameter> fittedParameters = new ArrayList<>();
        int free = 0;
        for (int i = 0; i < values.length; i++) {
            Parameter parameter = fitted.parameters().get(i);
            boolean fixed = layout.isFixed(i);
            OptionalDouble error = fixed || logErrors == null ? OptionalDouble.empty()
                    : OptionalDouble.of(values[i] * logErrors[free]);
            free += fixed ? 0 : 1;
            fittedParameters.add(new FittedParameter(parameter.name(), parameter.unit(), values[i], error, fixed));
        }
        return new FitResult(fitted, fittedParameters, weighting, chiSquare, reducedChiSquare,
                FastMath.sqrt(chiSquare / residualCount), optimum.getIterations(), optimum.getEvaluations());
    }

    /** @return σ(ln p) per parameter, or null when the covariance is singular */
    private static double[] logStandardErrors(Optimum optimum, double reducedChiSquare) {
        RealMatrix covariance;
        try {
            covariance = optimum.getCovariances(SINGULARITY_THRESHOLD);
        } catch (MathIllegalArgumentException singular) {
            return null;
        }
        double[] errors = new double[covariance.getRowDimension()];
        for (int i = 0; i < errors.length; i++) {
            errors[i] = FastMath.sqrt(FastMath.max(0, covariance.getEntry(i, i)) * reducedChiSquare);
            if (!Double.isFinite(errors[i])) {
                return null;
            }
        }
        return errors;
    }

    /**
     * The measured spectrum as the optimiser sees it: residual k is (model_k − data_k)/scale_k, real parts first,
     * then imaginary parts.
     */
    private record FitData(Spectrum spectrum, double[] omegas, double[] target, double[] scales) {
    }

    private FitData scale(Spectrum data) {
        int points = data.size();
        double[] target = new double[2 * points];
        double[] scales = new double[2 * points];
        for (int i = 0; i < points; i++) {
            Complex z = data.impedance(i);
            scales[i] = weighting.realScale(z);
            scales[points + i] = weighting.imaginaryScale(z);
            if (!(scales[i] > 0 && scales[points + i] > 0)) {
                throw new SimulationException("weighting " + weighting + " needs a non-zero impedance at every "
                        + "point, but Z = " + z + " at " + data.frequency(i) + " Hz; use Weighting.UNIT");
            }
            target[i] = z.getReal() / scales[i];
            target[points + i] = z.getImaginary() / scales[points + i];
        }
        return new FitData(data, data.angularFrequencies(), target, scales);
    }

    private static Pair<RealVector, RealMatrix> valueAndJacobian(CircuitNode structure, FitData data,
            FitLayout.Point point) {
        double[] u = point.full();
        int[] free = point.free();
        double[] value = model(structure, data, u);
        RealMatrix jacobian = new Array2DRowRealMatrix(value.length, free.length);
        for (int j = 0; j < free.length; j++) {
            double[] shifted = u.clone();
            shifted[free[j]] = u[free[j]] + LOG_STEP;
            double[] plus = model(structure, data, shifted);
            shifted[free[j]] = u[free[j]] - LOG_STEP;
            double[] minus = model(structure, data, shifted);
            for (int k = 0; k < value.length; k++) {
                jacobian.setEntry(k, j, (plus[k] - minus[k]) / (2 * LOG_STEP));
            }
        }
        return new Pair<>(new ArrayRealVector(value, false), jacobian);
    }

    private static double[] model(CircuitNode structure, FitData data, double[] u) {
        double[] parameters = Arrays.stream(u).map(FastMath::exp).toArray();
        int points = data.omegas.length;
        double[] value = new double[2 * points];
        for (int i = 0; i < points; i++) {
            Complex z = Circuit.evaluate(structure, data.omegas[i], parameters);
            if (!Circuit.isFinite(z)) {
                throw new SimulationException("fit of '" + structure + "' diverged: at parameters "
                        + Arrays.toString(parameters) + " the impedance at " + data.spectrum.frequency(i)
                        + " Hz is not finite; start from a closer initial guess");
            }
            value[i] = z.getReal() / data.scales[i];
            value[points + i] = z.getImaginary() / data.scales[points + i];
        }
        return value;
    }
}
