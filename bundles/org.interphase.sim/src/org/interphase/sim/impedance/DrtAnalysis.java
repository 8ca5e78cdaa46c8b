package org.interphase.sim.impedance;

import java.util.Arrays;

import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.DecompositionSolver;
import org.hipparchus.linear.LUDecomposition;
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
 * ({@link #byGeneralisedCrossValidation}); the result names the rule.
 */
public final class DrtAnalysis {

    /** Default regularisation parameter λ (dimensionless, see the class comment). */
    public static final double DEFAULT_LAMBDA = 1e-3;

    /** Default grid density in points per decade of τ. */
    public static final int DEFAULT_POINTS_PER_DECADE = 10;

    /** How far the τ grid extends beyond the measured range, so that peaks at its edges are not cut. */
    public static final int GRID_EXTENSION_DECADES = 1;

    /** The rule {@link #byGeneralisedCrossValidation} names in its results. */
    public static final String GCV_RULE = "generalised cross-validation (GCV), 1e-7 ≤ λ ≤ 1 at 4 per decade";

    /** The rule a given λ is reported with. */
    public static final String GIVEN_RULE = "given";

    /** The λ candidates of GCV: 10^(k/4) for k from {@value #GCV_LOWEST_EXPONENT}·4 to 0. */
    private static final int GCV_LOWEST_EXPONENT = -7;
    private static final int GCV_STEPS_PER_DECADE = 4;

    /** λ, or NaN when GCV chooses it per spectrum. */
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
     * A DRT whose λ is chosen per spectrum by generalised cross-validation (Golub, Heath and Wahba, Technometrics 21
     * (1979) 215): the λ among {@link #GCV_RULE}'s candidates that minimises m‖(I − H_λ) b‖² / (m − tr H_λ)² of the
     * unconstrained Tikhonov problem, H_λ its influence matrix and m = 2N; the non-negative solution is then computed
     * with that λ.
     */
    public static DrtAnalysis byGeneralisedCrossValidation(int pointsPerDecade) {
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
        if (data.size() < 4) {
            throw new SimulationException("a DRT needs at least 4 points, got " + data.size());
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
        double chosen = Double.isNaN(lambda) ? generalisedCrossValidation(fitRows, difference, target) : lambda;
        RealMatrix system = new Array2DRowRealMatrix(fitRows.getRowDimension() + count - 1, count + 2);
        system.setSubMatrix(fitRows.getData(), 0, 0);
        system.setSubMatrix(difference.scalarMultiply(FastMath.sqrt(chosen)).getData(), fitRows.getRowDimension(), 0);
        double[] rhs = Arrays.copyOf(target.toArray(), system.getRowDimension());
        double[] y = Nnls.solve(system, rhs);

        double[] coefficients = Arrays.stream(y).map(v -> v * referenceResistance).toArray();
        coefficients[capacitance] *= omegaMin;
        double[] gamma = new double[count];
        for (int k = 0; k < count; k++) {
            gamma[k] = coefficients[k + 1] / logSpacing;
        }
        double seriesCapacitance = coefficients[capacitance] > 0 ? 1 / coefficients[capacitance]
                : Double.POSITIVE_INFINITY;
        return new DrtResult(taus, gamma, coefficients[0], seriesCapacitance, chosen,
                Double.isNaN(lambda) ? GCV_RULE : GIVEN_RULE, new Spectrum(data.frequencies(),
                        model.evaluate(coefficients)));
    }

    /** The GCV candidate λ with the smallest GCV score for the unconstrained problem ‖Ay − b‖² + λ‖Dy‖². */
    private static double generalisedCrossValidation(RealMatrix a, RealMatrix d, RealVector b) {
        RealMatrix normal = a.transpose().multiply(a);
        RealMatrix penalty = d.transpose().multiply(d);
        RealVector projected = a.transpose().operate(b);
        int m = a.getRowDimension();
        double best = Double.POSITIVE_INFINITY;
        double chosen = DEFAULT_LAMBDA;
        for (int k = GCV_LOWEST_EXPONENT * GCV_STEPS_PER_DECADE; k <= 0; k++) {
            double candidate = FastMath.pow(10, (double) k / GCV_STEPS_PER_DECADE);
            DecompositionSolver solver = new LUDecomposition(normal.add(penalty.scalarMultiply(candidate)))
                    .getSolver();
            if (!solver.isNonSingular()) {
                continue;
            }
            RealVector residual = b.subtract(a.operate(solver.solve(projected)));
            double freedom = m - solver.solve(normal).getTrace();
            double score = m * residual.dotProduct(residual) / (freedom * freedom);
            if (score < best) {
                best = score;
                chosen = candidate;
            }
        }
        return chosen;
    }
}
