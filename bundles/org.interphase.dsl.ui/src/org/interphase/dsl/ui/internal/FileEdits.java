package org.interphase.dsl.ui.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IPath;
import org.interphase.dsl.ide.quickfix.InterphaseQuickFixes.TextEdit;

/**
 * Edits a workspace file through its text buffer, which an open editor shares (the change is one Undo there, and
 * the user saves it); a file no editor holds is saved, or the change would be lost.
 */
final class FileEdits {

    private FileEdits() {
    }

    /** The file's text as an open editor shows it, else as saved. */
    static Optional<String> textOf(IFile file) {
        ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(file.getFullPath(),
                LocationKind.IFILE);
        if (buffer != null) {
            return Optional.of(buffer.getDocument().get());
        }
        try (InputStream in = file.getContents(true)) {
            return Optional.of(new String(in.readAllBytes(), Charset.forName(file.getCharset())));
        } catch (IOException | CoreException e) {
            ILog.of(FileEdits.class).warn("cannot read " + file.getFullPath(), e);
            return Optional.empty();
        }
    }

    /**
     * Makes the edits {@code editsOf} computes from the file's current text; none if it returns none.
     *
     * @return whether edits were made
     */
    static boolean apply(IFile file, Function<String, List<TextEdit>> editsOf) throws CoreException {
        IPath path = file.getFullPath();
        ITextFileBufferManager buffers = FileBuffers.getTextFileBufferManager();
        buffers.connect(path, LocationKind.IFILE, null);
        try {
            ITextFileBuffer buffer = buffers.getTextFileBuffer(path, LocationKind.IFILE);
            boolean unsavedBefore = buffer.isDirty();
            List<TextEdit> edits = editsOf.apply(buffer.getDocument().get());
            if (edits.isEmpty()) {
                return false;
            }
            DocumentEdits.apply(buffer.getDocument(), edits);
            // The editor's document provider keeps its own connection; ours makes one more.
            boolean openInEditor = buffer.isShared();
            if (!unsavedBefore && buffers.isTextFileLocation(path, false) && !openInEditor) {
                buffer.commit(null, true);
            }
            return true;
        } finally {
            buffers.disconnect(path, LocationKind.IFILE, null);
        }
    }
}
