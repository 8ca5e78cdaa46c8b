package org.interphase.sim.symmetric;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;

import org.interphase.sim.electrochem.ButlerVolmer;
import org.interphase.sim.stack.CellCondition;
import org.interphase.sim.stack.CellStack;
import org.interphase.sim.stack.StackCircuitBuilder;
import org.interphase.sim.stack.StackContribution;
import org.interphase.sim.stack.StackInterface;
import org.interphase.sim.stack.StackLayer;
import org.interphase.sim.stack.StackPart;

/**
 * A symmetric cell as the engine evaluates it: its elements, how each depends on the {@link CellState},
 * the cell voltage, and how the state advances over a step of constant current.
 * <p>
 * Resistances at the start are the stack model's own (its DC contributions, with Arrhenius at the
 * stack temperature); a layer's resistance then scales with its thickness, which interphases take
 * away from the layer they reduce and add to themselves. The charge-transfer kinetics at the two Li
 * contacts are Butler–Volmer (α = ½, i₀ from the stack) at the local current density i/f of the
 * contact area left by voids; every other interface is its charge-transfer resistance. A coating that lithiates
 * ({@link LithiatingCoating}) is its assembled resistance on the part not yet converted plus the lithiated phase's
 * on the part that is.
 */
final class CellCircuit {

    /** An element of the resistance series. */
    private interface Element {
        String label();

        /** Ω in the given state. */
        double resistance(CellState state);
    }

    /**
     * A resistor: a layer (or its bulk or grain-boundary part), an interphase, or a non-Li interface. Its
     * resistance is proportional to its thickness: {@code scale} × {@code thickness(state)}, with either the
     * resistance at the start and the thickness relative to the start (1 for elements that do not change), or,
     * for an interphase that starts from nothing, the resistance per metre and the thickness in metres.
     */
    private record Ohmic(String label, double scale, ToDoubleFunction<CellState> thickness) implements Element {
        @Override
        public double resistance(CellState state) {
            return scale * thickness.applyAsDouble(state);
        }
    }

    /** The Li contact on one side, with its kinetics; {@code contact} is the stack's label of the interface. */
    private record LiContact(String label, String contact, ElectrodeSide side, ButlerVolmer kinetics,
            double areaResistance, VoidContact voids, double area) implements Element {
        @Override
        public double resistance(CellState state) {
            return areaResistance / (voids.contactFraction(state.voidDepth(side)) * area);
        }
    }

    /** A layer that interphases consume, with the sites that grow into it. */
    record ReducedLayer(String label, double thickness, int[] sites, boolean percolates) {
    }

    /** m: an interphase thinner than an atom (one under an insulating coating) is no layer for the next impedance. */
    private static final double NO_LAYER = 1e-12;

    private final double area;
    private final double temperature;
    private final double currentDensity;
    private final List<InterphaseSite> sites;
    private final List<LithiatingCoating> coatings;
    /** Thickness of each coating, m, in the order of {@link #coatings}. */
    private final double[] coatingThickness;
    private final double voidRoughness;
    private final List<ReducedLayer> reducedLayers = new ArrayList<>();
    private final List<Element> elements = new ArrayList<>();
    private final List<Ohmic> ohmic = new ArrayList<>();
    private final LiContact[] contacts = new LiContact[2];
    private final VoidContact voids;
    /** Last local current density and overpotential per contact and direction (see {@link #overpotential}). */
    private final double[] lastLocalCurrent = {Double.NaN, Double.NaN, Double.NaN, Double.NaN};
    private final double[] lastOverpotential = new double[4];
    private CellState lastState;
    private long lastHalfCycle;
    private double lastVoltage;

    CellCircuit(SymmetricCellInput input, SymmetricCellModel model) {
        CellStack stack = input.stack();
        area = stack.area();
        temperature = stack.temperature();
        currentDensity = input.currentDensity();
        sites = input.interphases();
        coatings = input.coatings();
        coatingThickness = new double[coatings.size()];
        voidRoughness = model.voidRoughness().value().si();
        double pressureScale = input.stackPressure() / model.referencePressure().value().si();
        voids = new VoidContact(model.lithiumVolumePerCharge().value().si(),
                model.criticalStrippingCurrentDensity().value().si() * pressureScale,
                model.voidRoughness().value().si());
        Map<String, StackContribution> contributions = new HashMap<>();
        StackCircuitBuilder.simulate(stack, 1.0).contributions().forEach(c -> contributions.put(c.label(), c));
        List<StackPart> parts = stack.parts();
        for (int i = 0; i < parts.size(); i++) {
            switch (parts.get(i)) {
                case StackLayer layer -> addLayer(layer, contributions, stack);
                case StackInterface contact -> addInterface(contact, i == 0 ? ElectrodeSide.LEFT
                        : i == parts.size() - 1 ? ElectrodeSide.RIGHT : null, contributions);
            }
        }
    }

