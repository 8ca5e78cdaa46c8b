package org.interphase.dsl.compiler;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.interphase.core.units.Quantity;
import org.interphase.dsl.scoping.LibraryMaterials;
import org.interphase.library.LibraryException;
import org.interphase.library.Material;
import org.interphase.library.MaterialClass;
import org.interphase.library.MaterialLibrary;
import org.interphase.library.MaterialProperty;
import org.interphase.model.Property;

/**
 * The one place where DSL materials meet the built-in library. A DSL material named like a library material
 * extends it: its properties replace the library's ones of the same key and the library supplies the rest. A DSL
 * material with a new name becomes a library material of its own. The engines read materials only through the
 * combined library this class builds, so both sources are seen the same way; {@link #trace} tells for each value
 * whether the DSL file or the library gave it.
 */
final class MaterialResolver {

    private static final String USER_SOURCE = "[dsl]";
    /** The name the generated library text is loaded under; the engines' messages cite it with a line number. */
    private static final String GENERATED = "DSL materials";
    private static final Pattern GENERATED_ORIGIN = Pattern.compile(Pattern.quote(GENERATED) + ":(\\d+)");

    private final MaterialLibrary builtIn;
    private final Map<String, org.interphase.model.Material> dslMaterials = new LinkedHashMap<>();
    private final MaterialLibrary combined;
    /** The DSL location of the material each line of the generated library text belongs to. */
    private final NavigableMap<Integer, String> generatedLines = new TreeMap<>();

    /** @param resources every file the model was loaded with; all their materials are taken in */
    MaterialResolver(MaterialLibrary builtIn, ResourceSet resources) {
        this.builtIn = builtIn;
        for (Resource resource : resources.getResources()) {
            resource.getAllContents().forEachRemaining(object -> {
                // Built-in materials seen through the library scope are the library itself, not overrides of it.
                if (object instanceof org.interphase.model.Material material && material.getName() != null
                        && LibraryMaterials.entry(material).isEmpty()) {
                    dslMaterials.putIfAbsent(material.getName(), material);
                }
            });
        }
        this.combined = combine();
    }

    /** The built-in library with the DSL materials laid over it. */
    MaterialLibrary library() {
        return combined;
    }

    /** The library id the engines know {@code material} by: its name. */
    static String id(org.interphase.model.Material material) {
        return material.getName();
    }

    /**
     * The value of property {@code key} of a material, with where it comes from: the DSL line that sets it, or the
     * library entry.
     */
    Optional<CompiledValue> trace(String materialId, MaterialProperty property) {
        org.interphase.model.Material dsl = dslMaterials.get(materialId);
        if (dsl != null) {
            for (Property written : dsl.getProperties()) {
                if (property.key().equals(written.getKey())) {
                    if (property.measuredAtTemperature() && written.getTemperature() == null) {
                        throw new CompileException(written, property.key() + " of " + materialId + " needs the"
                                + " temperature it was measured at, to be moved to the stack's temperature: add"
                                + " 'at 25 °C' (or the right temperature) after the value");
                    }
                    Quantity value = Quantities.quantity(written.getValue(), property.dimension(),
                            property.key() + " of " + materialId);
                    return Optional.of(new CompiledValue(property.key() + " of " + materialId, value.si(),
                            Quantities.text(written.getValue()), Quantities.provenance(written)));
                }
            }
        }
        // A property the file does not set is traced to the built-in entry it came from, not to the regenerated one.
        Optional<Material> entry = builtIn.material(materialId).or(() -> combined.material(materialId));
        return entry.flatMap(material -> material.property(property)
                .map(value -> new CompiledValue(property.key() + " of " + materialId, value.value().si(),
                        value.value().text(), Provenance.library(material.origin(), value))));
    }

    /**
     * The engines cite library entries by file and line; for a DSL material that is a line of the generated text,
     * which this replaces by the line of the DSL file that defines the material.
     */
    String relocate(String message) {
        return GENERATED_ORIGIN.matcher(message).replaceAll(match -> {
            Map.Entry<Integer, String> entry = generatedLines.floorEntry(Integer.parseInt(match.group(1)));
            return Matcher.quoteReplacement(entry == null ? match.group() : entry.getValue());
        });
    }

