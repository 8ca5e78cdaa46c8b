package org.interphase.sim.impedance;

import java.util.List;

import org.hipparchus.complex.Complex;
import org.hipparchus.util.FastMath;

/**
 * The kinds of equivalent-circuit element, with the circuit-string prefix, the parameters (SI units,
 * admissible range) and the impedance formula of each. The formulas and prefixes follow impedance.py
 * (ECSHackWeek/impedance.py, {@code impedance/models/circuits/elements.py}, MIT), so circuit strings and
 * fitted values can be exchanged with it.
 * <p>
 * Every parameter must be finite and strictly positive; a parameter may also have a finite upper bound
 * (the CPE exponent α ≤ 1). In all formulas ω is the angular frequency in rad/s and j the imaginary unit.
 */
public enum ElementType {

    /** Resistor, Z = R. */
    R("R", "resistor", new ParameterSpec("", "Ω")) {
        @Override
        Complex impedance(double omega, double[] values, int offset) {
            return new Complex(values[offset]);
        }
    },

    /** Capacitor, Z = 1/(jωC). */
    C("C", "capacitor", new ParameterSpec("", "F")) {
        @Override
        Complex impedance(double omega, double[] values, int offset) {
            return new Complex(0, -1 / (omega * values[offset]));
        }
    },

    /** Inductor, Z = jωL (cables and current collectors at high frequency). */
    L("L", "inductor", new ParameterSpec("", "H")) {
        @Override
        Complex impedance(double omega, double[] values, int offset) {
            return new Complex(0, omega * values[offset]);
        }
    },

    /**
     * Constant-phase element, Z = 1/(Q (jω)^α); α = 1 is a capacitor with C = Q, α = 0.5 a Warburg-like
     * line. Used for depressed arcs of polycrystalline electrolytes and rough interfaces.
     */
    CPE("CPE", "constant-phase element",
            new ParameterSpec("Q", "S·s^α"), new ParameterSpec("alpha", "1", 1.0)) {
        @Override
        Complex impedance(double omega, double[] values, int offset) {
            double q = values[offset];
            double alpha = values[offset + 1];
            // (jω)^α written in polar form: exact, and free of the branch-cut handling of a complex pow.
            return polar(1 / (q * FastMath.pow(omega, alpha)), -alpha * FastMath.PI / 2);
        }
    },

    /** Semi-infinite Warburg diffusion, Z = σ (1 − j)/√ω: a straight line at −45° phase. */
    W("W", "semi-infinite Warburg", new ParameterSpec("", "Ω·s^-1/2")) {
        @Override
        Complex impedance(double omega, double[] values, int offset) {
            double magnitude = values[offset] / FastMath.sqrt(omega);
            return new Complex(magnitude, -magnitude);
        }
    },

    /**
     * Finite-length Warburg with a reflective (blocking) far boundary, Z = Z0 coth(√(jωτ))/√(jωτ). Tends to
     * a capacitor at low frequency. Z0 is the diffusion resistance, τ = L²/D the diffusion time.
     */
    WO("Wo", "finite-length Warburg, open (reflective) boundary",
            new ParameterSpec("Z0", "Ω"), new ParameterSpec("tau", "s")) {
        @Override
        Complex impedance(double omega, double[] values, int offset) {
            Complex x = diffusionArgument(omega, values[offset + 1]);
            return x.tanh().multiply(x).reciprocal().multiply(values[offset]);
        }
    },

    /**
     * Finite-length Warburg with a transmissive far boundary, Z = Z0 tanh(√(jωτ))/√(jωτ). Tends to the
     * resistance Z0 at low frequency. τ = L²/D is the diffusion time.
     */
    WS("Ws", "finite-length Warburg, short (transmissive) boundary",
            new ParameterSpec("Z0", "Ω"), new ParameterSpec("tau", "s")) {
        @Override
        Complex impedance(double omega, double[] values, int offset) {
            Complex x = diffusionArgument(omega, values[offset + 1]);
            return x.tanh().divide(x).multiply(values[offset]);
        }
    },

    /**
     * Gerischer element in the form used by impedance.py, Z = R / √(1 + jωτ): diffusion coupled to a
     * first-order chemical reaction (rate constant k = 1/τ). R is the low-frequency resistance.
     */
    G("G", "Gerischer", new ParameterSpec("R", "Ω"), new ParameterSpec("tau", "s")) {
        @Override
        Complex impedance(double omega, double[] values, int offset) {
            return new Complex(1, omega * values[offset + 1]).sqrt().reciprocal().multiply(values[offset]);
        }
    };

    /**
     * One parameter of an element kind.
     *
     * @param suffix     appended to the element name with an underscore ({@code CPE1_alpha}); empty for
     *                   single-parameter elements, whose parameter is named like the element ({@code R0})
     * @param unit       SI unit, for display
     * @param upperBound largest admissible value (inclusive); the lower bound is always 0 (exclusive)
     */
    public record ParameterSpec(String suffix, String unit, double upperBound) {

        ParameterSpec(String suffix, String unit) {
            this(suffix, unit, Double.POSITIVE_INFINITY);
        }
    }

    private final String prefix;
    private final String description;
    private final List<ParameterSpec> parameters;

    ElementType(String prefix, String description, ParameterSpec... parameters) {
        this.prefix = prefix;
        this.description = description;
        this.parameters = List.of(parameters);
    }

    /** @return the prefix used in circuit strings, e.g. {@code CPE} or {@code Wo} */
    public String prefix() {
        return prefix;
    }

    /** @return a human-readable name, e.g. "constant-phase element" */
    public String description() {
        return description;
    }

    /** @return the parameters in the order they occupy in a circuit's parameter vector */
    public List<ParameterSpec> parameters() {
        return parameters;
    }

    /**
     * Raw formula without validation; {@link Circuit} checks ω, the parameter values and the finiteness of
     * the result.
     *
     * @param omega  angular frequency in rad/s
     * @param values a circuit's parameter vector
     * @param offset index of this element's first parameter in {@code values}
     */
    abstract Complex impedance(double omega, double[] values, int offset);

    /**
     * @param prefix a circuit-string prefix, case-sensitive as in impedance.py
     * @return the element kind with that prefix, or null if there is none
     */
    static ElementType forPrefix(String prefix) {
        for (ElementType type : values()) {
            if (type.prefix.equals(prefix)) {
                return type;
            }
        }
        return null;
    }

    /** @return the known prefixes, comma-separated, for error messages */
    static String knownPrefixes() {
        StringBuilder text = new StringBuilder();
        for (ElementType type : values()) {
            text.append(text.isEmpty() ? "" : ", ").append(type.prefix);
        }
        return text.toString();
    }

    private static Complex polar(double modulus, double argument) {
        return new Complex(modulus * FastMath.cos(argument), modulus * FastMath.sin(argument));
    }

    /** √(jωτ) = √(ωτ) e^{jπ/4}, built in polar form so that it stays accurate for very small ωτ. */
    private static Complex diffusionArgument(double omega, double tau) {
        return polar(FastMath.sqrt(omega * tau), FastMath.PI / 4);
    }
}
