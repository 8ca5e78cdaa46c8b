package org.interphase.sim.impedance;

import org.hipparchus.complex.Complex;
import org.hipparchus.util.FastMath;

/**
 * How residuals of a complex fit are scaled: each residual (model − data) is divided by a scale computed from
 * the measured Z, so that the fit minimises Σ [(ΔZ'/s')² + (ΔZ''/s'')²].
 */
public enum Weighting {

    /** s' = s'' = 1 Ω: absolute residuals; the large low-frequency impedances dominate. */
    UNIT {
        @Override
        double realScale(Complex measured) {
            return 1;
        }

        @Override
        double imaginaryScale(Complex measured) {
            return 1;
        }
    },

    /**
     * s' = s'' = |Z| (impedance.py's {@code weight_by_modulus}): relative residuals, so every decade of |Z|
     * counts; matches the common error structure of analysers (noise proportional to |Z|).
     */
    MODULUS {
        @Override
        double realScale(Complex measured) {
            return measured.norm();
        }

        @Override
        double imaginaryScale(Complex measured) {
            return measured.norm();
        }
    },

    /**
     * s' = |Z'|, s'' = |Z''| (proportional weighting): each component relative to itself. Each scale is floored
     * at {@value #PROPORTIONAL_FLOOR} |Z| so that a component crossing zero (−Z'' at the high-frequency limit)
     * does not get an unbounded weight.
     */
    PROPORTIONAL {
        @Override
        double realScale(Complex measured) {
            return FastMath.max(FastMath.abs(measured.getReal()), PROPORTIONAL_FLOOR * measured.norm());
        }

        @Override
        double imaginaryScale(Complex measured) {
            return FastMath.max(FastMath.abs(measured.getImaginary()), PROPORTIONAL_FLOOR * measured.norm());
        }
    };

    /** Smallest component scale of {@link #PROPORTIONAL}, relative to |Z|. */
    public static final double PROPORTIONAL_FLOOR = 1e-3;

    /** @return the scale of the real residual, in Ω, for a measured Z */
    abstract double realScale(Complex measured);

    /** @return the scale of the imaginary residual, in Ω, for a measured Z */
    abstract double imaginaryScale(Complex measured);
}
