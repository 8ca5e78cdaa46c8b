package org.interphase.dsl.ui.internal;

import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Path;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.interphase.dsl.ide.library.InstalledLibraryFiles;
import org.interphase.dsl.ide.library.LibraryDeclarations.Declaration;

/**
 * A link from a reference to the element it names: opens the .iph file that declares it and selects the name, a
 * workspace file or, for a name of the installed library, the library file read-only. An element declared anywhere
 * else is described in the status line.
 */
abstract sealed class DeclarationHyperlink implements IHyperlink {

    private final IRegion region;
    protected final InterphaseEditor editor;

    private DeclarationHyperlink(IRegion region, InterphaseEditor editor) {
        this.region = region;
        this.editor = editor;
    }

    /** The link for a reference at {@code region} to {@code target}, a resolved element. */
    static DeclarationHyperlink to(EObject target, IRegion region, InterphaseEditor editor) {
        URI uri = target.eResource() == null ? null : target.eResource().getURI();
        if (uri != null && uri.isPlatformResource()) {
            IFile file = ResourcesPlugin.getWorkspace().getRoot().getFile(new Path(uri.toPlatformString(true)));
            INode name = nameNode(target);
            return new InFile(region, editor, file, name == null ? 0 : name.getOffset(),
                    name == null ? 0 : name.getLength());
        }
        Optional<Declaration> library = LibraryEditors.declarationOf(target);
        if (library.isPresent()) {
            return new InLibrary(region, editor, library.get());
        }
        return new Described(region, editor, "declared outside the workspace: " + uri);
    }

    private static INode nameNode(EObject element) {
        EStructuralFeature name = element.eClass().getEStructuralFeature("name");
        List<INode> nodes = name == null ? List.of() : NodeModelUtils.findNodesForFeature(element, name);
        return nodes.isEmpty() ? NodeModelUtils.findActualNodeFor(element) : nodes.get(0);
    }

    @Override
    public IRegion getHyperlinkRegion() {
        return region;
    }

    @Override
    public String getTypeLabel() {
        return null;
    }

    /** Opens the declaring file in the Interphase editor (reusing an open one) and selects the declared name. */
    static final class InFile extends DeclarationHyperlink {
        private final IFile file;
        private final int nameOffset;
        private final int nameLength;

        InFile(IRegion region, InterphaseEditor editor, IFile file, int nameOffset, int nameLength) {
            super(region, editor);
            this.file = file;
            this.nameOffset = nameOffset;
            this.nameLength = nameLength;
        }

        @Override
        public String getHyperlinkText() {
            return "Open Declaration in " + file.getName();
        }

        @Override
        public void open() {
            try {
                IEditorPart opened = IDE.openEditor(editor.getSite().getPage(), file);
                if (opened instanceof ITextEditor text) {
                    text.selectAndReveal(nameOffset, nameLength);
                }
            } catch (PartInitException e) {
                editor.showStatus("cannot open " + file.getFullPath() + ": " + e.getMessage(), true);
            }
        }

        IFile file() {
            return file;
        }
    }

    /** Opens the library file that declares the name, read-only, and selects the name. */
    static final class InLibrary extends DeclarationHyperlink {
        private final Declaration declaration;

        InLibrary(IRegion region, InterphaseEditor editor, Declaration declaration) {
            super(region, editor);
            this.declaration = declaration;
        }

        @Override
        public String getHyperlinkText() {
            return "Open Declaration in " + declaration.file().name() + " ("
                    + InstalledLibraryFiles.owner(declaration.file().name()) + ", read-only)";
        }

        @Override
        public void open() {
            try {
                LibraryEditors.open(editor.getSite().getPage(), declaration);
            } catch (PartInitException e) {
                editor.showStatus("cannot open the library file " + declaration.file().name() + ": "
                        + e.getMessage(), true);
            }
        }

        Declaration declaration() {
            return declaration;
        }
    }

    /** An element without a file to open: the status line shows where it comes from. */
    static final class Described extends DeclarationHyperlink {
        private final String description;

        Described(IRegion region, InterphaseEditor editor, String description) {
            super(region, editor);
            this.description = description;
        }

        @Override
        public String getHyperlinkText() {
            return "Show where it is declared";
        }

        @Override
        public void open() {
            editor.showStatus(description, false);
        }

        String description() {
            return description;
        }
    }
}
