package org.interphase.sim.impedance;

import java.util.Arrays;

import org.hipparchus.complex.Complex;
import org.hipparchus.util.FastMath;
import org.interphase.sim.SimulationException;

/**
 * The linear Kramers–Kronig validity test of Schönleber, Klotz and Ivers-Tiffée, "A Method for Improving the
 * Robustness of linear Kramers-Kronig Validity Tests", Electrochim. Acta 131 (2014) 20–27, as implemented in
 * impedance.py ({@code impedance/validation.py}, MIT).
 * <p>
 * The data are fitted, real and imaginary parts together with 1/|Z| weights, by a series resistance, M RC
 * elements with τ log-spaced from 1/ω_max to 1/ω_min, a series inductance and optionally a series capacitance
 * (needed for blocking electrodes). Such a model satisfies the Kramers–Kronig relations by construction, so
 * data it cannot reproduce are not KK-consistent (drift, non-linearity, non-stationarity).
 * <p>
 * <b>Choice of M:</b> μ = 1 − Σ|R_k &lt; 0| / Σ|R_k ≥ 0| measures over-fitting: once the RC elements start
 * fitting noise, negative resistances appear and μ falls. As Schönleber et al. and impedance.py's {@code linKK} do,
 * M grows and the search stops at the first M whose μ is at or below the cutoff (0.85), so only the fits up to that M
 * are computed. Unlike impedance.py, which starts at M = 1, the search starts at two elements per decade of the
 * data: coarser grids cannot follow a single arc, and their negative resistances are not over-fitting. With ideal (Debye) relaxations, such as the bulk R∥C of a dense electrolyte layer, μ can dip
 * below the cutoff before the RC grid resolves the arc (for {@code R0-p(R1,CPE1)-p(R2,C2)} at M = 6, with 12 %
 * residuals); {@link #test(Spectrum, int)} then tests with an M the user chooses.
 * <p>
 * <b>Verdict:</b> the residuals Δ' = (Z' − Z'_fit)/|Z| and Δ'' = (Z'' − Z''_fit)/|Z| are valid when every one
 * of them is within the threshold. The default {@value #DEFAULT_RESIDUAL_THRESHOLD} admits the scatter of an
 * analyser with 1 % random noise (the largest of a few hundred Gaussian residuals stays below 4.5σ), while
 * drift during the slow low-frequency points, which the KK model cannot follow, shows up as a local residual
 * of several percent. Use about 0.01 for low-noise measurements.
 */
public final class LinearKramersKronig {

    /** Cutoff on μ from Schönleber et al. 2014 (also impedance.py's default {@code c=0.85}). */
    public static final double DEFAULT_MU_CUTOFF = 0.85;

    /** Largest number of RC elements tried (impedance.py's default {@code max_M=50}). */
    public static final int DEFAULT_MAX_ELEMENTS = 50;

    /** The fewest points a spectrum needs for the test. */
    public static final int MIN_POINTS = 4;

    /** Default bound on every relative residual (fraction of |Z|). */
    public static final double DEFAULT_RESIDUAL_THRESHOLD = 0.05;

    private final double muCutoff;
    private final int maxElements;
    private final double residualThreshold;
    private final boolean seriesCapacitance;

    /** The test with the defaults above and no series capacitance (non-blocking electrodes). */
    public LinearKramersKronig() {
        this(DEFAULT_MU_CUTOFF, DEFAULT_MAX_ELEMENTS, DEFAULT_RESIDUAL_THRESHOLD, false);
    }

    /**
     * @param muCutoff          μ below which the RC elements are taken to fit noise, in (0, 1]
     * @param maxElements       upper limit on M, ≥ 2
     * @param residualThreshold largest admissible relative residual, &gt; 0 (0.01 = 1 %)
     * @param seriesCapacitance whether to add a series capacitance, for spectra with a capacitive
     *                          low-frequency tail (blocking electrodes)
     */
    public LinearKramersKronig(double muCutoff, int maxElements, double residualThreshold,
            boolean seriesCapacitance) {
        if (!(muCutoff > 0 && muCutoff <= 1) || maxElements < 2 || !(residualThreshold > 0)
                || Double.isInfinite(residualThreshold)) {
            throw new SimulationException("Kramers–Kronig settings need 0 < μ cutoff ≤ 1, at least 2 elements and "
                    + "a finite residual threshold > 0; got " + muCutoff + ", " + maxElements + ", "
                    + residualThreshold);
        }
        this.muCutoff = muCutoff;
        this.maxElements = maxElements;
        this.residualThreshold = residualThreshold;
        this.seriesCapacitance = seriesCapacitance;
    }

