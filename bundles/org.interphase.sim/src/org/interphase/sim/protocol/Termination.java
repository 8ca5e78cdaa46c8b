package org.interphase.sim.protocol;

/**
 * A condition that ends a step: whichever of a step's terminations is met first ends it.
 */
public sealed interface Termination {

    /** As written after "until" or "for", e.g. "2.5 V", "C/50" or "1 hour". */
    String text();

    /** The cell voltage reaches this value: from above while discharging, from below while charging. */
    record Voltage(double volts, String text) implements Termination {
    }

    /** The magnitude of the current falls to this value (ends a voltage hold). */
    record Current(CurrentSetting current, String text) implements Termination {
    }

    /** The step has lasted this long, s. */
    record Duration(double seconds, String text) implements Termination {
    }

    /** The step has passed this much charge, A h (magnitude). */
    record Capacity(double ampereHours, String text) implements Termination {
    }
}
