package org.interphase.core.units;

import static org.interphase.core.units.Dimension.AMOUNT;
import static org.interphase.core.units.Dimension.AMOUNT_RATE;
import static org.interphase.core.units.Dimension.CAPACITANCE;
import static org.interphase.core.units.Dimension.CHARGE;
import static org.interphase.core.units.Dimension.CONCENTRATION;
import static org.interphase.core.units.Dimension.CONDUCTANCE;
import static org.interphase.core.units.Dimension.CURRENT;
import static org.interphase.core.units.Dimension.ENERGY;
import static org.interphase.core.units.Dimension.FREQUENCY;
import static org.interphase.core.units.Dimension.LENGTH;
import static org.interphase.core.units.Dimension.MASS;
import static org.interphase.core.units.Dimension.NONE;
import static org.interphase.core.units.Dimension.POWER;
import static org.interphase.core.units.Dimension.PRESSURE;
import static org.interphase.core.units.Dimension.RESISTANCE;
import static org.interphase.core.units.Dimension.TEMPERATURE;
import static org.interphase.core.units.Dimension.TIME;
import static org.interphase.core.units.Dimension.VOLTAGE;
import static org.interphase.core.units.Dimension.VOLUME;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The table of unit symbols that need no further parsing ("atoms": {@code nm}, {@code mAh},
 * {@code °C}, {@code wt%}), with every allowed SI prefix expanded up front so that a lookup is a
 * single hash-map get. Prefixes are allowed per unit only where scientists use them, which also
 * keeps clashes out (e.g. {@code M} is molar, so mega-molar does not exist).
 */
final class UnitTable {

    /**
     * One symbol; its SI value is {@code mantissa × 10^decade} (+ {@code offset} for °C). Keeping
     * the power of ten apart lets compounds such as g/cm3 come out as exactly 1000 rather than
     * 999.9999999999999. {@code prefixed}: built from a base symbol and an SI prefix;
     * {@code listed}: shown to users (spelled-out and ASCII aliases are accepted but not listed).
     */
    record Atom(String symbol, Dimension dimension, double mantissa, int decade, double offset, boolean prefixed,
            boolean listed) {
    }

    /** SI prefixes in increasing order of scale; 'u' is accepted for µ because not every keyboard has µ. */
    private static final String PREFIXES = "pnµmcdkMG";
    private static final int[] PREFIX_DECADES = {-12, -9, -6, -3, -2, -1, 3, 6, 9};
    private static final char ASCII_MICRO = 'u';

    /** Offset between the Celsius and Kelvin scales. */
    private static final double CELSIUS_ZERO_K = 273.15;
    /** 1 eV = 1.602176634e-19 J (exact since the 2019 SI redefinition); the decade is in the table. */
    private static final double ELECTRONVOLT_J = 1.602176634;
    private static final double ATMOSPHERE_PA = 101_325.0;
    /** 1 Torr = 1/760 atm by definition. */
    private static final double TORR_PA = ATMOSPHERE_PA / 760.0;
    /** Molar gas constant in J/(mol K) (exact since 2019). */
    private static final double GAS_CONSTANT = 8.314462618;
    /**
     * 1 sccm = 1 cm³/min of ideal gas at the standard conditions mass-flow controllers are
     * calibrated to (0 °C and 101.325 kPa), i.e. about 7.436e-7 mol/s.
     */
    private static final double SCCM_MOL_PER_S = ATMOSPHERE_PA * 1e-6 / (GAS_CONSTANT * CELSIUS_ZERO_K) / 60.0;

    private static final Map<String, Atom> BY_SYMBOL = new HashMap<>();
    /** All atoms in declaration order: lists and suggestions come out in a stable, readable order. */
    private static final List<Atom> ORDERED = new ArrayList<>();

