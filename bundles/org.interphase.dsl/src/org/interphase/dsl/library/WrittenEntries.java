package org.interphase.dsl.library;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.interphase.dsl.scoping.LibraryMaterials;
import org.interphase.library.LibraryException;
import org.interphase.library.LibraryProblem;
import org.interphase.library.LibraryVocabulary;
import org.interphase.library.MaterialLibrary;
import org.interphase.library.Origin;
import org.interphase.library.WrittenEntry;
import org.interphase.model.Entry;
import org.interphase.model.InterphasePackage;
import org.interphase.model.Layer;
import org.interphase.model.Material;
import org.interphase.model.Property;
import org.interphase.model.Quantity;
import org.interphase.model.Source;

/**
 * The materials, processes, interfaces and curves of {@code .iph} files as the library reads them
 * ({@link WrittenEntry}): the one way a written entry reaches the library, for the built-in files, plug-ins' files
 * and a user's alike. Values stay text, so the library checks them with its own rules and messages.
 *
 * <p>In a user's file a value may be written without a source: it then cites the file itself, at its line, so a
 * report can still say where it came from; and a property the library does not know is left out (validation warns
 * that no model can use it). The built-in library is read with {@link Citations#REQUIRED}, which leaves both for the
 * library to refuse.
 */
public final class WrittenEntries {

    /** Whether a value may go without a cited source. */
    public enum Citations {
        /** A value without a source cites its own file and line (a user's file). */
        OWN_FILE,
        /** A value without a source is an error (the built-in library and plug-ins' libraries). */
        REQUIRED
    }

    private static final String CURVE = "curve";
    private static final String FILE = "file";
    private static final String POINT = "point";

    private final Citations citations;
    private final List<WrittenEntry.Source> sources = new ArrayList<>();
    private final Map<String, Source> cited = new LinkedHashMap<>();
    private final List<WrittenEntry> entries = new ArrayList<>();
    private final Map<String, Boolean> ownFiles = new LinkedHashMap<>();
    private final List<EObject> declared = new ArrayList<>();
    /** What keeps an entry from being read at all (a curve's table file), located in its file. */
    private final List<LibraryProblem> problems = new ArrayList<>();

    public WrittenEntries(Citations citations) {
        this.citations = citations;
    }

    /** The sources the added entries cite, and the files that cite themselves, in the order met. */
    public List<WrittenEntry.Source> sources() {
        return List.copyOf(sources);
    }

    /** Problems with what the added entries refer to outside their file (a curve's table), in the order met. */
    public List<LibraryProblem> problems() {
        return List.copyOf(problems);
    }

    /** The added entries, in the order added. */
    public List<WrittenEntry> entries() {
        return List.copyOf(entries);
    }

    /**
     * {@code base} with the added entries laid over it: the library a simulation of these files reads.
     *
     * @throws LibraryException listing what the library cannot take, each with its file and line
     */
    public MaterialLibrary laidOver(MaterialLibrary base) {
        if (entries.isEmpty() && problems.isEmpty()) {
            return base;
        }
        // A file's own source may share its name with one of the library's: it is another source, so it is cited
        // by its name and file ("[Estimate, cells.iph]"), as a file's own material shadows the library's.
        Map<String, String> renamed = new LinkedHashMap<>();
        List<WrittenEntry.Source> own = new ArrayList<>();
        for (WrittenEntry.Source source : sources) {
            String known = base.citations().get(source.key());
            String key = known == null || known.equals(source.citation()) ? source.key()
                    : source.key().substring(0, source.key().length() - 1) + ", " + shortName(source.origin().file())
                            + "]";
            renamed.put(source.key(), key);
            own.add(new WrittenEntry.Source(key, source.citation(), source.origin()));
        }
        List<WrittenEntry> cited = entries.stream().map(entry -> new WrittenEntry(entry.kind(), entry.id(),
                entry.formula(), entry.attributes(), entry.lines().stream().map(line -> new WrittenEntry.Line(
                        line.name(), line.qualifiers(), line.value(), line.upper(), line.text(), line.temperature(),
                        renamed.getOrDefault(line.sourceKey(), line.sourceKey()), line.locator(), line.note(),
                        line.line())).toList(), entry.origin())).toList();
        try {
            MaterialLibrary combined = base.withOverrides(base.read(own, cited));
            if (problems.isEmpty()) {
                return combined;
            }
        } catch (LibraryException e) {
            if (problems.isEmpty()) {
                throw e;
            }
            throw new LibraryException(Stream.concat(problems.stream(), e.problems().stream()).toList());
        }
        throw new LibraryException(problems);
    }

