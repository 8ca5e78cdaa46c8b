package org.interphase.dsl.ide.hover;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.TextRegion;
import org.interphase.core.units.Dimension;
import org.interphase.core.units.QuantityException;
import org.interphase.dsl.compiler.CompileException;
import org.interphase.dsl.compiler.CompiledRecipe;
import org.interphase.dsl.compiler.CompiledValue;
import org.interphase.dsl.compiler.ModelCompiler;
import org.interphase.dsl.ide.library.InstalledLibraryFiles;
import org.interphase.dsl.library.Libraries;
import org.interphase.dsl.scoping.LibraryMaterials;
import org.interphase.library.MaterialLibrary;
import org.interphase.model.Constituent;
import org.interphase.model.Material;
import org.interphase.model.Property;
import org.interphase.model.Quantity;
import org.interphase.model.Recipe;
import org.interphase.model.Source;

/**
 * What the editor shows when the mouse rests on a word of an {@code .iph} file: a material's properties with their
 * units and sources (the library's citations for built-in materials, the written {@code source} clauses for materials
 * of the file), the thickness a recipe grows as the compiler computes it with its inputs, or a quantity's SI value.
 * Plain text, free of any UI toolkit, so that any client (the Eclipse editor, a language server) can show it.
 */
public final class InterphaseHoverText {

    /** What to show and the text range it describes (for the hover's placement and the hyperlink's underline). */
    public record Hover(int offset, int length, String text) {
    }

    private final ModelCompiler compiler;
    private final EObjectAtOffsetHelper elements = new EObjectAtOffsetHelper();

    /** @param library the library DSL materials extend, normally {@code Libraries.builtIn()} */
    public InterphaseHoverText(MaterialLibrary library) {
        this.compiler = new ModelCompiler(library);
    }

    /** The hover at {@code offset} of a parsed (and linked) file; empty where there is nothing to explain. */
    public Optional<Hover> at(XtextResource resource, int offset) {
        if (resource.getParseResult() == null) {
            return Optional.empty();
        }
        ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(resource.getParseResult().getRootNode(), offset);
        if (leaf == null || leaf.isHidden()) {
            return Optional.empty();
        }
        INode reference = elements.getCrossReferenceNode(resource, new TextRegion(offset, 0));
        if (reference != null) {
            EObject target = elements.resolveCrossReferencedElementAt(resource, offset);
            return describe(target).map(text -> new Hover(reference.getOffset(), reference.getLength(), text));
        }
        EObject element = elements.resolveContainedElementAt(resource, offset);
        if (element instanceof Material || element instanceof Recipe || element instanceof Source) {
            INode name = nameNode(element);
            if (name != null && name.getOffset() <= offset && offset <= name.getEndOffset()) {
                return describe(element).map(text -> new Hover(name.getOffset(), name.getLength(), text));
            }
        }
        for (EObject current = element; current != null; current = current.eContainer()) {
            if (current instanceof Quantity quantity) {
                INode node = NodeModelUtils.findActualNodeFor(quantity);
                return siValue(quantity).map(text -> new Hover(node.getOffset(), node.getLength(), text));
            }
        }
        return Optional.empty();
    }

    /** The description of a material, recipe or source; empty for other elements and unresolved references. */
    public Optional<String> describe(EObject element) {
        if (element == null || element.eIsProxy()) {
            return Optional.empty();
        }
        return switch (element) {
            case Material material -> Optional.of(LibraryMaterials.entry(material).map(InterphaseHoverText::library)
                    .orElseGet(() -> declared(material)));
            case Recipe recipe -> Optional.of(recipe(recipe));
            case Source source -> Optional.of(source(source));
            default -> Optional.empty();
        };
    }

    private static INode nameNode(EObject element) {
        EStructuralFeature name = element.eClass().getEStructuralFeature("name");
        List<INode> nodes = name == null ? List.of() : NodeModelUtils.findNodesForFeature(element, name);
        return nodes.isEmpty() ? null : nodes.get(0);
    }

    private static String library(org.interphase.library.Material entry) {
        StringBuilder text = new StringBuilder("material " + entry.id() + " \"" + entry.formula() + "\" ("
                + entry.materialClass().word() + (entry.phase().isEmpty() ? "" : ", " + entry.phase())
                + "), " + InstalledLibraryFiles.owner(entry.origin().file()) + " " + entry.origin());
        if (!entry.note().isEmpty()) {
            text.append('\n').append(entry.note());
        }
        // Each value names its source and where in it; the full citations follow once, so the lines stay readable.
        Map<String, String> citations = new LinkedHashMap<>();
        entry.properties().forEach((key, value) -> text.append("\n  ").append(key).append(" = ")
                .append(value.value().text())
                .append(entry.measuringTemperature(key).map(t -> " at " + t.text()).orElse(""))
                .append("  \u2014 ").append(cited(value.source(), citations))
                .append(value.note().isEmpty() ? "" : " (" + value.note() + ")"));
        entry.flags().forEach((key, flag) -> text.append("\n  ").append(key).append(" = ").append(flag.value())
                .append("  \u2014 ").append(cited(flag.source(), citations)));
        if (!citations.isEmpty()) {
            text.append("\nSources:");
            citations.forEach((key, citation) -> text.append("\n  ").append(key).append(' ').append(citation));
        }
        // The library file is read-only: say where a change goes instead.
        text.append("\nTo use other values, declare material ").append(entry.id()).append(" in your own .iph file.");
        return text.toString();
    }