    private void addLayer(StackLayer layer, Map<String, StackContribution> contributions, CellStack stack) {
        int existing = siteIndex(s -> s.existingLayer().filter(layer.label()::equals).isPresent());
        int[] reducers = IntStream.range(0, sites.size())
                .filter(k -> sites.get(k).reducedLayer().equals(layer.label())).toArray();
        ToDoubleFunction<CellState> ratio;
        if (existing >= 0) {
            double start = layer.thickness();
            ratio = state -> state.interphase()[existing] / start;
        } else if (reducers.length > 0) {
            boolean percolates = stack.layers().stream().allMatch(other -> other == layer
                    || sites.stream().anyMatch(s -> s.existingLayer().filter(other.label()::equals).isPresent()));
            ReducedLayer reduced = new ReducedLayer(layer.label(), layer.thickness(), reducers, percolates);
            reducedLayers.add(reduced);
            ratio = state -> remaining(reduced, state) / reduced.thickness();
        } else {
            ratio = lithiation(layer);
        }
        // A new interphase (under a coating) sits on the Li side of the layer it reduces.
        for (int k : reducers) {
            if (sites.get(k).existingLayer().isEmpty() && sites.get(k).side() == ElectrodeSide.LEFT) {
                addNewInterphase(k);
            }
        }
        for (String suffix : new String[] {"", " bulk", " grain boundary"}) {
            StackContribution c = contributions.get(layer.label() + suffix);
            if (c != null && c.kind().isOhmic()) {
                add(new Ohmic(c.label(), c.resistance(), ratio));
            }
        }
        for (int k : reducers) {
            if (sites.get(k).existingLayer().isEmpty() && sites.get(k).side() == ElectrodeSide.RIGHT) {
                addNewInterphase(k);
            }
        }
    }

    /** R/R₀ of a layer as it lithiates: 1 − θ + θ·σ/σ_lith for the lithiated share θ; 1 if it does not. */
    private ToDoubleFunction<CellState> lithiation(StackLayer layer) {
        for (int j = 0; j < coatings.size(); j++) {
            if (coatings.get(j).layer().equals(layer.label())) {
                int coating = j;
                double thickness = layer.thickness();
                coatingThickness[j] = thickness;
                double ratio = layer.material().conductivity().at(temperature)
                        / coatings.get(j).lithiated().conductivity().at(temperature);
                return state -> {
                    double share = state.lithiated()[coating] / thickness;
                    return 1 - share + share * ratio;
                };
            }
        }
        return state -> 1.0;
    }

    private void addNewInterphase(int k) {
        InterphaseSite site = sites.get(k);
        double perMetre = 1 / (site.material().conductivity().at(temperature) * area);
        add(new Ohmic(site.label(), perMetre, state -> state.interphase()[k]));
    }

    private void addInterface(StackInterface contact, ElectrodeSide liSide, Map<String, StackContribution> all) {
        StackContribution c = all.get(contact.label() + " charge transfer");
        if (liSide == null) {
            add(new Ohmic(c.label(), c.resistance(), state -> 1.0));
            return;
        }
        // SymmetricCellInput guarantees Li on both sides, so CellStack guarantees i0 at both contacts.
        ButlerVolmer kinetics = ButlerVolmer.symmetric(
                contact.exchangeCurrentDensity().orElseThrow().at(temperature));
        LiContact li = new LiContact(c.label(), contact.label(), liSide, kinetics,
                kinetics.chargeTransferAreaResistance(temperature), voids, area);
        contacts[liSide.ordinal()] = li;
        elements.add(li);
    }

    private void add(Ohmic element) {
        ohmic.add(element);
        elements.add(element);
    }

    private int siteIndex(Predicate<InterphaseSite> test) {
        for (int k = 0; k < sites.size(); k++) {
            if (test.test(sites.get(k))) {
                return k;
            }
        }
        return -1;
    }