    private static String shortName(String file) {
        return file.substring(file.lastIndexOf('/') + 1);
    }

    /** The materials and entries added, in the order added. */
    public List<EObject> declared() {
        return List.copyOf(declared);
    }

    /**
     * Adds what the files of a resource set declare for the library, as a simulation takes it: the first
     * declaration of a name counts (a second one is a duplicate, which validation reports), and the library's own
     * materials, seen through the scope, are not declarations.
     */
    public WrittenEntries addAll(ResourceSet resources) {
        Set<String> names = new HashSet<>();
        for (Resource resource : resources.getResources()) {
            resource.getAllContents().forEachRemaining(object -> {
                boolean written = object instanceof Entry entry && entry.getName() != null
                        || object instanceof Material material && material.getName() != null
                                && LibraryMaterials.entry(material).isEmpty();
                if (written && names.add(object.eClass().getName() + " " + name(object))) {
                    add(object);
                }
            });
        }
        return this;
    }

    private static String name(EObject object) {
        return object instanceof Entry entry ? entry.getName() : ((Material) object).getName();
    }

    /** Adds one material or entry, or a source to be citable even where nothing in the files cites it. */
    public WrittenEntries add(EObject element) {
        if (!(element instanceof Source)) {
            declared.add(element);
        }
        switch (element) {
            case Material material -> {
                Map<String, String> attributes = new LinkedHashMap<>();
                if (material.getMaterialClass() != null) {
                    attributes.put("class", material.getMaterialClass());
                }
                if (material.getPhase() != null) {
                    attributes.put("phase", material.getPhase());
                }
                entries.add(new WrittenEntry("material", name(material.getName()), material.getFormula(), attributes,
                        lines("material", material.getProperties()), origin(material)));
            }
            case Source source -> cite(source);
            case Entry entry -> {
                String kind = entry.getKind() == null ? "" : entry.getKind();
                List<WrittenEntry.Line> lines = new ArrayList<>(lines(kind, entry.getProperties()));
                // A curve whose table cannot be read is left out: its problem is reported on its file line.
                if (!kind.equals(CURVE) || tableRows(entry, lines)) {
                    entries.add(new WrittenEntry(kind, name(entry.getName()), "", Map.of(), lines, origin(entry)));
                }
            }
            default -> throw new IllegalArgumentException("not a library entry: " + element.eClass().getName());
        }
        return this;
    }

    /**
     * Adds the properties a stack layer states for itself as an override of its material (read over a library that
     * has the material, they replace its values of the same key), cited as a material's lines are.
     */
    public WrittenEntries addLayer(Layer layer) {
        entries.add(new WrittenEntry("material", name(layer.getMaterial().getName()), "", Map.of(),
                lines("material", layer.getProperties()), origin(layer)));
        return this;
    }

    /**
     * Adds a point line for every row of the CSV file a curve names ({@code file = "ocv/nmc.csv"}), cited as the
     * file line is, each at that line with the CSV row in its locator.
     *
     * @return false if the file cannot be read (the problem is recorded at the file line)
     */
    private boolean tableRows(Entry curve, List<WrittenEntry.Line> lines) {
        for (Property property : curve.getProperties()) {
            if (!FILE.equals(property.getKey()) || property.getText() == null) {
                continue;
            }
            WrittenEntry.Line file = line(property);
            try {
                for (CurveFiles.Row row : CurveFiles.read(property.getText(), curve.eResource().getURI())) {
                    String where = property.getText() + " line " + row.line();
                    lines.add(new WrittenEntry.Line(POINT, Map.of("x", row.x()), row.volts() + " V", null, null, null,
                            file.sourceKey(), file.locator().isEmpty() ? where : file.locator() + ", " + where, "",
                            file.line()));
                }
            } catch (CurveFiles.CurveFileException e) {
                problems.add(new LibraryProblem(file(curve), file.line(), e.getMessage()));
                return false;
            }
        }
        return true;
    }

