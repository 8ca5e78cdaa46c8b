package org.interphase.sim.impedance;

import java.util.Arrays;

import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;
import org.hipparchus.util.FastMath;
import org.interphase.sim.SimulationException;

/**
 * Distribution of relaxation times (DRT) by Tikhonov-regularised non-negative least squares, the approach of
 * pyimpspec's "tr-nnls" method and, with quadratic programming instead of NNLS, of pyDRTtools:
 * Z(ω) = R∞ + ∫ γ(ln τ) / (1 + jωτ) d ln τ, discretised on a log-τ grid that extends
 * {@value #GRID_EXTENSION_DECADES} decade beyond 1/ω_max and 1/ω_min.
 * <p>
 * Real and imaginary parts are fitted together, each row weighted by 1/|Z| of the data; R∞, γ_k and the inverse of
 * a series capacitance are constrained to be ≥ 0 and solved by {@link Nnls}. The penalty λ Σ ((γ_{k+1} − γ_k) Δ ln τ / R_ref)², a first
 * difference between neighbouring grid points with R_ref = max |Z| of the data, makes λ dimensionless; it favours
 * smooth distributions, so a single R∥C (a delta in the exact DRT) appears as a narrow peak at τ = RC whose area
 * is R. λ is either given or chosen per spectrum by generalised cross-validation
 * ({@link #byDiscrepancy}); the result names the rule.
 */
public final class DrtAnalysis {

    /** Default regularisation parameter λ (dimensionless, see the class comment). */
    public static final double DEFAULT_LAMBDA = 1e-3;

    /** Default grid density in points per decade of τ. */
    public static final int DEFAULT_POINTS_PER_DECADE = 10;

    /** How far the τ grid extends beyond the measured range, so that peaks at its edges are not cut. */
    public static final int GRID_EXTENSION_DECADES = 1;

    /** The rule {@link #byDiscrepancy} names in its results. */
    public static final String DISCREPANCY_RULE = "discrepancy: the largest λ in 1e-6..1e4 (4 per decade) whose"
            + " residual is at most 1.5 × that of λ = 1e-6";

    /** The fewest points a spectrum needs for a DRT. */
    public static final int MIN_POINTS = 4;

    /** The rule a given λ is reported with. */
    public static final String GIVEN_RULE = "given";

    /** The λ candidates of the discrepancy rule: 10^(k/4) from 1e-6 to 1e4. */
    private static final int LOWEST_EXPONENT = -6;
    private static final int LARGEST_EXPONENT = 4;
    private static final int STEPS_PER_DECADE = 4;

    /**
     * How much more misfit than the least regularised solution λ may cost: that solution fits the noise, so its
     * residual estimates the noise, and a smoother γ that fits the data within half as much again is preferred.
     */
    private static final double DISCREPANCY_FACTOR = 1.5;

    /** λ, or NaN when the discrepancy rule chooses it per spectrum. */
    private final double lambda;
    private final int pointsPerDecade;

    /** DRT with {@link #DEFAULT_LAMBDA} and {@link #DEFAULT_POINTS_PER_DECADE}. */
    public DrtAnalysis() {
        this(DEFAULT_LAMBDA, DEFAULT_POINTS_PER_DECADE);
    }

    /**
     * @param lambda          regularisation parameter, finite and &gt; 0 (larger: smoother, broader peaks)
     * @param pointsPerDecade τ grid density, between 2 and 100
     */
    public DrtAnalysis(double lambda, int pointsPerDecade) {
        if (!(lambda > 0) || Double.isInfinite(lambda)) {
            throw new SimulationException("DRT needs a finite λ > 0, got λ = " + lambda);
        }
        this.lambda = lambda;
        this.pointsPerDecade = checkedDensity(pointsPerDecade);
    }

    private DrtAnalysis(int pointsPerDecade) {
        this.lambda = Double.NaN;
        this.pointsPerDecade = checkedDensity(pointsPerDecade);
    }

    /**
     * A DRT whose λ is chosen per spectrum by a discrepancy rule ({@link #DISCREPANCY_RULE}): the least regularised
     * solution fits the noise, so its residual estimates the noise level, and the smoothest γ that fits the data
     * within {@value #DISCREPANCY_FACTOR} times that residual is taken. Generalised cross-validation of the
     * unconstrained problem was tried first and chose λ a hundred times too small for 1 % noise, splitting each arc
     * into several peaks.
     */
    public static DrtAnalysis byDiscrepancy(int pointsPerDecade) {
        return new DrtAnalysis(pointsPerDecade);
    }

    private static int checkedDensity(int pointsPerDecade) {
        if (pointsPerDecade < 2 || pointsPerDecade > 100) {
            throw new SimulationException("DRT needs 2..100 points per decade, got " + pointsPerDecade);
        }
        return pointsPerDecade;
    }

