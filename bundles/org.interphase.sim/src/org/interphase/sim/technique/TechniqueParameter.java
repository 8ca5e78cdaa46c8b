package org.interphase.sim.technique;

import java.util.Objects;
import java.util.Optional;

import org.interphase.core.units.Dimension;
import org.interphase.core.units.Quantity;
import org.interphase.core.units.Unit;
import org.interphase.core.units.Units;

/**
 * One parameter of a {@link DepositionTechnique}, written in a recipe as {@code name = value unit;}. Its dimension is
 * that of its unit; the allowed range and the default are in that unit, which is also what content assist proposes.
 *
 * @param name         the key written in the recipe, e.g. {@code "fluence"}
 * @param unit         the unit the range, the default and proposals use, e.g. {@code "J/cm2"}; {@code ""} for a
 *                     count or another plain number
 * @param min          smallest allowed value in {@code unit} (inclusive); {@code -Infinity} for none
 * @param max          largest allowed value in {@code unit} (inclusive); {@code +Infinity} for none
 * @param required     whether a recipe must write it; an optional parameter without a default is simply absent
 * @param defaultValue the value in {@code unit} used when the recipe does not write it, if there is one
 * @param description  what the parameter is, for content assist and messages (with the source of the default)
 */
public record TechniqueParameter(String name, String unit, double min, double max, boolean required,
        Optional<Double> defaultValue, String description) {

    public TechniqueParameter {
        Objects.requireNonNull(name, "parameter name");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(defaultValue, "default value");
        Objects.requireNonNull(description, "description");
        Units.unit(unit); // fails early, in the plug-in's own tests, for a unit nobody could write
        if (Double.isNaN(min) || Double.isNaN(max) || min > max) {
            throw new IllegalArgumentException("parameter " + name + ": allowed range " + min + ".." + max
                    + " is empty");
        }
    }

    /** A required parameter without bounds. */
    public static TechniqueParameter required(String name, String unit, String description) {
        return new TechniqueParameter(name, unit, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, true,
                Optional.empty(), description);
    }

    /** An optional parameter that takes {@code defaultValue} (in {@code unit}) when not written. */
    public static TechniqueParameter optional(String name, String unit, double defaultValue, String description) {
        return new TechniqueParameter(name, unit, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, false,
                Optional.of(defaultValue), description);
    }

    /** This parameter with the allowed range {@code min..max} in its unit. */
    public TechniqueParameter between(double min, double max) {
        return new TechniqueParameter(name, unit, min, max, required, defaultValue, description);
    }

    /** The dimension of the parameter's unit. */
    public Dimension dimension() {
        return parsedUnit().dimension();
    }

    /** The default in SI units, if there is a default. */
    public Optional<Double> defaultSi() {
        return defaultValue.map(parsedUnit()::toSi);
    }

    /** What a recipe writes for this parameter with its default (or 1) as the value, e.g. {@code "fluence = 2 J/cm2"}. */
    public String template() {
        String value = Quantities.plain(defaultValue.orElse(1.0));
        return name + " = " + (unit.isEmpty() ? value : value + " " + unit);
    }

    /** The problem with {@code value} for this parameter: a wrong dimension or a value outside the allowed range. */
    Optional<TechniqueProblem> check(Quantity value) {
        if (!value.dimension().equals(dimension())) {
            return Optional.of(new TechniqueProblem(TechniqueProblem.Kind.WRONG_DIMENSION, name, name + " is "
                    + (unit.isEmpty() ? "a plain number" : withArticle(dimension()) + " (e.g. in " + unit + ")")
                    + ", but '" + value.text() + "' is " + withArticle(value.dimension())));
        }
        double inUnit = value.in(parsedUnit());
        if (inUnit < min || inUnit > max) {
            return Optional.of(new TechniqueProblem(TechniqueProblem.Kind.OUT_OF_RANGE, name, name + " = "
                    + value.text() + " is outside the range " + range() + " that the technique allows"));
        }
        return Optional.empty();
    }

    /** The allowed range as written in messages, e.g. "0.1 to 10 J/cm2" or "at least 1". */
    String range() {
        String suffix = unit.isEmpty() ? "" : " " + unit;
        if (Double.isInfinite(min) && Double.isInfinite(max)) {
            return "(any value)";
        }
        if (Double.isInfinite(max)) {
            return "at least " + Quantities.plain(min) + suffix;
        }
        if (Double.isInfinite(min)) {
            return "at most " + Quantities.plain(max) + suffix;
        }
        return Quantities.plain(min) + " to " + Quantities.plain(max) + suffix;
    }

    private static String withArticle(Dimension dimension) {
        String noun = dimension.noun();
        return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
    }

    private Unit parsedUnit() {
        return Units.unit(unit);
    }
}
