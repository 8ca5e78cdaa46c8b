package org.interphase.sim;

/**
 * Input validation shared by all simulation engines and their inputs: one place for the wording of
 * "bad input" messages, which name the quantity, its unit, the value given and, where it is not
 * obvious, what to do. Every check throws {@link SimulationException} and returns the value it
 * accepted, so that constructors can check and assign in one expression.
 */
public final class InputChecks {

    /**
     * Most cycles, bilayers or supercycles one run may have. Real recipes stay below ~10⁴ cycles;
     * the cap keeps a typo (an extra zero or three) from allocating gigabytes for the thickness profile.
     */
    public static final int MAX_STEPS = 1_000_000;

    private InputChecks() {
    }

    /**
     * A finite value above zero, e.g. a time, a thickness or a rate constant.
     *
     * @param value the value to check
     * @param what  its name in the message, e.g. "half-cycle time"
     * @param unit  its SI unit in the message, e.g. "s"; empty for a dimensionless value
     * @return {@code value}
     * @throws SimulationException if it is not finite or not above zero
     */
    public static double positive(double value, String what, String unit) {
        if (!Double.isFinite(value) || value <= 0) {
            throw new SimulationException(what + " must be a positive number" + of(unit) + ", got " + value);
        }
        return value;
    }

    /**
     * A finite value of zero or more, e.g. a purge time, an initial thickness or an activation energy.
     *
     * @param value the value to check
     * @param what  its name in the message
     * @param unit  its SI unit in the message; empty for a dimensionless value
     * @return {@code value}
     * @throws SimulationException if it is not finite or negative
     */
    public static double nonNegative(double value, String what, String unit) {
        if (!Double.isFinite(value) || value < 0) {
            throw new SimulationException(what + " must be zero or a positive number" + of(unit) + ", got " + value);
        }
        return value;
    }

    /**
     * An absolute temperature.
     *
     * @param kelvin the temperature, K
     * @param what   its name in the message
     * @return {@code kelvin}
     * @throws SimulationException if it is not finite or not above 0 K
     */
    public static double temperature(double kelvin, String what) {
        if (!Double.isFinite(kelvin) || kelvin <= 0) {
            throw new SimulationException(what + " must be an absolute temperature above 0 K, got " + kelvin
                    + " K (convert °C by adding 273.15)");
        }
        return kelvin;
    }

    /**
     * A value in (0, 1], e.g. a CPE exponent or a charge-transfer coefficient.
     *
     * @param value the value to check
     * @param what  its name in the message
     * @param hint  what the value means or which one to use, e.g. "use 0.5 when nothing better is known"
     * @return {@code value}
     * @throws SimulationException if it is not above 0 and at most 1
     */
    public static double positiveUpToOne(double value, String what, String hint) {
        if (!(value > 0 && value <= 1)) {
            throw new SimulationException(what + " must lie in (0, 1], got " + value + "; " + hint);
        }
        return value;
    }

    /**
     * A count of repeated steps (cycles, bilayers, supercycles), 0 to {@link #MAX_STEPS}.
     *
     * @param count the count to check
     * @param what  its name in the message, e.g. "number of ALD cycles"
     * @return {@code count}
     * @throws SimulationException if it is negative or above {@link #MAX_STEPS}
     */
    public static int steps(int count, String what) {
        if (count < 0) {
            throw new SimulationException(what + " must be 0 or more, got " + count);
        }
        if (count > MAX_STEPS) {
            throw new SimulationException(what + " = " + count + " is more than the " + MAX_STEPS
                    + " a run may have; check for a typo");
        }
        return count;
    }

    /**
     * A non-blank name, such as a material id or the label that names a layer's arc in a spectrum.
     *
     * @param name the name to check
     * @param what what it names, e.g. "film material" or "layer label"
     * @return {@code name}
     * @throws SimulationException if it is null or blank
     */
    public static String named(String name, String what) {
        if (name == null || name.isBlank()) {
            throw new SimulationException(what + " must be given (a non-blank name, e.g. the library id it stands"
                    + " for such as Al2O3-ALD)");
        }
        return name;
    }

    /**
     * A computed value, finite by construction for physical inputs: this guards the promise that no
     * NaN or infinity leaves an engine when the inputs are far outside any physical range.
     *
     * @param value the computed value
     * @param what  its name in the message, e.g. "final thickness"
     * @return {@code value}
     * @throws SimulationException if it is not finite
     */
    public static double finite(double value, String what) {
        if (!Double.isFinite(value)) {
            throw outOfRange(value, what);
        }
        return value;
    }

    /**
     * A computed value that must also be above zero, e.g. a circuit element's resistance, which
     * underflows to zero or overflows to infinity only for inputs far outside any physical range.
     *
     * @param value the computed value
     * @param what  its name in the message, e.g. "resistance of LATP"
     * @return {@code value}
     * @throws SimulationException if it is not finite or not above zero
     */
    public static double finitePositive(double value, String what) {
        if (!Double.isFinite(value) || value <= 0) {
            throw outOfRange(value, what);
        }
        return value;
    }

    private static SimulationException outOfRange(double value, String what) {
        return new SimulationException(what + " came out as " + value + "; the inputs are outside any physical"
                + " range (check them for a wrong unit or a mistyped exponent)");
    }

    /** " of m" for a unit, nothing for a dimensionless value. */
    private static String of(String unit) {
        return unit.isEmpty() ? "" : " of " + unit;
    }
}