    private MaterialLibrary combine() {
        if (dslMaterials.isEmpty()) {
            return builtIn;
        }
        StringBuilder text = new StringBuilder();
        text.append("source ").append(USER_SOURCE)
                .append(" \"Interphase DSL file: a value written without a source\"\n");
        Set<String> declared = new TreeSet<>();
        for (org.interphase.model.Material material : dslMaterials.values()) {
            for (Property property : material.getProperties()) {
                if (property.getCitation() != null && property.getCitation().getSource() != null) {
                    org.interphase.model.Source source = property.getCitation().getSource();
                    if (declared.add(sourceKey(source))) {
                        text.append("source ").append(sourceKey(source)).append(' ')
                                .append(quoted(source.getCitation())).append('\n');
                    }
                }
            }
        }
        dslMaterials.values().forEach(material -> entry(material, text));
        try {
            return builtIn.withOverrides(MaterialLibrary.load(new StringReader(text.toString()), GENERATED));
        } catch (LibraryException | IOException e) {
            org.interphase.model.Material first = dslMaterials.values().iterator().next();
            throw new CompileException(first, "the materials of the DSL files do not fit the material library: "
                    + e.getMessage());
        }
    }

    /** One library entry: the DSL material's own properties first, then those only the library has. */
    private void entry(org.interphase.model.Material material, StringBuilder text) {
        generatedLines.put((int) text.chars().filter(c -> c == '\n').count() + 1, Provenance.location(material));
        Optional<Material> base = builtIn.material(material.getName());
        String formula = nonEmpty(material.getFormula()).or(() -> base.map(Material::formula))
                .orElse(material.getName());
        String materialClass = Optional.ofNullable(material.getMaterialClass())
                .flatMap(MaterialClass::fromWord).or(() -> base.map(Material::materialClass))
                .orElse(MaterialClass.COMPOSITE).word();
        text.append("material ").append(material.getName()).append(' ').append(quoted(formula))
                .append(" class=").append(materialClass);
        nonEmpty(material.getPhase()).or(() -> base.map(Material::phase).flatMap(MaterialResolver::nonEmpty))
                .ifPresent(phase -> text.append(" phase=").append(quoted(phase)));
        text.append('\n');
        Set<String> written = new TreeSet<>();
        for (Property property : material.getProperties()) {
            if (property.getKey() == null || property.getValue() == null) {
                continue;
            }
            boolean known = MaterialProperty.fromKey(property.getKey()).isPresent();
            if (known && written.add(property.getKey())) {
                text.append("  ").append(property.getKey()).append(" = ").append(number(property.getValue()));
                if (property.getTemperature() != null) {
                    text.append(" @ ").append(number(property.getTemperature()));
                }
                String locator = property.getCitation() != null && property.getCitation().getLocator() != null
                        ? property.getCitation().getLocator() : Provenance.location(property);
                String key = property.getCitation() != null && property.getCitation().getSource() != null
                        ? sourceKey(property.getCitation().getSource()) : USER_SOURCE;
                text.append(" source=").append(key).append(' ').append(quoted(locator)).append('\n');
            }
        }
        base.ifPresent(library -> {
            library.properties().forEach((key, value) -> {
                if (!written.contains(key)) {
                    text.append("  ").append(key).append(" = ").append(value.value().text());
                    library.measuringTemperature(key).ifPresent(t -> text.append(" @ ").append(t.text()));
                    text.append(tail(value.source()));
                }
            });
            library.flags().values().forEach(flag -> text.append("  ").append(flag.name()).append(" = ")
                    .append(flag.value()).append(tail(flag.source())));
        });
    }

    private static String tail(org.interphase.core.provenance.Source source) {
        return " source=" + source.key() + " " + quoted(source.locator().isEmpty() ? "-" : source.locator()) + "\n";
    }

    private static String sourceKey(org.interphase.model.Source source) {
        return "[dsl:" + source.getName() + "]";
    }

    private static String number(org.interphase.model.Quantity quantity) {
        String value = BigDecimal.valueOf(quantity.getValue()).toPlainString();
        return quantity.getUnit() == null ? value : value + " " + quantity.getUnit();
    }

    private static String quoted(String text) {
        return "\"" + text.replace('"', '\'') + "\"";
    }

    private static Optional<String> nonEmpty(String text) {
        return Optional.ofNullable(text).filter(t -> !t.isBlank());
    }
}
