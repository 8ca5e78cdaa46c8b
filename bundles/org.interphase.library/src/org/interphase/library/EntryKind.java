package org.interphase.library;

import static org.interphase.library.Slot.Need.FORBIDDEN;
import static org.interphase.library.Slot.Need.OPTIONAL;
import static org.interphase.library.Slot.Need.REQUIRED;
import static org.interphase.library.Slot.Sign.NON_NEGATIVE;
import static org.interphase.library.Slot.Sign.POSITIVE;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.interphase.core.units.Dimension;
import org.interphase.library.Slot.QualifierSpec;
import org.interphase.library.Slot.Shape;

/**
 * The kinds of header line a library file may contain, each with the attributes its header takes
 * and the {@link Slot}s its body lines may fill. This is the file format's vocabulary in one place.
 */
enum EntryKind {
    SOURCE("source", Map.of(), List.of()),
    MATERIAL("material", attributes("class", false, "phase", false, "note", false), materialSlots()),
    ALD("ald", aldAttributes(), aldSlots()),
    MLD("mld", aldAttributes(), aldSlots()),
    SUPERCYCLE("supercycle", attributes("material", true, "note", false), supercycleSlots()),
    LBL("lbl", attributes("material", true, "precursor", true, "pair", true, "regime", true, "note", false),
            lblSlots()),
    SPUTTER("sputter", attributes("material", true, "target", true, "gas", true, "note", false), sputterSlots()),
    ANNEAL("anneal", attributes("from", true, "to", true, "atmosphere", false, "note", false), annealSlots()),
    PELLET("pellet", attributes("material", true, "note", false), pelletSlots()),
    INTERFACE("interface", attributes("between", true, "and", true, "interphase", false, "note", false),
            interfaceSlots()),
    CURVE("curve", attributes("material", true, "of", true, "x", true, "file", false, "note", false), curveSlots());