    /**
     * Tests with the first M whose μ is at or below the cutoff, from two RC elements per decade of the data, or with
     * the largest M tried.
     *
     * @param data a measured or simulated spectrum with at least 4 points
     * @return the chosen M, μ, residuals and the verdict
     * @throws SimulationException if the spectrum is too short to fit even two RC elements
     */
    public KramersKronigResult test(Spectrum data) {
        Grid grid = grid(data);
        // At most one RC element per point keeps the 2N equations well over-determined.
        int largestM = FastMath.min(maxElements, data.size());
        Fit fit = null;
        for (int m = FastMath.min(largestM, smallestM(grid)); m <= largestM && (fit == null || fit.mu > muCutoff);
                m++) {
            fit = fit(data, grid, m);
        }
        return verdict(data, fit);
    }

    /**
     * Tests with exactly {@code elements} RC elements, e.g. one read off an earlier automatic test.
     *
     * @throws SimulationException if the spectrum is too short or {@code elements} is not between 2 and the number of
     *                             points
     */
    public KramersKronigResult test(Spectrum data, int elements) {
        Grid grid = grid(data);
        if (elements < 2 || elements > data.size()) {
            throw new SimulationException("a Kramers–Kronig test of " + data.size() + " points takes 2 to "
                    + data.size() + " RC elements, got M = " + elements);
        }
        return verdict(data, fit(data, grid, elements));
    }

    /**
     * Two RC elements per decade of τ: with fewer, the grid cannot follow even a single arc, so negative resistances
     * there (a μ below the cutoff) say nothing about over-fitting. A spectrum with an R∥CPE arc and a capacitive tail
     * otherwise stops at M = 4 with 50 % residuals.
     */
    private static int smallestM(Grid grid) {
        return (int) FastMath.max(2, FastMath.ceil(2 * FastMath.log10(grid.longest / grid.shortest)));
    }

    /** The τ range of the RC elements: from 1/ω_max to 1/ω_min. */
    private record Grid(double shortest, double longest) {
    }

    private static Grid grid(Spectrum data) {
        if (data.size() < MIN_POINTS) {
            throw new SimulationException("a Kramers–Kronig test needs at least " + MIN_POINTS + " points, got "
                    + data.size());
        }
        double[] omegas = data.angularFrequencies();
        return new Grid(1 / Arrays.stream(omegas).max().getAsDouble(), 1 / Arrays.stream(omegas).min().getAsDouble());
    }

    /**
     * Whether the spectrum ends in a capacitive tail, for which the test needs its series capacitance: −Z'' grows over
     * the three lowest frequencies (an arc's −Z'' falls there instead).
     */
    public static boolean hasCapacitiveTail(Spectrum data) {
        Integer[] order = new Integer[data.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(data.frequency(a), data.frequency(b)));
        return order.length >= 3 && -data.impedance(order[0]).getImaginary() > -data.impedance(order[1]).getImaginary()
                && -data.impedance(order[1]).getImaginary() > -data.impedance(order[2]).getImaginary();
    }

    private record Fit(int elements, double mu, Complex[] impedances) {
    }

    private Fit fit(Spectrum data, Grid grid, int elements) {
        double[] taus = FrequencySweep.logSpaced(grid.shortest, grid.longest, elements);
        LinearImpedanceModel model = new LinearImpedanceModel(data);
        for (double tau : taus) {
            model.addRelaxation(tau);
        }
        model.addResistance();
        model.addInductance();
        if (seriesCapacitance) {
            model.addInverseCapacitance();
        }
        double[] coefficients = model.leastSquares();
        double positive = 0;
        double negative = 0;
        for (int k = 0; k < taus.length; k++) {
            if (coefficients[k] >= 0) {
                positive += coefficients[k];
            } else {
                negative -= coefficients[k];
            }
        }
        // With no positive resistance at all μ is undefined; treat it as fully over-fitted (μ = 0) if there are
        // negative ones and as not yet over-fitted (μ = 1) if every resistance is zero.
        double mu = positive > 0 ? 1 - negative / positive : negative > 0 ? 0 : 1;
        return new Fit(taus.length, mu, model.evaluate(coefficients));
    }

    private KramersKronigResult verdict(Spectrum data, Fit fit) {
        int points = data.size();
        double[] real = new double[points];
        double[] imaginary = new double[points];
        double sumOfSquares = 0;
        double largest = 0;
        for (int i = 0; i < points; i++) {
            Complex z = data.impedance(i);
            real[i] = (z.getReal() - fit.impedances[i].getReal()) / z.norm();
            imaginary[i] = (z.getImaginary() - fit.impedances[i].getImaginary()) / z.norm();
            sumOfSquares += real[i] * real[i] + imaginary[i] * imaginary[i];
            largest = FastMath.max(largest, FastMath.max(FastMath.abs(real[i]), FastMath.abs(imaginary[i])));
        }
        return new KramersKronigResult(fit.elements, fit.mu, seriesCapacitance,
                new Spectrum(data.frequencies(), fit.impedances), real, imaginary,
                FastMath.sqrt(sumOfSquares / (2 * points)), largest, residualThreshold, largest <= residualThreshold);
    }
}
