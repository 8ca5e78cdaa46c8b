package org.interphase.sim.growth;

import org.interphase.sim.SimulationException;

/** Input validation shared by the growth models: one place for the wording of "bad input" messages. */
final class Checks {

    /**
     * Most cycles, bilayers or supercycles one run may have. Real recipes stay below ~10⁴ cycles;
     * the cap keeps a typo (an extra zero or three) from allocating gigabytes for the thickness profile.
     */
    static final int MAX_STEPS = 1_000_000;

    private Checks() {
    }

    /** A finite value above zero, e.g. a pulse time; {@code unit} names the SI unit in the message. */
    static double positive(double value, String what, String unit) {
        if (!Double.isFinite(value) || value <= 0) {
            throw new SimulationException(what + " must be a positive number of " + unit + ", got " + value);
        }
        return value;
    }

    /** A finite value of zero or more, e.g. a purge time or a precursor layer thickness. */
    static double nonNegative(double value, String what, String unit) {
        if (!Double.isFinite(value) || value < 0) {
            throw new SimulationException(what + " must be zero or a positive number of " + unit + ", got " + value);
        }
        return value;
    }

    /** An absolute temperature in kelvin. */
    static double temperature(double kelvin, String what) {
        if (!Double.isFinite(kelvin) || kelvin <= 0) {
            throw new SimulationException(what + " must be an absolute temperature above 0 K, got " + kelvin
                    + " K (convert °C by adding 273.15)");
        }
        return kelvin;
    }

    /** A count of repeated steps (cycles, bilayers, supercycles), 0 to {@link #MAX_STEPS}. */
    static int steps(int count, String what) {
        if (count < 0) {
            throw new SimulationException(what + " must be 0 or more, got " + count);
        }
        if (count > MAX_STEPS) {
            throw new SimulationException(what + " = " + count + " is more than the " + MAX_STEPS
                    + " a run may have; check for a typo");
        }
        return count;
    }

    /** A non-blank name such as a material id. */
    static String named(String name, String what) {
        if (name == null || name.isBlank()) {
            throw new SimulationException(what + " must be given (a library material id such as Al2O3-ALD)");
        }
        return name;
    }

    /** Results are finite by construction; this guards the promise that no NaN or infinity leaves an engine. */
    static double finite(double value, String what) {
        if (!Double.isFinite(value)) {
            throw new SimulationException(what + " came out as " + value + "; the inputs are out of any physical range");
        }
        return value;
    }
}
