package org.interphase.dsl.ui.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.xtext.parser.IParser;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.interphase.dsl.ide.library.LibraryDeclarations;
import org.interphase.dsl.ide.library.LibraryDeclarations.Declaration;
import org.interphase.dsl.library.LibraryFiles;
import org.interphase.dsl.ui.InterphaseEditorIds;

/**
 * Opens the installed library's files read-only in the Interphase editor ({@link LibraryFileInput}), at the
 * declaration of a library name, and parses them for that editor's outline, colours, hovers and links.
 */
final class LibraryEditors {

    private LibraryEditors() {
    }

    private static final class Declarations {
        static final LibraryDeclarations INSTANCE = new LibraryDeclarations(
                LanguageServices.injector().getInstance(IParser.class));
    }

    /** Where the library declares {@code target}; empty for elements of workspace files. */
    static Optional<Declaration> declarationOf(EObject target) {
        return Declarations.INSTANCE.of(target);
    }

    /** Opens {@code file} read-only in the Interphase editor, or activates the editor that shows it already. */
    static InterphaseEditor open(IWorkbenchPage page, LibraryFiles.Text file) throws PartInitException {
        IEditorPart part = IDE.openEditor(page, new LibraryFileInput(file), InterphaseEditorIds.EDITOR);
        if (part instanceof InterphaseEditor editor) {
            return editor;
        }
        throw new PartInitException(file.name() + " opened in " + part + " instead of the Interphase editor");
    }

    /** Opens the library file that declares a name and selects the name. */
    static ITextEditor open(IWorkbenchPage page, Declaration declaration) throws PartInitException {
        InterphaseEditor editor = open(page, declaration.file());
        editor.selectAndReveal(declaration.offset(), declaration.length());
        return editor;
    }

    /**
     * The library file parsed and linked for its editor. Its references resolve against the installed library, as
     * a user file's do, so a name it uses links to the library file that declares it.
     */
    static ReconciledModel model(LibraryFiles.Text file, CancelIndicator cancel) {
        XtextResourceSet resources = LanguageServices.injector().getInstance(XtextResourceSet.class);
        XtextResource resource = (XtextResource) resources.createResource(LibraryDeclarations.uriOf(file.name()));
        try {
            resource.load(new ByteArrayInputStream(file.text().getBytes(StandardCharsets.UTF_8)),
                    Map.of(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name()));
        } catch (IOException e) {
            // Cannot happen when reading from memory; parse errors are the resource's, not exceptions.
            throw new IllegalStateException("cannot parse " + file.name(), e);
        }
        return new ReconciledModel(file.text(), resource, OutlineItem.of(resource), FoldingRegions.of(resource),
                SemanticColouring.of(resource, cancel));
    }
}
