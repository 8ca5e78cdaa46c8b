package org.interphase.sim.growth;

import java.util.Objects;

/**
 * Something a grower should know about a simulated run that does not stop it: a dose below
 * saturation, a purge too short to avoid CVD-like growth, a temperature outside the process window.
 *
 * @param code    what kind of warning, for filtering and quick fixes
 * @param message what happened and what to do, in the grower's words
 */
public record GrowthWarning(Code code, String message) {

    /** The kinds of growth warning. */
    public enum Code {
        /** A half-reaction's coverage θ = 1 − exp(−Φ/Φ0) is below the saturation threshold. */
        SUB_SATURATING_DOSE,
        /** A dose was given but no characteristic exposure Φ0 is known, so saturation was assumed. */
        SATURATION_NOT_CHECKED,
        /** No dosing was given, so saturated half-reactions and long enough purges were assumed. */
        DOSE_NOT_CHECKED,
        /** A purge shorter than the documented multiple of the residence time: CVD-like parasitic growth. */
        SHORT_PURGE,
        /** Below the ALD window: precursor condensation or incomplete reactions. */
        BELOW_PROCESS_WINDOW,
        /** Above the ALD window: precursor decomposition or desorption. */
        ABOVE_PROCESS_WINDOW,
        /** The GPC is only known at other temperatures; the nearest known value was used. */
        GPC_EXTRAPOLATED,
        /** A supercycle GPC taken as the plain sum of its subcycle GPCs, which the sources say it is not. */
        ADDITIVITY_ASSUMED,
        /** The film composition could not be computed (a density, molar mass or formula is missing). */
        COMPOSITION_UNKNOWN,
        /** All cycles fall inside the nucleation delay: no film grows. */
        NO_GROWTH,
        /** An anneal shorter than the one the phase change was reported for. */
        ANNEAL_SHORTER_THAN_REPORTED,
        /** An anneal below every known phase-change temperature of the film: the film is unchanged. */
        NO_PHASE_CHANGE,
        /** A contributed technique's growth model was used outside the conditions it is calibrated for. */
        OUTSIDE_CALIBRATION
    }

    public GrowthWarning {
        Objects.requireNonNull(code, "warning code");
        Objects.requireNonNull(message, "warning message");
    }

    @Override
    public String toString() {
        return code + ": " + message;
    }
}
