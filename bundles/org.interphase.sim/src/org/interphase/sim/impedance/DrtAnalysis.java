package org.interphase.sim.impedance;

import java.util.Arrays;

import org.hipparchus.linear.Array2DRowRealMatrix;
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
 * Real and imaginary parts are fitted together, each row weighted by 1/|Z| of the data; R∞ and γ_k are
 * constrained to be ≥ 0 and solved by {@link Nnls}. The penalty λ Σ ((γ_{k+1} − γ_k) Δ ln τ / R_ref)², a first
 * difference between neighbouring grid points with R_ref = max |Z| of the data, makes λ dimensionless; it favours
 * smooth distributions, so a single R∥C (a delta in the exact DRT) appears as a narrow peak at τ = RC whose area
 * is R.
 */
public final class DrtAnalysis {

    /** Default regularisation parameter λ (dimensionless, see the class comment). */
    public static final double DEFAULT_LAMBDA = 1e-3;

    /** Default grid density in points per decade of τ. */
    public static final int DEFAULT_POINTS_PER_DECADE = 10;

    /** How far the τ grid extends beyond the measured range, so that peaks at its edges are not cut. */
    public static final int GRID_EXTENSION_DECADES = 1;

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
        if (!(lambda > 0) || Double.isInfinite(lambda) || pointsPerDecade < 2 || pointsPerDecade > 100) {
            throw new SimulationException("DRT needs a finite λ > 0 and 2..100 points per decade, got λ = " + lambda
                    + " and " + pointsPerDecade);
        }
        this.lambda = lambda;
        this.pointsPerDecade = pointsPerDecade;
    }

    /**
     * @param data a spectrum with at least 4 points; inductive high-frequency points should be removed first
     *             (the RC kernels cannot represent positive Z'')
     * @return the τ grid, γ(τ) ≥ 0, R∞ and the reconstructed spectrum
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
        // Unknowns y = (R∞, γ_k Δ ln τ) / R_ref are dimensionless and of order one.
        RealMatrix fitRows = model.matrix().scalarMultiply(referenceResistance);
        RealMatrix system = new Array2DRowRealMatrix(fitRows.getRowDimension() + count - 1, count + 1);
        system.setSubMatrix(fitRows.getData(), 0, 0);
        double penalty = FastMath.sqrt(lambda);
        for (int k = 0; k < count - 1; k++) {
            int row = fitRows.getRowDimension() + k;
            system.setEntry(row, k + 1, -penalty);
            system.setEntry(row, k + 2, penalty);
        }
        RealVector target = model.target();
        double[] rhs = Arrays.copyOf(target.toArray(), system.getRowDimension());
        double[] y = Nnls.solve(system, rhs);

        double[] coefficients = Arrays.stream(y).map(v -> v * referenceResistance).toArray();
        double[] gamma = new double[count];
        for (int k = 0; k < count; k++) {
            gamma[k] = coefficients[k + 1] / logSpacing;
        }
        return new DrtResult(taus, gamma, coefficients[0], lambda,
                new Spectrum(data.frequencies(), model.evaluate(coefficients)));
    }
}
