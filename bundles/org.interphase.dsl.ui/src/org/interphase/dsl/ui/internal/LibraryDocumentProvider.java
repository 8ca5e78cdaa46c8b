package org.interphase.dsl.ui.internal;

import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.editors.text.StorageDocumentProvider;

/**
 * The documents of library files ({@link LibraryFileInput}): read from the bundle, partitioned like workspace
 * files, and never modifiable, so the editor refuses every edit and never becomes dirty.
 */
final class LibraryDocumentProvider extends StorageDocumentProvider {

    static final LibraryDocumentProvider INSTANCE = new LibraryDocumentProvider();

    private LibraryDocumentProvider() {
    }

    @Override
    protected void setupDocument(Object element, IDocument document) {
        new InterphaseDocumentSetup().setup(document);
    }

    @Override
    public boolean isReadOnly(Object element) {
        return true;
    }

    @Override
    public boolean isModifiable(Object element) {
        return false;
    }
}