    /** "[key] locator", remembering the source's full citation for the list after the values. */
    private static String cited(org.interphase.core.provenance.Source source, Map<String, String> citations) {
        citations.putIfAbsent(source.key(), source.citation());
        return source.key() + (source.locator().isEmpty() ? "" : " " + source.locator());
    }

    /** A source's full citation; a library source is declared in a library file, not in the workspace. */
    private static String source(Source source) {
        boolean library = source.eResource() != null
                && LibraryMaterials.SCHEME.equals(source.eResource().getURI().scheme());
        return "source " + source.getName() + (library ? ", declared in the library" : "") + "\n  "
                + source.getCitation() + (source.getDoi() == null ? "" : "\n  doi " + source.getDoi());
    }

    private static String declared(Material material) {
        StringBuilder text = new StringBuilder("material " + material.getName()
                + (material.getFormula() == null ? "" : " \"" + material.getFormula() + "\""));
        if (material.getMaterialClass() != null || material.getPhase() != null) {
            text.append(" (").append(material.getMaterialClass() == null ? "" : material.getMaterialClass())
                    .append(material.getPhase() == null ? "" : ", " + material.getPhase()).append(')');
        }
        if (!material.getConstituents().isEmpty()) {
            text.append("\n  composition ").append(material.getConstituents().stream()
                    .map(InterphaseHoverText::constituent).collect(Collectors.joining(", ")));
        }
        for (Property property : material.getProperties()) {
            text.append("\n  ").append(property.getKey()).append(" = ").append(written(property.getValue()));
            if (property.getTemperature() != null) {
                text.append(" at ").append(written(property.getTemperature()));
            }
            text.append("  \u2014 ").append(citation(property));
        }
        if (material.getProperties().isEmpty()) {
            text.append("\n  no properties written");
        }
        return text.toString();
    }

    private static String constituent(Constituent constituent) {
        String name = constituent.getSubstance() == null || constituent.getSubstance().eIsProxy() ? "?"
                : constituent.getSubstance().getName();
        return name + " " + written(constituent.getFraction());
    }

    private static String citation(Property property) {
        if (property.getCitation() == null || property.getCitation().getSource() == null
                || property.getCitation().getSource().eIsProxy()) {
            return "no source given";
        }
        var source = property.getCitation().getSource();
        String locator = property.getCitation().getLocator();
        return "source " + source.getName() + ": " + source.getCitation()
                + (locator == null || locator.isEmpty() ? "" : ", " + locator)
                + (source.getDoi() == null ? "" : " doi " + source.getDoi());
    }

    private String recipe(Recipe recipe) {
        CompiledRecipe compiled;
        try {
            compiled = compiler.recipe(recipe);
        } catch (CompileException e) {
            return "recipe " + recipe.getName() + ": thickness not computed \u2014 " + e.getMessage();
        }
        StringBuilder text = new StringBuilder("recipe " + recipe.getName() + " grows "
                + significant(compiled.thickness().si() * 1e9) + " nm (growth engine)");
        for (CompiledValue input : compiled.inputs()) {
            text.append("\n  ").append(input);
        }
        return text.toString();
    }

    private static Optional<String> siValue(Quantity quantity) {
        try {
            org.interphase.core.units.Quantity parsed = org.interphase.core.units.Quantity.of(quantity.getValue(),
                    quantity.getUnit() == null ? "" : quantity.getUnit().strip());
            String unit = parsed.dimension().equals(Dimension.NONE) ? "" : " " + parsed.dimension().siSymbol();
            return Optional.of(parsed.text() + " = " + significant(parsed.si()) + unit + " (SI), "
                    + parsed.dimension().noun());
        } catch (QuantityException e) {
            return Optional.of(e.getMessage());
        }
    }

    private static String written(Quantity quantity) {
        if (quantity == null) {
            return "?";
        }
        String value = significant(quantity.getValue());
        return quantity.getUnit() == null ? value : value + " " + quantity.getUnit().strip();
    }

    /** Five significant digits: the SI value is a conversion of what was written, not a more precise number. */
    private static String significant(double value) {
        if (!Double.isFinite(value)) {
            return String.valueOf(value);
        }
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(5)).stripTrailingZeros();
        double magnitude = Math.abs(value);
        return magnitude == 0 || (magnitude >= 1e-3 && magnitude < 1e7) ? rounded.toPlainString() : rounded.toString();
    }
}
