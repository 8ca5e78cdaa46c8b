package org.interphase.library;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.interphase.core.provenance.SourcedQuantity;

/**
 * A property of a material tabulated against a dimensionless variable, e.g. the open-circuit
 * potential of a cathode against its lithiation. Each point carries its own source, so a table
 * can mix measured points with points read from a published fit.
 *
 * @param id       unique library identifier, e.g. "OCV-LFP-Afshar2017"
 * @param material library id of the material
 * @param quantity what is tabulated ({@link #OPEN_CIRCUIT_POTENTIAL})
 * @param abscissa what x is ({@link #LITHIATION})
 * @param points   the points, x strictly increasing (at least two)
 * @param stoichiometry the range of the material's stoichiometry that x from 0 to 1 spans, when the points were
 *                 written against stoichiometry (a measured table or CSV file) and mapped onto x; empty when they
 *                 were written against x
 * @param note     a remark; empty when there is none
 * @param origin   where the curve was defined
 */
public record MaterialCurve(String id, String material, String quantity, String abscissa, List<Point> points,
        Optional<SourcedRange> stoichiometry, String note, Origin origin) {

    /** Open-circuit potential vs Li/Li⁺ of an electrode material, V. */
    public static final String OPEN_CIRCUIT_POTENTIAL = "openCircuitPotential";
    /**
     * Lithiation over the material's practical window: 0 at the charged (delithiated) end, 1 at the
     * discharged end, so that x from 0 to 1 is the material's specificCapacity.
     */
    public static final String LITHIATION = "lithiation";
    /**
     * The line that says the points are written against the material's stoichiometry s over the range s0 to s1,
     * which x from 0 to 1 spans: x = (s - s0) / (s1 - s0).
     */
    public static final String STOICHIOMETRY = "stoichiometry";

    /**
     * One tabulated value.
     *
     * @param x     the abscissa, dimensionless
     * @param value the value at x, with unit and source
     */
    public record Point(double x, SourcedQuantity value) {
    }

    public MaterialCurve {
        Objects.requireNonNull(id, "curve id");
        Objects.requireNonNull(material, () -> "material of " + id);
        Objects.requireNonNull(quantity, () -> "quantity of " + id);
        Objects.requireNonNull(abscissa, () -> "abscissa of " + id);
        Objects.requireNonNull(stoichiometry, () -> "stoichiometry of " + id);
        Objects.requireNonNull(note, () -> "note on " + id);
        Objects.requireNonNull(origin, () -> "origin of " + id);
        points = List.copyOf(points);
    }

    /** The abscissae in increasing order. */
    public double[] xs() {
        return points.stream().mapToDouble(Point::x).toArray();
    }

    /** The values in SI units, in the order of {@link #xs()}. */
    public double[] values() {
        return points.stream().mapToDouble(p -> p.value().value().si()).toArray();
    }
}