    private static final Pattern RATIO = Pattern.compile("[1-9]\\d*(:[1-9]\\d*)+");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._+-]*");

    private final String keyword;
    // Static fields of an enum are initialised after its constants, so the constants' constructor
    // arguments may only use static methods and other classes' constants.
    /** Header attribute name to whether it is required, in the order they are documented. */
    private final Map<String, Boolean> attributes;
    private final Map<String, Slot> slots;

    EntryKind(String keyword, Map<String, Boolean> attributes, List<Slot> slots) {
        this.keyword = keyword;
        this.attributes = attributes;
        this.slots = new LinkedHashMap<>();
        slots.forEach(slot -> this.slots.put(slot.name(), slot));
    }

    String keyword() {
        return keyword;
    }

    Map<String, Boolean> attributes() {
        return attributes;
    }

    Optional<Slot> slot(String name) {
        return Optional.ofNullable(slots.get(name));
    }

    /** The body-line names this kind accepts, for "known: ..." messages. */
    String slotNames() {
        return String.join(", ", slots.keySet());
    }

    static Optional<EntryKind> fromKeyword(String keyword) {
        return Keywords.find(values(), EntryKind::keyword, keyword);
    }

    static String keywords() {
        return Keywords.list(values(), EntryKind::keyword);
    }

    /** Library identifiers: a letter or digit, then letters, digits and . _ + - (no blanks, no quotes). */
    static boolean isId(String text) {
        return ID.matcher(text).matches();
    }

    private static Map<String, Boolean> attributes(Object... nameRequiredPairs) {
        Map<String, Boolean> map = new LinkedHashMap<>();
        for (int i = 0; i < nameRequiredPairs.length; i += 2) {
            map.put((String) nameRequiredPairs[i], (Boolean) nameRequiredPairs[i + 1]);
        }
        return map;
    }

    private static Map<String, Boolean> aldAttributes() {
        return attributes("material", true, "precursor", true, "coreactant", true, "note", false);
    }

    private static List<Slot> materialSlots() {
        List<Slot> numbers = propertySlots(MaterialProperty.values());
        List<Slot> flags = Arrays.stream(MaterialFlag.values()).map(f -> Slot.flag(f.key())).toList();
        return concat(numbers, flags);
    }

    private static List<Slot> interfaceSlots() {
        return propertySlots(InterfaceProperty.values());
    }

    private static List<Slot> propertySlots(NumericProperty[] properties) {
        return Arrays.stream(properties)
                .map(p -> Slot.property(p.key(), p.dimension(), p.zeroAllowed() ? NON_NEGATIVE : POSITIVE,
                        p.measuredAtTemperature() ? OPTIONAL : FORBIDDEN))
                .toList();
    }

    private static List<Slot> curveSlots() {
        QualifierSpec x = new QualifierSpec("x", true, EntryKind::isUnitFraction, "a number from 0 to 1");
        return List.of(new Slot("point", Set.of(Dimension.VOLTAGE), NON_NEGATIVE, Shape.NUMBER, FORBIDDEN, List.of(x),
                true, "point[x=0.5] = 3.42 V source <Source> \"where\""),
                new Slot(MaterialCurve.STOICHIOMETRY, Set.of(Dimension.NONE), NON_NEGATIVE, Shape.RANGE, FORBIDDEN,
                        List.of(), false, "stoichiometry = 0.2661 to 0.9084 source <Source> \"where\""));
    }

    /** A plain decimal number from 0 to 1, as curve abscissae are written. */
    static boolean isUnitFraction(String text) {
        try {
            double x = Double.parseDouble(text);
            return x >= 0 && x <= 1;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static List<Slot> pelletSlots() {
        return List.of(
                Slot.number("diameter", Dimension.LENGTH, POSITIVE, FORBIDDEN, "diameter = 8 mm source <Source> \"where\""),
                Slot.number("thickness", Dimension.LENGTH, POSITIVE, FORBIDDEN, "thickness = 1 mm source <Source> \"where\""));
    }

    private static List<Slot> aldSlots() {
        QualifierSpec reactant = new QualifierSpec("reactant", true, word -> Reactant.fromWord(word).isPresent(),
                "precursor or coreactant");
        QualifierSpec substrate = new QualifierSpec("on", true, EntryKind::isId, "a substrate material id");
        return List.of(
                new Slot("gpc", Set.of(Dimension.LENGTH), POSITIVE, Shape.NUMBER, REQUIRED, List.of(), true,
                        "gpc = 1.0 Å/cycle at 250 °C source <Source> \"where\""),
                Slot.temperatureRange("window", "window = 270 °C to 310 °C source <Source> \"where\""),
                new Slot("characteristicExposure", Set.of(AldProcess.EXPOSURE), POSITIVE, Shape.NUMBER, FORBIDDEN,
                        List.of(reactant), true,
                        "characteristicExposure[reactant=precursor] = 0.05 Torr s source <Source> \"where\""),
                new Slot("nucleationDelay", Set.of(Dimension.NONE), NON_NEGATIVE, Shape.NUMBER, FORBIDDEN,
                        List.of(substrate), true, "nucleationDelay[on=LATP] = 10 cycles source <Source> \"where\""),
                Slot.number("depositionTemperature", Dimension.TEMPERATURE, POSITIVE, FORBIDDEN,
                        "depositionTemperature = 330 °C source <Source> \"where\""),
                Slot.number("pulseTime", Dimension.TIME, POSITIVE, FORBIDDEN, "pulseTime = 2 s source <Source> \"where\""),
                Slot.number("purgeTime", Dimension.TIME, POSITIVE, FORBIDDEN, "purgeTime = 2 s source <Source> \"where\""));
    }

    private static List<Slot> supercycleSlots() {
        QualifierSpec ratio = new QualifierSpec("ratio", true, word -> RATIO.matcher(word).matches(),
                "subcycle counts such as 1:6");
        QualifierSpec process = new QualifierSpec("process", false, EntryKind::isId, "an ald process id");
        QualifierSpec reactants = new QualifierSpec("reactants", false, word -> !word.isBlank(), "the reactants");
        return List.of(
                new Slot("subcycle", Set.of(), NON_NEGATIVE, Shape.LABEL, FORBIDDEN, List.of(process, reactants), true,
                        "subcycle[process=ALD-Li2O-LiOtBu-H2O-225] = Li2O source <Source> \"where\""),
                new Slot("supercycleGpc", Set.of(Dimension.LENGTH), POSITIVE, Shape.NUMBER, REQUIRED, List.of(ratio),
                        true, "supercycleGpc[ratio=1:6] = 5.2 Å at 225 °C source <Source> \"where\""),
                Slot.temperatureRange("window", "window = 200 °C to 260 °C source <Source> \"where\""),
                Slot.number("nonAdditivity", Dimension.NONE, POSITIVE, FORBIDDEN,
                        "nonAdditivity = 1.2 source <Source> \"where\""));
    }

    private static List<Slot> lblSlots() {
        return List.of(
                Slot.number("precursorThickness", Dimension.LENGTH, POSITIVE, FORBIDDEN,
                        "precursorThickness = 1.7 nm source <Source> \"where\""),
                Slot.number("bilayerThickness", Dimension.LENGTH, POSITIVE, FORBIDDEN,
                        "bilayerThickness = 2.5 nm/bilayer source <Source> \"where\""),
                Slot.number("amplitude", Dimension.LENGTH, POSITIVE, FORBIDDEN,
                        "amplitude = 3 nm source <Source> \"where\""),
                Slot.number("growthRate", Dimension.NONE, POSITIVE, FORBIDDEN,
                        "growthRate = 0.1 source <Source> \"where\""),
                Slot.number("dipTime", Dimension.TIME, POSITIVE, FORBIDDEN, "dipTime = 5 min source <Source> \"where\""),
                Slot.number("rinseTime", Dimension.TIME, POSITIVE, FORBIDDEN, "rinseTime = 2 min source <Source> \"where\""));
    }

    private static List<Slot> sputterSlots() {
        return List.of(
                new Slot("referencePower", Set.of(Dimension.POWER, Dimension.POWER_DENSITY), POSITIVE, Shape.NUMBER,
                        FORBIDDEN, List.of(), false, "referencePower = 2.63 W/cm2 source <Source> \"where\""),
                Slot.number("depositionRate", Dimension.VELOCITY, POSITIVE, FORBIDDEN,
                        "depositionRate = 5 nm/min source <Source> \"where\""),
                new Slot("reportedThickness", Set.of(Dimension.LENGTH), POSITIVE, Shape.NUMBER_OR_RANGE, FORBIDDEN,
                        List.of(), false, "reportedThickness = 300 nm to 400 nm source <Source> \"where\""),
                Slot.number("reportedTime", Dimension.TIME, POSITIVE, FORBIDDEN,
                        "reportedTime = 20 min source <Source> \"where\""));
    }

    private static List<Slot> annealSlots() {
        return List.of(
                Slot.number("temperature", Dimension.TEMPERATURE, POSITIVE, FORBIDDEN,
                        "temperature = 400 °C source <Source> \"where\""),
                Slot.number("duration", Dimension.TIME, POSITIVE, FORBIDDEN, "duration = 30 min source <Source> \"where\""),
                Slot.number("heatingRate", Dimension.HEATING_RATE, POSITIVE, FORBIDDEN,
                        "heatingRate = 10 °C/s source <Source> \"where\""));
    }

    private static List<Slot> concat(List<Slot> a, List<Slot> b) {
        return Stream.concat(a.stream(), b.stream()).toList();
    }
}
