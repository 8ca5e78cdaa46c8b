package org.interphase.dsl.ide.server;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.xtext.findReferences.IReferenceFinder.IResourceAccess;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolService;
import org.eclipse.xtext.parser.IParser;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.interphase.dsl.ide.library.LibraryDeclarations;
import org.interphase.dsl.ide.library.LibraryDeclarations.Declaration;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * Go to definition on a name of the installed library (a material, a source) opens the library file that declares
 * it, at the declared name, in a read-only copy on disk ({@link LibraryFileCopies}); names declared in the
 * workspace go where Xtext finds them.
 */
@Singleton
public class InterphaseDefinitions extends DocumentSymbolService {

    private static final System.Logger LOG = System.getLogger(InterphaseDefinitions.class.getName());

    private final EObjectAtOffsetHelper elements = new EObjectAtOffsetHelper();
    private final LibraryDeclarations library;

    @Inject
    public InterphaseDefinitions(IParser parser) {
        this.library = new LibraryDeclarations(parser);
    }

    @Override
    public List<? extends Location> getDefinitions(XtextResource resource, int offset, IResourceAccess resourceAccess,
            CancelIndicator cancelIndicator) {
        EObject target = elements.resolveElementAt(resource, offset);
        Optional<Declaration> declaration = library.of(target);
        if (declaration.isEmpty()) {
            return super.getDefinitions(resource, offset, resourceAccess, cancelIndicator);
        }
        try {
            return List.of(location(declaration.get()));
        } catch (IOException e) {
            // The client says it found no definition; the log says why (a cache folder that cannot be written).
            LOG.log(System.Logger.Level.WARNING, "cannot copy the library file " + declaration.get().file().name()
                    + " to " + LibraryFileCopies.directory() + ": " + e.getMessage());
            return List.of();
        }
    }

    private static Location location(Declaration declaration) throws IOException {
        String text = declaration.file().text();
        return new Location(LibraryFileCopies.copyOf(declaration.file()).toUri().toString(),
                new Range(position(text, declaration.offset()),
                        position(text, declaration.offset() + declaration.length())));
    }

    /** LSP counts lines and UTF-16 characters, as Java strings index them. */
    private static Position position(String text, int offset) {
        int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
        int line = (int) text.substring(0, lineStart).chars().filter(c -> c == '\n').count();
        return new Position(line, offset - lineStart);
    }
}
