package org.interphase.dsl.ui.internal;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.resources.IEncodedStorage;
import org.eclipse.core.resources.IStorage;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.PlatformObject;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IPersistableElement;
import org.eclipse.ui.IStorageEditorInput;
import org.eclipse.ui.PlatformUI;
import org.interphase.dsl.ide.library.InstalledLibraryFiles;
import org.interphase.dsl.library.LibraryFiles;

/**
 * A file of the installed library as the Interphase editor opens it: read-only text shipped inside a bundle, with no
 * file in the workspace. The tab says so, and its tooltip says where a change goes instead.
 */
final class LibraryFileInput extends PlatformObject implements IStorageEditorInput {

    /** The last segment of a title that marks the editor as read-only. */
    static final String READ_ONLY = "(read-only)";

    private final LibraryFiles.Text file;
    private final Storage storage;

    LibraryFileInput(LibraryFiles.Text file) {
        this.file = file;
        this.storage = new Storage(file);
    }

    /** The library file's name as entries' origins give it, e.g. {@code electrolytes.iph}. */
    String fileName() {
        return file.name();
    }

    @Override
    public IStorage getStorage() {
        return storage;
    }

    @Override
    public boolean exists() {
        // Not offered in the recently opened files: it is reached from a library name or the File menu.
        return false;
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return PlatformUI.getWorkbench().getEditorRegistry().getImageDescriptor(storage.getName());
    }

    @Override
    public String getName() {
        return storage.getName() + " " + READ_ONLY;
    }

    @Override
    public IPersistableElement getPersistable() {
        return null;
    }

    @Override
    public String getToolTipText() {
        return file.name() + " \u2014 " + InstalledLibraryFiles.owner(file.name()) + ", read-only. To use other"
                + " values, declare the material, process or source with the same name in your own .iph file.";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LibraryFileInput input && input.file.name().equals(file.name());
    }

    @Override
    public int hashCode() {
        return file.name().hashCode();
    }

    /** The file's text, which cannot be written. */
    private static final class Storage extends PlatformObject implements IEncodedStorage {
        private final LibraryFiles.Text file;

        Storage(LibraryFiles.Text file) {
            this.file = file;
        }

        @Override
        public InputStream getContents() {
            return new ByteArrayInputStream(file.text().getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public String getCharset() {
            return StandardCharsets.UTF_8.name();
        }

        @Override
        public IPath getFullPath() {
            return null;
        }

        @Override
        public String getName() {
            return file.name().substring(file.name().lastIndexOf('/') + 1);
        }

        @Override
        public boolean isReadOnly() {
            return true;
        }
    }
}
