package org.interphase.dsl.ide.library;

import java.io.StringReader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.parser.IParser;
import org.eclipse.xtext.resource.XtextResource;
import org.interphase.dsl.library.LibraryFiles;
import org.interphase.dsl.scoping.LibraryMaterials;
import org.interphase.model.Source;

/**
 * Where the installed library declares what a file refers to: a library material (by its origin), a library source
 * (by its name), or an element of a library file parsed with the URI {@code interphase-library:/<file>} (as the
 * editor parses the file it shows read-only). Navigation (F3, Ctrl+click, go to definition) opens that file there.
 * The files are parsed once, on first use, with the language's parser; linking is not needed to find names.
 */
public final class LibraryDeclarations {

    /** The declaration of a library name: its file and the range of the declared name in that file's text. */
    public record Declaration(LibraryFiles.Text file, String name, int offset, int length) {
    }

    private final IParser parser;
    /** File name → declared name → declaration, built on first use. */
    private Map<String, Map<String, Declaration>> index;

    /** @param parser the language's parser */
    public LibraryDeclarations(IParser parser) {
        this.parser = parser;
    }

    /** The URI under which a library file is parsed for an editor, as its materials' resources are named. */
    public static URI uriOf(String fileName) {
        return URI.createURI(LibraryMaterials.SCHEME + ":/" + fileName);
    }

    /** The library file a URI of {@link #uriOf} names; empty for any other URI. */
    public static Optional<String> fileOf(URI uri) {
        return uri != null && LibraryMaterials.SCHEME.equals(uri.scheme()) && uri.path() != null
                ? Optional.of(uri.path().substring(1)) : Optional.empty();
    }

    /** Where {@code target}, a resolved reference's element, is declared in the library; empty if not there. */
    public Optional<Declaration> of(EObject target) {
        if (target == null || target.eIsProxy() || target.eResource() == null) {
            return Optional.empty();
        }
        Optional<String> origin = LibraryMaterials.origin(target).map(o -> o.file());
        if (origin.isPresent()) {
            return Optional.ofNullable(declarations().getOrDefault(origin.get(), Map.of()).get(name(target)));
        }
        Resource resource = target.eResource();
        Optional<String> file = fileOf(resource.getURI());
        if (file.isEmpty()) {
            return Optional.empty();
        }
        if (resource instanceof XtextResource parsed && parsed.getParseResult() != null) {
            // An element of a library file the editor parsed: its own text holds the declaration.
            return InstalledLibraryFiles.named(file.get())
                    .flatMap(text -> nameNode(target).map(node -> new Declaration(text, name(target),
                            node.getOffset(), node.getLength())));
        }
        // A library source, which the library keeps by name only: the first file that declares it.
        return target instanceof Source ? InstalledLibraryFiles.all().stream()
                .map(text -> declarations().getOrDefault(text.name(), Map.of()).get(name(target)))
                .filter(Objects::nonNull).findFirst()
                : Optional.empty();
    }

    private synchronized Map<String, Map<String, Declaration>> declarations() {
        if (index == null) {
            Map<String, Map<String, Declaration>> files = new HashMap<>();
            for (LibraryFiles.Text file : InstalledLibraryFiles.all()) {
                Map<String, Declaration> names = new HashMap<>();
                IParseResult parsed = parser.parse(new StringReader(file.text()));
                if (parsed.getRootASTElement() != null) {
                    parsed.getRootASTElement().eAllContents().forEachRemaining(element -> nameNode(element)
                            .ifPresent(node -> names.putIfAbsent(name(element),
                                    new Declaration(file, name(element), node.getOffset(), node.getLength()))));
                }
                files.put(file.name(), Map.copyOf(names));
            }
            index = Map.copyOf(files);
        }
        return index;
    }

    private static String name(EObject element) {
        EStructuralFeature name = element.eClass().getEStructuralFeature("name");
        return name == null ? null : (String) element.eGet(name);
    }

    private static Optional<INode> nameNode(EObject element) {
        EStructuralFeature name = element.eClass().getEStructuralFeature("name");
        if (name == null || element.eGet(name) == null) {
            return Optional.empty();
        }
        List<INode> nodes = NodeModelUtils.findNodesForFeature(element, name);
        return nodes.isEmpty() ? Optional.empty() : Optional.of(nodes.get(0));
    }
}