    static {
        // dm appears in polymer concentrations (g dm⁻³); a bare "d" is the day.
        unit("m", LENGTH, 1, 0, "pnµmcdk");
        unit("Å", LENGTH, 1, -10, "");
        aliases(LENGTH, 1, -10, "Angstrom", "angstrom");

        unit("g", MASS, 1, -3, "nµmk");

        unit("s", TIME, 1, 0, "pnµm");
        unit("min", TIME, 60, 0, "");
        unit("h", TIME, 3600, 0, "");
        unit("d", TIME, 86_400, 0, "");
        // Cycling protocol sentences spell time units out ("Rest for 1 hour").
        aliases(TIME, 1, 0, "second", "seconds");
        aliases(TIME, 60, 0, "minute", "minutes");
        aliases(TIME, 3600, 0, "hour", "hours");
        aliases(TIME, 86_400, 0, "day", "days");

        unit("A", CURRENT, 1, 0, "pnµmk");

        unit("K", TEMPERATURE, 1, 0, "");
        add("°C", TEMPERATURE, 1, 0, CELSIUS_ZERO_K, "", true);
        add("degC", TEMPERATURE, 1, 0, CELSIUS_ZERO_K, "", false);

        unit("mol", AMOUNT, 1, 0, "nµmk");
        unit("M", CONCENTRATION, 1, 3, "nµm");
        unit("L", VOLUME, 1, -3, "µm");
        add("l", VOLUME, 1, -3, 0, "µm", false);

        unit("V", VOLTAGE, 1, 0, "µmk");
        unit("Ω", RESISTANCE, 1, 0, "mkMG");
        for (String ohm : List.of("ohm", "Ohm")) {
            add(ohm, RESISTANCE, 1, 0, 0, "mkMG", false);
        }
        unit("S", CONDUCTANCE, 1, 0, "nµm");
        unit("F", CAPACITANCE, 1, 0, "pnµm");
        unit("C", CHARGE, 1, 0, "nµm");
        unit("Ah", CHARGE, 3600, 0, "µm");

        unit("J", ENERGY, 1, 0, "mkM");
        unit("eV", ENERGY, ELECTRONVOLT_J, -19, "mk");
        unit("Wh", ENERGY, 3600, 0, "mk");
        unit("W", POWER, 1, 0, "µmkM");

        unit("Pa", PRESSURE, 1, 0, "mkMG");
        unit("Torr", PRESSURE, TORR_PA, 0, "m");
        unit("bar", PRESSURE, 1, 5, "m");
        unit("atm", PRESSURE, ATMOSPHERE_PA, 0, "");

        unit("Hz", FREQUENCY, 1, 0, "µmkMG");
        unit("sccm", AMOUNT_RATE, SCCM_MOL_PER_S, 0, "");

        unit("%", NONE, 1, -2, "");
        unit("wt%", NONE, 1, -2, "");
        unit("at%", NONE, 1, -2, "");
        unit("mol%", NONE, 1, -2, "");
        unit("vol%", NONE, 1, -2, "");
        unit("ppm", NONE, 1, -6, "");
        // Counts are plain numbers; they exist so that "Å/cycle" reads as the length it is.
        unit("cycle", NONE, 1, 0, "");
        aliases(NONE, 1, 0, "cycles", "cyc");
        unit("bilayer", NONE, 1, 0, "");
        aliases(NONE, 1, 0, "bilayers");
    }

    private UnitTable() {
    }

    /** The atom for a symbol as typed (Unicode look-alikes accepted), or null if unknown. */
    static Atom find(String symbol) {
        return BY_SYMBOL.get(normalize(symbol));
    }

    /** The listed symbols of a dimension in a readable order, e.g. pm, nm, µm, mm, cm, m, km, Å. */
    static List<String> listedSymbols(Dimension dimension) {
        return ORDERED.stream()
                .filter(atom -> atom.listed() && atom.dimension().equals(dimension))
                .map(Atom::symbol)
                .toList();
    }

    /**
     * The error for an unknown symbol, suggesting the closest known one by edit distance and
     * listing the units of the same kind, e.g. {@code unknown unit 'nmm' at column 5 in '2.5 nmm';
     * did you mean 'nm'? (known length units: pm, nm, ...)}.
     */
    static QuantityException unknown(String symbol, int column, String text) {
        Atom suggestion = closest(normalize(symbol));
        String advice;
        if (suggestion == null) {
            advice = " (known units: " + ORDERED.stream()
                    .filter(atom -> atom.listed() && !atom.prefixed())
                    .map(Atom::symbol)
                    .collect(Collectors.joining(", "))
                    + "; SI prefixes " + String.join(" ", PREFIXES.split("")) + " where they make sense)";
        } else {
            Dimension kind = suggestion.dimension();
            String label = kind.equals(NONE) ? "dimensionless" : kind.noun();
            advice = "; did you mean '" + suggestion.symbol() + "'? (known " + label + " units: "
                    + String.join(", ", listedSymbols(kind)) + ")";
        }
        return QuantityException.at("unknown unit '" + symbol + "'", column, text, advice);
    }

