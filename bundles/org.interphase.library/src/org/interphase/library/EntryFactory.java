package org.interphase.library;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.interphase.core.provenance.SourcedQuantity;
import org.interphase.core.units.Quantity;
import org.interphase.library.SupercycleProcess.Subcycle;
import org.interphase.library.SupercycleProcess.SupercycleGpc;

/**
 * Turns checked {@link Block}s into materials and processes, enforcing what a whole entry needs
 * (an ALD process needs a GPC, a linear LbL process a bilayer thickness, ...). Problems are
 * reported at the header line of the entry.
 */
final class EntryFactory {

    /** A problem with an entry as a whole (located at its header) or with one of its lines. */
    static final class EntryException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        /** 1-based line of the problem; 0 for the entry's header. */
        private final int line;

        EntryException(String message) {
            this(0, message);
        }

        EntryException(int line, String message) {
            super(message, null, false, false);
            this.line = line;
        }

        int line() {
            return line;
        }
    }

    private static final List<String> ALD_REPORTED = List.of("depositionTemperature", "pulseTime", "purgeTime");
    private static final List<String> LBL_REPORTED = List.of("dipTime", "rinseTime");
    private static final List<String> SPUTTER_REPORTED = List.of("reportedTime");
    private static final String NOT_GIVEN = "not given";

    private EntryFactory() {
    }

    /** @throws EntryException if the entry as a whole is incomplete or contradictory */
    static Material material(Block block) {
        // A material whose family nobody stated is taken as a composite, the class that claims least.
        String written = block.attribute("class", MaterialClass.COMPOSITE.word());
        MaterialClass materialClass = MaterialClass.fromWord(written).orElseThrow(() -> new EntryException(
                "class " + written + " is not a material class; use one of: " + MaterialClass.words()));
        Map<String, SourcedQuantity> properties = new LinkedHashMap<>();
        Map<String, Quantity> temperatures = new LinkedHashMap<>();
        Map<String, SourcedFlag> flags = new LinkedHashMap<>();
        for (BodyLine line : block.lines()) {
            if (line.value() instanceof BodyLine.Flag flag) {
                flags.put(line.name(), new SourcedFlag(line.name(), flag.value(), line.source(), line.note()));
            } else {
                properties.put(line.name(), line.sourced());
                line.temperature().ifPresent(t -> temperatures.put(line.name(), t));
            }
        }
        return new Material(block.id(), block.formula(), materialClass, block.attribute("phase", ""),
                block.attribute("note", ""), properties, temperatures, flags, block.origin());
    }

    /** @throws EntryException if the entry as a whole is incomplete or contradictory */
    static FabricationProcess process(Block block) {
        return switch (block.kind()) {
            case ALD -> ald(block, AldTechnique.ALD);
            case MLD -> ald(block, AldTechnique.MLD);
            case SUPERCYCLE -> supercycle(block);
            case LBL -> lbl(block);
            case SPUTTER -> sputter(block);
            case ANNEAL -> anneal(block);
            case PELLET -> pellet(block);
            case SOURCE, MATERIAL, INTERFACE, CURVE -> throw new IllegalArgumentException(block.kind() + " is not a process");
        };
    }

    /** @throws EntryException if the curve has too few points or says what it tabulates wrongly */
    static MaterialCurve curve(Block block) {
        String of = block.attribute("of", "");
        String x = block.attribute("x", "");
        if (!of.equals(MaterialCurve.OPEN_CIRCUIT_POTENTIAL) || !x.equals(MaterialCurve.LITHIATION)) {
            throw new EntryException("curve " + block.id() + " tabulates of=" + MaterialCurve.OPEN_CIRCUIT_POTENTIAL
                    + " against x=" + MaterialCurve.LITHIATION + " (the only curve the library knows), got of=" + of
                    + " x=" + x);
        }
        List<MaterialCurve.Point> points = new ArrayList<>();
        for (BodyLine line : block.lines("point")) {
            double at = Double.parseDouble(line.qualifier("x"));
            // Points in the order written, so that a slip in a table is found where it is, not sorted away.
            // (A point given twice the checker has already refused.)
            if (!points.isEmpty() && at < points.get(points.size() - 1).x()) {
                throw new EntryException(line.line(), "curve " + block.id() + ": point x=" + line.qualifier("x")
                        + " comes after x=" + format(points.get(points.size() - 1).x())
                        + "; write the points in increasing x");
            }
            points.add(new MaterialCurve.Point(at, line.sourced()));
        }
        if (points.size() < 2) {
            throw new EntryException("curve " + block.id() + " needs at least two 'point x=<0..1> = <value> source=...'"
                    + " lines");
        }
        Optional<SourcedRange> stoichiometry = optionalRange(block, MaterialCurve.STOICHIOMETRY);
        if (stoichiometry.isPresent()) {
            points = onLithiation(block, points, stoichiometry.get());
        }
        return new MaterialCurve(block.id(), block.attribute("material", ""), of, x, points, stoichiometry,
                block.attribute("note", ""), block.origin());
    }

    /**
     * Points written against stoichiometry s, as x = (s - s0) / (s1 - s0) over the range s0 to s1; the ends are
     * interpolated between the points around them, and points outside the range are left out.
     */
    private static List<MaterialCurve.Point> onLithiation(Block block, List<MaterialCurve.Point> points,
            SourcedRange range) {
        double low = range.min().si();
        double high = range.max().si();
        int line = block.lines(MaterialCurve.STOICHIOMETRY).get(0).line();
        double first = points.get(0).x();
        double last = points.get(points.size() - 1).x();
        if (low >= high || first > low || last < high) {
            throw new EntryException(line, "curve " + block.id() + ": stoichiometry " + range.min().text() + " to "
                    + range.max().text() + " must be a range within the points' stoichiometries " + format(first)
                    + " to " + format(last) + "; write the range the material is cycled over");
        }
        List<MaterialCurve.Point> mapped = new ArrayList<>();
        mapped.add(new MaterialCurve.Point(0, at(points, low)));
        points.stream().filter(p -> p.x() > low && p.x() < high)
                .forEach(p -> mapped.add(new MaterialCurve.Point((p.x() - low) / (high - low), p.value())));
        mapped.add(new MaterialCurve.Point(1, at(points, high)));
        return mapped;
    }

    /** The value at stoichiometry s, interpolated linearly; cited to the point at or below s. */
    private static SourcedQuantity at(List<MaterialCurve.Point> points, double s) {
        int i = 0;
        while (i + 1 < points.size() && points.get(i + 1).x() <= s) {
            i++;
        }
        SourcedQuantity below = points.get(i).value();
        if (points.get(i).x() == s || i + 1 == points.size()) {
            return below;
        }
        MaterialCurve.Point a = points.get(i);
        MaterialCurve.Point b = points.get(i + 1);
        double value = a.value().value().si() + (b.value().value().si() - a.value().value().si())
                * (s - a.x()) / (b.x() - a.x());
        return new SourcedQuantity(below.name(), Quantity.of(value, "V"), below.source(), "interpolated at "
                + "stoichiometry " + format(s) + " between the points at " + format(a.x()) + " and " + format(b.x()));
    }

    private static String format(double number) {
        return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
    }

    /** @throws EntryException if the entry as a whole is incomplete or contradictory */
    static MaterialInterface materialInterface(Block block) {
        String between = block.attribute("between", "");
        String and = block.attribute("and", "");
        if (between.equals(and)) {
            throw new EntryException("interface " + block.id() + " joins two different materials (between= and and="
                    + " are both " + between + ")");
        }
        Map<String, SourcedQuantity> properties = new LinkedHashMap<>();
        Map<String, Quantity> temperatures = new LinkedHashMap<>();
        for (BodyLine line : block.lines()) {
            properties.put(line.name(), line.sourced());
            line.temperature().ifPresent(t -> temperatures.put(line.name(), t));
        }
        Optional<String> interphase = Optional.ofNullable(block.attributes().get("interphase"));
        if (interphase.filter(id -> id.equals(between) || id.equals(and)).isPresent()) {
            throw new EntryException("interface " + block.id() + ": interphase=" + interphase.get() + " is one of the"
                    + " two materials it joins, so the interface would form itself; name the new phase that grows"
                    + " between them (a material of its own) or leave interphase= out");
        }
        if (interphase.isPresent() != properties.containsKey(InterfaceProperty.INTERPHASE_THICKNESS.key())) {
            throw new EntryException("interface " + block.id() + ": an interphase=<material> in the header and an '"
                    + InterfaceProperty.INTERPHASE_THICKNESS.key() + " = <length>' line go together");
        }
        if (properties.containsKey(InterfaceProperty.EXCHANGE_CURRENT_DENSITY.key())
                && properties.containsKey(InterfaceProperty.CHARGE_TRANSFER_RESISTANCE.key())) {
            throw new EntryException("interface " + block.id() + ": give exchangeCurrentDensity or "
                    + "chargeTransferResistance, not both (R_ct·A = RT/(F·i0) makes one follow from the other)");
        }
        return new MaterialInterface(block.id(), between, and, interphase, properties, temperatures,
                block.attribute("note", ""), block.origin());
    }

    private static AldProcess ald(Block block, AldTechnique technique) {
        List<GpcPoint> gpc = block.lines("gpc").stream()
                .map(line -> new GpcPoint(line.sourced(), line.temperature().orElseThrow()))
                .toList();
        if (gpc.isEmpty()) {
            throw new EntryException(block.kind().keyword() + " " + block.id()
                    + " needs at least one line 'gpc = <length>/cycle at <temperature> source <Source> \"where\"'");
        }
        Map<Reactant, SourcedQuantity> exposures = new EnumMap<>(Reactant.class);
        for (BodyLine line : block.lines("characteristicExposure")) {
            exposures.put(Reactant.fromWord(line.qualifier("reactant")).orElseThrow(), line.sourced());
        }
        Map<String, SourcedQuantity> delays = new LinkedHashMap<>();
        for (BodyLine line : block.lines("nucleationDelay")) {
            double cycles = line.sourced().value().si();
            if (cycles != Math.rint(cycles)) {
                throw new EntryException(line.line(), "nucleationDelay is a whole number of cycles, got '"
                        + line.sourced().value().text() + "'");
            }
            if (line.qualifier("on").equals(block.attribute("material", ""))) {
                throw new EntryException(line.line(), "nucleationDelay[on=" + line.qualifier("on") + "]: "
                        + line.qualifier("on") + " is the film this process grows, and a film grows on itself "
                        + "without delay; name the substrate it is deposited on, e.g. [on=LATP]");
            }
            delays.put(line.qualifier("on"), line.sourced());
        }
        return new AldProcess(block.id(), technique, block.attribute("material", ""),
                block.attribute("precursor", ""), block.attribute("coreactant", ""), gpc, optionalRange(block, "window"),
                exposures, delays, reported(block, ALD_REPORTED), block.attribute("note", ""), block.origin());
    }

    private static SupercycleProcess supercycle(Block block) {
        List<Subcycle> subcycles = new ArrayList<>();
        for (BodyLine line : block.lines("subcycle")) {
            String process = line.qualifier("process");
            String reactants = line.qualifier("reactants");
            if (process == null && reactants == null) {
                throw new EntryException(line.line(), "a subcycle names its ALD process (process=<id>) or "
                        + "at least its reactants (reactants=\"...\")");
            }
            subcycles.add(new Subcycle(((BodyLine.Label) line.value()).text(), Optional.ofNullable(process),
                    reactants == null ? "" : reactants, line.source(), line.note()));
        }
        if (subcycles.size() < 2) {
            throw new EntryException("supercycle " + block.id() + " needs at least two 'subcycle <label> ...' lines");
        }
        List<SupercycleGpc> gpc = new ArrayList<>();
        for (BodyLine line : block.lines("supercycleGpc")) {
            List<Integer> ratio = parseRatio(line.qualifier("ratio"));
            if (ratio.size() != subcycles.size()) {
                throw new EntryException(line.line(), "ratio=" + line.qualifier("ratio") + " has "
                        + ratio.size() + " counts but the supercycle has " + subcycles.size() + " subcycles");
            }
            gpc.add(new SupercycleGpc(ratio, line.sourced(), line.temperature().orElseThrow()));
        }
        return new SupercycleProcess(block.id(), block.attribute("material", ""), subcycles, gpc,
                optionalRange(block, "window"), optional(block, "nonAdditivity"), block.attribute("note", ""),
                block.origin());
    }

    /** "1:6" to [1, 6]; the slot has already checked the pattern. */
    static List<Integer> parseRatio(String ratio) {
        List<Integer> counts = new ArrayList<>();
        for (String part : ratio.split(":")) {
            counts.add(Integer.valueOf(part));
        }
        return counts;
    }

    private static LbLProcess lbl(Block block) {
        LbLRegime regime = LbLRegime.fromWord(block.attribute("regime", ""))
                .orElseThrow(() -> new EntryException("regime=" + block.attribute("regime", "")
                        + " is not a regime; use one of: " + Keywords.list(LbLRegime.values(), LbLRegime::word)));
        SourcedQuantity precursor = optional(block, "precursorThickness").orElseThrow(() -> new EntryException(
                "lbl " + block.id() + " needs 'precursorThickness = <length> source=...'"));
        Optional<SourcedQuantity> bilayer = optional(block, "bilayerThickness");
        Optional<SourcedQuantity> amplitude = optional(block, "amplitude");
        Optional<SourcedQuantity> rate = optional(block, "growthRate");
        boolean linear = regime == LbLRegime.LINEAR;
        if (linear != bilayer.isPresent() || linear == amplitude.isPresent() || linear == rate.isPresent()) {
            throw new EntryException("lbl " + block.id() + ": a linear process gives bilayerThickness only; an "
                    + "exponential one gives amplitude and growthRate only");
        }
        return new LbLProcess(block.id(), block.attribute("material", ""), block.attribute("precursor", ""),
                block.attribute("pair", ""), regime, precursor, bilayer, amplitude, rate,
                reported(block, LBL_REPORTED), block.attribute("note", ""), block.origin());
    }

    private static SputterProcess sputter(Block block) {
        return new SputterProcess(block.id(), block.attribute("material", ""), block.attribute("target", NOT_GIVEN),
                block.attribute("gas", NOT_GIVEN), optional(block, "referencePower"), optional(block, "depositionRate"),
                optionalRange(block, "reportedThickness"), reported(block, SPUTTER_REPORTED),
                block.attribute("note", ""), block.origin());
    }

    private static AnnealProcess anneal(Block block) {
        SourcedQuantity temperature = optional(block, "temperature").orElseThrow(() -> new EntryException(
                "anneal " + block.id() + " needs 'temperature = <temperature> source=...'"));
        if (block.attribute("from", "").equals(block.attribute("to", ""))) {
            throw new EntryException("anneal " + block.id() + " must turn one material into another (from= and to= are"
                    + " the same)");
        }
        return new AnnealProcess(block.id(), block.attribute("from", ""), block.attribute("to", ""),
                block.attribute("atmosphere", NOT_GIVEN), temperature, optional(block, "duration"),
                optional(block, "heatingRate"), block.attribute("note", ""), block.origin());
    }

    private static PelletProcess pellet(Block block) {
        SourcedQuantity diameter = optional(block, "diameter").orElseThrow(() -> new EntryException(
                "pellet " + block.id() + " needs 'diameter = <length> source=...'"));
        SourcedQuantity thickness = optional(block, "thickness").orElseThrow(() -> new EntryException(
                "pellet " + block.id() + " needs 'thickness = <length> source=...'"));
        return new PelletProcess(block.id(), block.attribute("material", ""), diameter, thickness,
                block.attribute("note", ""), block.origin());
    }

    private static Optional<SourcedQuantity> optional(Block block, String name) {
        return block.lines(name).stream().findFirst().map(BodyLine::sourced);
    }

    private static Optional<SourcedRange> optionalRange(Block block, String name) {
        return block.lines(name).stream().findFirst().map(BodyLine::sourcedRange);
    }

    private static Map<String, SourcedQuantity> reported(Block block, List<String> names) {
        Map<String, SourcedQuantity> reported = new LinkedHashMap<>();
        for (String name : names) {
            optional(block, name).ifPresent(value -> reported.put(name, value));
        }
        return reported;
    }
}
