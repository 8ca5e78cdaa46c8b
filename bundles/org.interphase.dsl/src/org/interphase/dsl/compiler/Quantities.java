package org.interphase.dsl.compiler;

import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.interphase.core.units.Dimension;
import org.interphase.core.units.Quantity;
import org.interphase.core.units.QuantityException;
import org.interphase.core.units.Units;
import org.interphase.model.Property;

/** Reads DSL quantities into SI values of the expected dimension, failing with the line they are written on. */
final class Quantities {

    private Quantities() {
    }

    /** @throws CompileException if the unit is unknown or of another dimension */
    static Quantity quantity(org.interphase.model.Quantity written, Dimension expected, String what) {
        String text = Double.toString(written.getValue()) + (written.getUnit() == null ? "" : " " + written.getUnit());
        try {
            return Units.parse(text, expected, what);
        } catch (QuantityException e) {
            throw new CompileException(written, e.getMessage());
        }
    }

    /** A written quantity as a compiled value traced to its line. */
    static CompiledValue value(String name, org.interphase.model.Quantity written, Dimension expected) {
        return new CompiledValue(name, quantity(written, expected, name).si(), text(written), provenance(written));
    }

    /** A count (cycles, bilayers, points) traced to the line of {@code owner}. */
    static CompiledValue count(String name, int value, org.eclipse.emf.ecore.EObject owner) {
        return new CompiledValue(name, value, "", Provenance.of(owner));
    }

    /** The quantity as written in the file ("0.1 mA/cm2"), or rebuilt from its parts for a model made in code. */
    static String text(org.interphase.model.Quantity written) {
        ICompositeNode node = NodeModelUtils.getNode(written);
        if (node != null) {
            return NodeModelUtils.getTokenText(node);
        }
        return written.getValue() + (written.getUnit() == null ? "" : " " + written.getUnit());
    }

    /** The line of a quantity, with the citation of the property it belongs to, if any. */
    static Provenance provenance(org.interphase.model.Quantity written) {
        return written.eContainer() instanceof Property property ? provenance(property) : Provenance.of(written);
    }

    static Provenance provenance(Property property) {
        if (property.getCitation() == null || property.getCitation().getSource() == null) {
            return Provenance.of(property);
        }
        String locator = property.getCitation().getLocator();
        return new Provenance(Provenance.location(property), property.getCitation().getSource().getCitation()
                + (locator == null || locator.isEmpty() ? "" : ", " + locator));
    }
}
