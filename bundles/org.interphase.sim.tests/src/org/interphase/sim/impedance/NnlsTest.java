package org.interphase.sim.impedance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.QRDecomposition;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;
import org.interphase.sim.SimulationException;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

/** Lawson–Hanson non-negative least squares. */
class NnlsTest {

    @Test
    void positiveUnconstrainedSolutionIsReturnedUnchanged() {
        RealMatrix a = new Array2DRowRealMatrix(new double[][] {{1, 0}, {1, 1}, {0, 2}});
        double[] b = {1, 3, 4};
        double[] expected = new QRDecomposition(a).getSolver().solve(new ArrayRealVector(b)).toArray();
        assertArrayEquals(expected, Nnls.solve(a, b), 1e-12);
    }

    @Test
    void negativeComponentsAreClippedToZero() {
        // With A = I the problem separates: x = max(b, 0).
        assertArrayEquals(new double[] {1, 0, 3}, Nnls.solve(MatrixUtils.createRealIdentityMatrix(3),
                new double[] {1, -2, 3}), 1e-15);
    }

    @Test
    void zeroRightHandSideGivesZero() {
        assertArrayEquals(new double[2], Nnls.solve(MatrixUtils.createRealIdentityMatrix(2), new double[2]));
    }

    @RepeatedTest(5)
    void randomProblemsSatisfyTheOptimalityConditions(RepetitionInfo repetition) {
        Random random = new Random(repetition.getCurrentRepetition());
        int m = 30;
        int n = 12;
        RealMatrix a = new Array2DRowRealMatrix(m, n);
        double[] b = new double[m];
        for (int i = 0; i < m; i++) {
            b[i] = random.nextGaussian();
            for (int j = 0; j < n; j++) {
                a.setEntry(i, j, random.nextGaussian());
            }
        }
        double[] x = Nnls.solve(a, b);
        RealVector gradient = a.transpose().operate(new ArrayRealVector(b).subtract(a.operate(new ArrayRealVector(x))));
        boolean someClipped = false;
        for (int j = 0; j < n; j++) {
            // Karush–Kuhn–Tucker: x ≥ 0, Aᵀ(b − Ax) ≤ 0, and = 0 wherever x > 0.
            assertTrue(x[j] >= 0);
            assertTrue(gradient.getEntry(j) <= 1e-10, "gradient " + gradient.getEntry(j));
            if (x[j] > 0) {
                assertEquals(0, gradient.getEntry(j), 1e-10);
            } else {
                someClipped = true;
            }
        }
        assertTrue(someClipped, "random Gaussian data should activate some constraints");
    }

    @Test
    void mismatchedDimensionsAreRejected() {
        assertThrows(SimulationException.class, () -> Nnls.solve(MatrixUtils.createRealIdentityMatrix(3), new double[2]));
        assertThrows(SimulationException.class,
                () -> Nnls.solve(MatrixUtils.createRealIdentityMatrix(2), new double[] {1, Double.NaN}));
    }
}