    /**
     * The state at the start of the run: as assembled (interphases at their initial thickness, no voids, coatings
     * not lithiated), or as an earlier measurement of the experiment left the cell.
     */
    CellState initial(CellCondition start) {
        double[] interphase = new double[sites.size()];
        for (int k = 0; k < interphase.length; k++) {
            InterphaseSite site = sites.get(k);
            interphase[k] = site.existingLayer().flatMap(label -> CellCondition.byLabel(start.thickness(), label))
                    .or(() -> start.grown().stream().filter(g -> g.layer().label().equals(site.label()))
                            .map(g -> g.layer().thickness()).findFirst())
                    .orElse(site.initialThickness());
        }
        double[] voids = new double[2];
        for (ElectrodeSide side : ElectrodeSide.values()) {
            LiContact contact = contacts[side.ordinal()];
            double fraction = contact == null ? 1
                    : CellCondition.byLabel(start.contact(), contact.contact()).orElse(1.0);
            // the void depth of that contact fraction, f = h_r/(h_r + h)
            voids[side.ordinal()] = voidRoughness * (1 / fraction - 1);
        }
        double[] lithiated = new double[coatings.size()];
        for (int j = 0; j < lithiated.length; j++) {
            lithiated[j] = Math.min(coatingThickness[j], Optional.ofNullable(start.lithiated()
                    .get(coatings.get(j).layer())).map(CellCondition.Lithiation::depth).orElse(0.0));
        }
        return new CellState(interphase, voids, lithiated);
    }

    /** What the cell in {@code state} leaves for the next measurement, in the stack's labels. */
    CellCondition condition(CellState state) {
        Map<String, Double> thickness = new HashMap<>();
        List<CellCondition.GrownLayer> grown = new ArrayList<>();
        for (int k = 0; k < sites.size(); k++) {
            InterphaseSite site = sites.get(k);
            double now = state.interphase()[k];
            if (site.existingLayer().isPresent()) {
                thickness.put(site.existingLayer().get(), now);
            } else if (now > NO_LAYER) {
                grown.add(new CellCondition.GrownLayer(StackLayer.of(site.label(), site.material(), now),
                        site.reducedLayer(), site.side() == ElectrodeSide.LEFT));
            }
        }
        for (ReducedLayer layer : reducedLayers) {
            thickness.put(layer.label(), remaining(layer, state));
        }
        Map<String, Double> contact = new HashMap<>();
        for (LiContact li : contacts) {
            if (li != null) {
                contact.put(li.contact(), contactFraction(state, li.side()));
            }
        }
        Map<String, CellCondition.Lithiation> lithiated = new HashMap<>();
        for (int j = 0; j < coatings.size(); j++) {
            LithiatingCoating coating = coatings.get(j);
            lithiated.put(coating.layer(), new CellCondition.Lithiation(state.lithiated()[j], coating.lithiated(),
                    coating.side() == ElectrodeSide.LEFT));
        }
        return new CellCondition(thickness, grown, contact, lithiated, OptionalDouble.empty(), OptionalDouble.empty());
    }

    /** Thickness of coating {@code j}, m. */
    double coatingThickness(int j) {
        return coatingThickness[j];
    }

    List<LithiatingCoating> coatings() {
        return coatings;
    }

    /**
     * The state after {@code duration} s of half-cycle {@code halfCycle}, exact for constant current. An
     * interphase stops growing when it has consumed the whole layer it reduces.
     */
    CellState advance(CellState state, double duration, long halfCycle) {
        double[] interphase = state.interphase().clone();
        for (int k = 0; k < interphase.length; k++) {
            InterphaseSite site = sites.get(k);
            interphase[k] = site.law().advance(interphase[k], duration, site.rateFactor());
        }
        for (ReducedLayer layer : reducedLayers) {
            double excess = -remainingUncapped(layer, interphase);
            if (excess > 0 && growthOf(layer, state, interphase) > 0) {
                // Share the last bit of the layer in proportion to how fast each side was eating it.
                double growth = growthOf(layer, state, interphase);
                for (int k : layer.sites()) {
                    interphase[k] -= excess * (interphase[k] - state.interphase()[k]) / growth;
                }
            }
        }
        double[] voidDepth = new double[2];
        for (ElectrodeSide side : ElectrodeSide.values()) {
            double signed = side.strippedIn(halfCycle) ? currentDensity : -currentDensity;
            voidDepth[side.ordinal()] = voids.advance(state.voidDepth(side), signed, duration);
        }
        double[] lithiated = state.lithiated().clone();
        for (int j = 0; j < lithiated.length; j++) {
            lithiated[j] = Math.min(coatingThickness[j], coatings.get(j).front().advance(lithiated[j], duration, 1));
        }
        return new CellState(interphase, voidDepth, lithiated);
    }