    private List<WrittenEntry.Line> lines(String kind, List<Property> properties) {
        List<String> known = LibraryVocabulary.properties(kind);
        List<WrittenEntry.Line> lines = new ArrayList<>();
        for (Property property : properties) {
            if (property.getKey() != null && (citations == Citations.REQUIRED || usable(kind, property, known))) {
                lines.add(line(property));
            }
        }
        return lines;
    }

    /** Whether the library knows the line: a property of the kind, or what identifies the entry, given as a word. */
    private static boolean usable(String kind, Property property, List<String> known) {
        if (known.isEmpty()) {
            return true;
        }
        return LibraryVocabulary.isAttribute(kind, property.getKey()) ? property.getText() != null
                : known.contains(property.getKey());
    }

    private WrittenEntry.Line line(Property property) {
        Map<String, String> qualifiers = new LinkedHashMap<>();
        for (String qualifier : property.getQualifiers()) {
            int equals = qualifier.indexOf('=');
            if (equals > 0) {
                qualifiers.put(qualifier.substring(0, equals), unquoted(qualifier.substring(equals + 1)));
            }
        }
        String sourceKey = null;
        String locator = "";
        if (property.getCitation() != null && property.getCitation().getSource() != null
                && !property.getCitation().getSource().eIsProxy()) {
            Source source = property.getCitation().getSource();
            sourceKey = cite(source);
            locator = property.getCitation().getLocator();
        } else if (citations == Citations.OWN_FILE) {
            sourceKey = citeOwnFile(property);
            locator = "line " + lineOf(property);
        }
        return new WrittenEntry.Line(property.getKey(), qualifiers, text(property.getValue()),
                text(property.getUpper()), property.getText(), text(property.getTemperature()), sourceKey, locator,
                property.getNote(), lineOf(property));
    }

    /** The key a source is cited by: its name in brackets, as library citations are written ("[Groner2004]"). */
    private String cite(Source source) {
        String key = "[" + source.getName() + "]";
        Source known = cited.putIfAbsent(key, source);
        if (known == null) {
            String doi = source.getDoi() == null || source.getDoi().isBlank() ? "" : ", doi:" + source.getDoi();
            sources.add(new WrittenEntry.Source(key, source.getCitation() + doi, origin(source)));
        }
        return key;
    }

    private String citeOwnFile(EObject object) {
        String file = file(object);
        String key = "[" + file + "]";
        if (ownFiles.putIfAbsent(file, Boolean.TRUE) == null) {
            sources.add(new WrittenEntry.Source(key, "the file " + file + " (a value written without a source)",
                    new Origin(file, 1)));
        }
        return key;
    }

    /** A quantity as the library reads it: the number as written (without its uncertainty) and the unit. */
    private static String text(Quantity quantity) {
        if (quantity == null) {
            return null;
        }
        List<INode> written = NodeModelUtils.findNodesForFeature(quantity, InterphasePackage.Literals.QUANTITY__VALUE);
        String number = written.isEmpty() ? Double.toString(quantity.getValue())
                : NodeModelUtils.getTokenText(written.get(0));
        return quantity.getUnit() == null ? number : number + " " + quantity.getUnit().strip();
    }

    private static String unquoted(String text) {
        return text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"") ? text.substring(1,
                text.length() - 1) : text;
    }

    private static String name(String name) {
        return name == null ? "" : name;
    }

    /** The entry's file and first line, as library origins and messages show them. */
    public static Origin origin(EObject object) {
        return new Origin(file(object), lineOf(object));
    }

    private static String file(EObject object) {
        Resource resource = object.eResource();
        return resource == null ? "(no file)" : resource.getURI().toString();
    }

    private static int lineOf(EObject object) {
        for (EObject current = object; current != null; current = current.eContainer()) {
            ICompositeNode node = NodeModelUtils.getNode(current);
            if (node != null) {
                return node.getStartLine();
            }
        }
        return 0;
    }
}
