package org.interphase.sim.technique;

/** Numbers as a recipe writes them: no trailing ".0" for whole numbers. */
final class Quantities {

    private Quantities() {
    }

    static String plain(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : Double.toString(value);
    }
}
