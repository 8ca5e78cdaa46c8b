package org.interphase.sim.impedance;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;

import org.hipparchus.complex.Complex;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;
import org.hipparchus.linear.SingularValueDecomposition;
import org.interphase.sim.SimulationException;

/**
 * A model Z(ω) = Σ x_k K_k(ω) that is linear in its coefficients x_k (resistances of RC elements, a series
 * resistance, inductance, inverse capacitance), set up as a least-squares problem over the real and imaginary
 * parts of a spectrum together. Rows are weighted by 1/|Z| of the data (modulus weighting, as in Schönleber
 * et al. 2014) so that every decade of |Z| counts. Shared by the Kramers–Kronig test and the DRT.
 */
final class LinearImpedanceModel {

    private final Spectrum data;
    private final double[] omegas;
    /** Unweighted basis functions K_k(ω_i). */
    private final List<Complex[]> columns = new ArrayList<>();

    /** @throws SimulationException if Z = 0 at some point (its weight 1/|Z| would be infinite) */
    LinearImpedanceModel(Spectrum data) {
        for (int i = 0; i < data.size(); i++) {
            if (data.impedance(i).norm() == 0) {
                throw new SimulationException("Z = 0 at " + data.frequency(i)
                        + " Hz cannot be weighted by 1/|Z|; remove that point");
            }
        }
        this.data = data;
        this.omegas = data.angularFrequencies();
    }

    /** Adds R/(1 + jωτ), an RC element with time constant τ (s); its coefficient is R in Ω. */
    void addRelaxation(double tau) {
        add(omega -> new Complex(1, omega * tau).reciprocal());
    }

    /** Adds a frequency-independent series resistance; its coefficient is in Ω. */
    void addResistance() {
        add(omega -> Complex.ONE);
    }

    /** Adds jωL; its coefficient is L in H. */
    void addInductance() {
        add(omega -> new Complex(0, omega));
    }

    /** Adds 1/(jωC); its coefficient is 1/C in 1/F. */
    void addInverseCapacitance() {
        add(omega -> new Complex(0, -1 / omega));
    }

    /** @return the number of coefficients added so far */
    int size() {
        return columns.size();
    }

    /** @return the weighted design matrix, 2N × size(): real rows first, then imaginary rows */
    RealMatrix matrix() {
        int points = omegas.length;
        RealMatrix matrix = new Array2DRowRealMatrix(2 * points, columns.size());
        for (int k = 0; k < columns.size(); k++) {
            Complex[] column = columns.get(k);
            for (int i = 0; i < points; i++) {
                double weight = 1 / data.impedance(i).norm();
                matrix.setEntry(i, k, column[i].getReal() * weight);
                matrix.setEntry(points + i, k, column[i].getImaginary() * weight);
            }
        }
        return matrix;
    }

    /** @return the weighted data vector matching {@link #matrix()} */
    RealVector target() {
        int points = omegas.length;
        RealVector target = new ArrayRealVector(2 * points);
        for (int i = 0; i < points; i++) {
            Complex z = data.impedance(i);
            target.setEntry(i, z.getReal() / z.norm());
            target.setEntry(points + i, z.getImaginary() / z.norm());
        }
        return target;
    }

    /**
     * Unconstrained weighted least squares by SVD (the minimum-norm solution if columns are nearly dependent, as
     * RC kernels on a dense grid are). Columns are scaled to unit norm first, because the inductance column (ω)
     * is many decades larger than the RC columns and would otherwise swamp their singular values.
     *
     * @return the coefficients, in the order the basis functions were added
     */
    double[] leastSquares() {
        RealMatrix matrix = matrix();
        double[] norms = new double[matrix.getColumnDimension()];
        for (int k = 0; k < norms.length; k++) {
            norms[k] = matrix.getColumnVector(k).getNorm();
            if (norms[k] > 0) {
                matrix.setColumnVector(k, matrix.getColumnVector(k).mapDivide(norms[k]));
            }
        }
        double[] scaled = new SingularValueDecomposition(matrix).getSolver().solve(target()).toArray();
        for (int k = 0; k < norms.length; k++) {
            scaled[k] = norms[k] > 0 ? scaled[k] / norms[k] : 0;
        }
        return scaled;
    }

    /** @return the model impedance in Ω at every data frequency for the given coefficients */
    Complex[] evaluate(double[] coefficients) {
        Complex[] z = new Complex[omegas.length];
        for (int i = 0; i < z.length; i++) {
            Complex sum = Complex.ZERO;
            for (int k = 0; k < columns.size(); k++) {
                sum = sum.add(columns.get(k)[i].multiply(coefficients[k]));
            }
            z[i] = sum;
        }
        return z;
    }

    private void add(DoubleFunction<Complex> basis) {
        Complex[] column = new Complex[omegas.length];
        for (int i = 0; i < column.length; i++) {
            column[i] = basis.apply(omegas[i]);
        }
        columns.add(column);
    }
}
