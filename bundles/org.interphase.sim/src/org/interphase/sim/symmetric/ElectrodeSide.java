package org.interphase.sim.symmetric;

import java.util.Locale;

/**
 * Which Li electrode of a symmetric cell. The first half-cycle strips the left electrode and plates
 * the right one; the roles swap every half-cycle.
 */
public enum ElectrodeSide {
    LEFT, RIGHT;

    /** Whether this electrode is stripped (Li leaves it) in half-cycle {@code index}, counted from 0. */
    boolean strippedIn(long index) {
        return (index % 2 == 0) == (this == LEFT);
    }

    /** "left" or "right", for labels and messages. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
