package org.interphase.sim.growth;

import java.util.Locale;

import org.interphase.core.units.Unit;
import org.interphase.core.units.Units;

/** Numbers in warnings and messages, written in the units growers read (°C, nm, Å), not in SI. */
final class Format {

    private static final Unit CELSIUS = Units.unit("°C");
    private static final Unit NANOMETRE = Units.unit("nm");
    private static final Unit ANGSTROM = Units.unit("Å");
    private static final Unit TORR_SECOND = Units.unit("Torr s");

    private Format() {
    }

    /** E.g. "250 °C" from 523.15 K. */
    static String celsius(double kelvin) {
        return String.format(Locale.ROOT, "%.0f °C", CELSIUS.fromSi(kelvin));
    }

    /** E.g. "15.0 nm". */
    static String nm(double metres) {
        return String.format(Locale.ROOT, "%.1f nm", NANOMETRE.fromSi(metres));
    }

    /** E.g. "1.00 Å" (growth per cycle). */
    static String angstrom(double metres) {
        return String.format(Locale.ROOT, "%.2f Å", ANGSTROM.fromSi(metres));
    }

    /** E.g. "0.02 Torr s" (an exposure). */
    static String exposure(double pascalSeconds) {
        return String.format(Locale.ROOT, "%.3g Torr s", TORR_SECOND.fromSi(pascalSeconds));
    }

    /** E.g. "0.5 s". */
    static String seconds(double seconds) {
        return String.format(Locale.ROOT, "%.3g s", seconds);
    }

    /** E.g. "0.87". */
    static String fraction(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