    private static double growthOf(ReducedLayer layer, CellState before, double[] after) {
        double growth = 0;
        for (int k : layer.sites()) {
            growth += after[k] - before.interphase()[k];
        }
        return growth;
    }

    /**
     * How much more than the whole of {@code layer} its interphases would have consumed after {@code duration}
     * from {@code state} without the cap, m: crosses zero when the mixed conductor spans the layer.
     */
    double consumptionExcess(ReducedLayer layer, CellState state, double duration) {
        double[] interphase = state.interphase().clone();
        for (int k : layer.sites()) {
            interphase[k] = sites.get(k).law().advance(interphase[k], duration, sites.get(k).rateFactor());
        }
        return -remainingUncapped(layer, interphase);
    }

    private double remaining(ReducedLayer layer, CellState state) {
        return Math.max(0, remainingUncapped(layer, state.interphase()));
    }

    private double remainingUncapped(ReducedLayer layer, double[] interphase) {
        double left = layer.thickness();
        for (int k : layer.sites()) {
            left -= interphase[k] - sites.get(k).initialThickness();
        }
        return left;
    }

    /**
     * |V| in half-cycle {@code halfCycle}: I·ΣR of the resistors plus the Butler–Volmer overpotentials of the
     * stripped and the plated Li contact at their local current densities.
     */
    double voltageMagnitude(CellState state, long halfCycle) {
        // The engine asks twice per sample (event check, then recording): answer the second from memory.
        if (state == lastState && halfCycle == lastHalfCycle) {
            return lastVoltage;
        }
        lastState = state;
        lastHalfCycle = halfCycle;
        lastVoltage = evaluateVoltage(state, halfCycle);
        return lastVoltage;
    }

    private double evaluateVoltage(CellState state, long halfCycle) {
        double resistance = 0;
        for (Ohmic element : ohmic) {
            resistance += element.resistance(state);
        }
        double volts = currentDensity * area * resistance;
        for (LiContact contact : contacts) {
            if (contact != null) {
                double local = currentDensity / contactFraction(state, contact.side());
                volts += contact.side().strippedIn(halfCycle) ? overpotential(contact, local)
                        : -overpotential(contact, -local);
            }
        }
        return volts;
    }

    /**
     * η at a Li contact. The local current density changes only while voids open or close, so the last
     * inversion per contact and direction is kept: most samples of a run reuse it.
     */
    private double overpotential(LiContact contact, double localCurrentDensity) {
        int slot = 2 * contact.side().ordinal() + (localCurrentDensity > 0 ? 0 : 1);
        if (lastLocalCurrent[slot] != localCurrentDensity) {
            lastLocalCurrent[slot] = localCurrentDensity;
            lastOverpotential[slot] = contact.kinetics().overpotential(localCurrentDensity, temperature);
        }
        return lastOverpotential[slot];
    }

    /** Contact area fraction f of the Li electrode on {@code side}, 0 to 1. */
    double contactFraction(CellState state, ElectrodeSide side) {
        return voids.contactFraction(state.voidDepth(side));
    }

    /** Labels of the resistance series, in stack order. */
    List<String> labels() {
        return elements.stream().map(Element::label).toList();
    }

    /** Resistance of each element, Ω, in the order of {@link #labels()}. */
    void resistances(CellState state, double[] into) {
        for (int e = 0; e < elements.size(); e++) {
            into[e] = elements.get(e).resistance(state);
        }
    }

    List<ReducedLayer> reducedLayers() {
        return reducedLayers;
    }

    List<InterphaseSite> sites() {
        return sites;
    }

    double currentDensity() {
        return currentDensity;
    }

    double area() {
        return area;
    }

    /** Label of the Li contact on {@code side}, or the electrode side if the contact is ideal. */
    String contactLabel(ElectrodeSide side) {
        LiContact contact = contacts[side.ordinal()];
        return contact == null ? side.word() + " Li electrode" : contact.label();
    }
}
