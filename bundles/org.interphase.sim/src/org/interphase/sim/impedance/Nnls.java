package org.interphase.sim.impedance;

import java.util.stream.IntStream;

import org.hipparchus.exception.MathIllegalArgumentException;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.QRDecomposition;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;
import org.hipparchus.util.FastMath;
import org.hipparchus.util.Precision;
import org.interphase.sim.SimulationException;

/**
 * Non-negative least squares, min ‖Ax − b‖ subject to x ≥ 0, by the active-set method of Lawson and Hanson
 * ("Solving Least Squares Problems", 1974, ch. 23). Hipparchus has no NNLS; the unconstrained sub-problems on
 * the passive set are solved with its QR decomposition.
 */
public final class Nnls {

    private Nnls() {
    }

    /**
     * @param a the m × n system matrix
     * @param b the right-hand side, length m
     * @return the minimiser x ≥ 0 (length n)
     * @throws SimulationException if the dimensions disagree, the input is not finite, the passive columns become
     *                             linearly dependent, or the method exceeds 3n outer iterations (the usual bound)
     */
    public static double[] solve(RealMatrix a, double[] b) {
        int m = a.getRowDimension();
        int n = a.getColumnDimension();
        if (b.length != m) {
            throw new SimulationException("NNLS: matrix has " + m + " rows but the right-hand side has " + b.length);
        }
        RealVector rhs = new ArrayRealVector(b);
        if (!Double.isFinite(a.getNorm1()) || !Double.isFinite(rhs.getL1Norm())) {
            throw new SimulationException("NNLS: matrix and right-hand side must be finite");
        }
        // Gradients below this are round-off (scaled like scipy.optimize.nnls).
        double tolerance = 10 * Precision.EPSILON * FastMath.max(m, n) * a.getNorm1() * rhs.getLInfNorm();
        double[] x = new double[n];
        boolean[] passive = new boolean[n];
        int iterations = 0;
        for (int entering = steepest(a, rhs, x, passive, tolerance); entering >= 0;
                entering = steepest(a, rhs, x, passive, tolerance)) {
            if (++iterations > 3 * n) {
                throw new SimulationException("NNLS did not converge in " + 3 * n + " iterations; the problem is "
                        + "too ill-conditioned, increase the regularisation");
            }
            passive[entering] = true;
            double[] trial = passiveSolution(a, rhs, passive);
            while (!positiveOnPassiveSet(trial, passive)) {
                // Step from x towards the trial point as far as feasibility allows; the blocking variable leaves.
                double step = Double.POSITIVE_INFINITY;
                int blocking = -1;
                for (int i = 0; i < n; i++) {
                    // x ≥ 0 and trial ≤ 0 here, so the ratio lies in [0, 1]; both zero means no step at all.
                    double ratio = x[i] == trial[i] ? 0 : x[i] / (x[i] - trial[i]);
                    if (passive[i] && trial[i] <= 0 && ratio < step) {
                        step = ratio;
                        blocking = i;
                    }
                }
                for (int i = 0; i < n; i++) {
                    x[i] += step * (trial[i] - x[i]);
                    if (passive[i] && (i == blocking || x[i] <= 0)) {
                        passive[i] = false;
                        x[i] = 0;
                    }
                }
                trial = passiveSolution(a, rhs, passive);
            }
            x = trial;
        }
        return x;
    }

    /** @return the non-passive index with the largest positive gradient of −½‖Ax − b‖², or −1 at optimality */
    private static int steepest(RealMatrix a, RealVector b, double[] x, boolean[] passive, double tolerance) {
        RealVector gradient = a.transpose().operate(b.subtract(a.operate(new ArrayRealVector(x, false))));
        int best = -1;
        for (int j = 0; j < x.length; j++) {
            if (!passive[j] && gradient.getEntry(j) > tolerance
                    && (best < 0 || gradient.getEntry(j) > gradient.getEntry(best))) {
                best = j;
            }
        }
        return best;
    }

    /** Unconstrained least squares on the passive columns; zero elsewhere. */
    private static double[] passiveSolution(RealMatrix a, RealVector b, boolean[] passive) {
        int[] columns = IntStream.range(0, passive.length).filter(j -> passive[j]).toArray();
        double[] solution = new double[passive.length];
        if (columns.length == 0) {
            return solution;
        }
        int[] rows = IntStream.range(0, a.getRowDimension()).toArray();
        RealVector reduced;
        try {
            reduced = new QRDecomposition(a.getSubMatrix(rows, columns)).getSolver().solve(b);
        } catch (MathIllegalArgumentException e) {
            throw new SimulationException("NNLS: the selected columns are linearly dependent (" + e.getMessage()
                    + "); regularise the problem");
        }
        for (int k = 0; k < columns.length; k++) {
            solution[columns[k]] = reduced.getEntry(k);
        }
        return solution;
    }

    private static boolean positiveOnPassiveSet(double[] trial, boolean[] passive) {
        for (int i = 0; i < trial.length; i++) {
            if (passive[i] && trial[i] <= 0) {
                return false;
            }
        }
        return true;
    }
}