    /** Maps Unicode look-alikes (Greek mu, ohm sign, angstrom sign, ordinal º, ℃) to the symbols in the table. */
    private static String normalize(String symbol) {
        return symbol.replace('\u03BC', 'µ')
                .replace('\u2126', 'Ω')
                .replace('\u212B', 'Å')
                .replace('º', '°')
                .replace("\u2103", "°C");
    }

    /**
     * The most plausible intended symbol: the smallest case-insensitive edit distance (at most 2 and
     * shorter than the input), or a completion of what is being typed; ties go to the longer common
     * start, then the exact-case distance, then unprefixed symbols ("pa" means Pa, not pA).
     */
    private static Atom closest(String typed) {
        Atom best = null;
        int[] bestKey = null;
        for (Atom atom : ORDERED) {
            String candidate = atom.symbol();
            boolean completion = candidate.startsWith(typed);
            // The lengths bound the distance from below: without this, a 10⁶-letter typo took half a minute.
            if (!completion && Math.abs(typed.length() - candidate.length()) > 2) {
                continue;
            }
            int folded = distance(typed, candidate, true);
            if (!completion && (folded > 2 || folded >= typed.length())) {
                continue;
            }
            int[] key = {folded, -commonStart(typed, candidate), distance(typed, candidate, false),
                atom.prefixed() ? 1 : 0};
            if (best == null || Arrays.compare(key, bestKey) < 0) {
                best = atom;
                bestKey = key;
            }
        }
        return best;
    }

    /** Optimal-string-alignment distance: insertions, deletions, substitutions and adjacent swaps cost 1. */
    private static int distance(String a, String b, boolean ignoreCase) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = same(a.charAt(i - 1), b.charAt(j - 1), ignoreCase) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && same(a.charAt(i - 1), b.charAt(j - 2), ignoreCase)
                        && same(a.charAt(i - 2), b.charAt(j - 1), ignoreCase)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    private static int commonStart(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && same(a.charAt(n), b.charAt(n), true)) {
            n++;
        }
        return n;
    }

    private static boolean same(char a, char b, boolean ignoreCase) {
        return a == b || ignoreCase && Character.toLowerCase(a) == Character.toLowerCase(b);
    }

    /** A listed unit with its allowed prefixes. */
    private static void unit(String symbol, Dimension dimension, double mantissa, int decade, String prefixes) {
        add(symbol, dimension, mantissa, decade, 0, prefixes, true);
    }

    /** Accepted spellings that are not listed to users. */
    private static void aliases(Dimension dimension, double mantissa, int decade, String... symbols) {
        for (String symbol : symbols) {
            add(symbol, dimension, mantissa, decade, 0, "", false);
        }
    }

    /** Adds a symbol and its prefixed forms, smallest prefix first with the bare symbol at scale 1. */
    private static void add(String symbol, Dimension dimension, double mantissa, int decade, double offset,
            String prefixes, boolean listed) {
        boolean bareAdded = false;
        for (int i = 0; i < PREFIXES.length(); i++) {
            if (!bareAdded && PREFIX_DECADES[i] > 0) {
                put(new Atom(symbol, dimension, mantissa, decade, offset, false, listed));
                bareAdded = true;
            }
            char prefix = PREFIXES.charAt(i);
            if (prefixes.indexOf(prefix) >= 0) {
                int scaled = decade + PREFIX_DECADES[i];
                put(new Atom(prefix + symbol, dimension, mantissa, scaled, offset, true, listed));
                if (prefix == 'µ') {
                    put(new Atom(ASCII_MICRO + symbol, dimension, mantissa, scaled, offset, true, false));
                }
            }
        }
        if (!bareAdded) {
            put(new Atom(symbol, dimension, mantissa, decade, offset, false, listed));
        }
    }

    private static void put(Atom atom) {
        if (BY_SYMBOL.putIfAbsent(atom.symbol(), atom) != null) {
            throw new IllegalStateException("unit table defines '" + atom.symbol() + "' twice");
        }
        ORDERED.add(atom);
    }
}