    /**
     * @param data a spectrum with at least 4 points; inductive high-frequency points should be removed first
     *             (the RC kernels cannot represent positive Z'')
     * @return the τ grid, γ(τ) ≥ 0, R∞, the series capacitance and the reconstructed spectrum
     * @throws SimulationException if the spectrum is too short or contains Z = 0
     */
    public DrtResult analyse(Spectrum data) {
        if (data.size() < MIN_POINTS) {
            throw new SimulationException("a DRT needs at least " + MIN_POINTS + " points, got " + data.size());
        }
        double[] omegas = data.angularFrequencies();
        double tauMin = 1 / Arrays.stream(omegas).max().getAsDouble() * FastMath.pow(10, -GRID_EXTENSION_DECADES);
        double tauMax = 1 / Arrays.stream(omegas).min().getAsDouble() * FastMath.pow(10, GRID_EXTENSION_DECADES);
        int count = (int) FastMath.round(FastMath.log10(tauMax / tauMin) * pointsPerDecade) + 1;
        double[] taus = FrequencySweep.logSpaced(tauMin, tauMax, count);
        double logSpacing = FastMath.log(taus[1] / taus[0]);
        double referenceResistance = Arrays.stream(data.moduli()).max().getAsDouble();

        LinearImpedanceModel model = new LinearImpedanceModel(data);
        model.addResistance();
        for (double tau : taus) {
            model.addRelaxation(tau);
        }
        // A capacitive low-frequency tail (blocking electrode, finite-length diffusion with a reflecting end) is no
        // relaxation; without this term the γ at the longest τ would grow to mimic it.
        model.addInverseCapacitance();
        // Unknowns y = (R∞, γ_k Δ ln τ, 1/(C ω_min)) / R_ref are dimensionless and of order one.
        double omegaMin = Arrays.stream(omegas).min().getAsDouble();
        RealMatrix fitRows = model.matrix().scalarMultiply(referenceResistance);
        int capacitance = count + 1;
        fitRows.setColumnVector(capacitance, fitRows.getColumnVector(capacitance).mapMultiply(omegaMin));
        RealMatrix difference = new Array2DRowRealMatrix(count - 1, count + 2);
        for (int k = 0; k < count - 1; k++) {
            difference.setEntry(k, k + 1, -1);
            difference.setEntry(k, k + 2, 1);
        }
        RealVector target = model.target();
        double chosen = Double.isNaN(lambda) ? discrepancy(fitRows, difference, target) : lambda;
        double[] y = solve(fitRows, difference, target, chosen);

        double[] coefficients = Arrays.stream(y).map(v -> v * referenceResistance).toArray();
        coefficients[capacitance] *= omegaMin;
        double[] gamma = new double[count];
        for (int k = 0; k < count; k++) {
            gamma[k] = coefficients[k + 1] / logSpacing;
        }
        double seriesCapacitance = coefficients[capacitance] > 0 ? 1 / coefficients[capacitance]
                : Double.POSITIVE_INFINITY;
        return new DrtResult(taus, gamma, coefficients[0], seriesCapacitance, chosen,
                Double.isNaN(lambda) ? DISCREPANCY_RULE : GIVEN_RULE, new Spectrum(data.frequencies(),
                        model.evaluate(coefficients)));
    }

    /**
     * The largest candidate λ whose fit residual ‖Ay − b‖ stays within {@value #DISCREPANCY_FACTOR} times that of the
     * least regularised candidate, each solved with non-negativity.
     */
    private static double discrepancy(RealMatrix a, RealMatrix d, RealVector b) {
        double[] lambdas = new double[(LARGEST_EXPONENT - LOWEST_EXPONENT) * STEPS_PER_DECADE + 1];
        double[] residuals = new double[lambdas.length];
        for (int k = 0; k < lambdas.length; k++) {
            lambdas[k] = FastMath.pow(10, LOWEST_EXPONENT + (double) k / STEPS_PER_DECADE);
            double[] y = solve(a, d, b, lambdas[k]);
            residuals[k] = b.subtract(a.operate(new ArrayRealVector(y, false))).getNorm();
        }
        double chosen = lambdas[0];
        for (int k = 0; k < lambdas.length; k++) {
            if (residuals[k] <= DISCREPANCY_FACTOR * residuals[0]) {
                chosen = lambdas[k];
            }
        }
        return chosen;
    }

    private static double[] solve(RealMatrix a, RealMatrix d, RealVector b, double lambda) {
        RealMatrix system = new Array2DRowRealMatrix(a.getRowDimension() + d.getRowDimension(), a.getColumnDimension());
        system.setSubMatrix(a.getData(), 0, 0);
        system.setSubMatrix(d.scalarMultiply(FastMath.sqrt(lambda)).getData(), a.getRowDimension(), 0);
        return Nnls.solve(system, Arrays.copyOf(b.toArray(), system.getRowDimension()));
    }
}
