package org.interphase.dsl.ui.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IPath;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolution2;
import org.eclipse.ui.IMarkerResolutionGenerator2;
import org.interphase.dsl.ide.quickfix.InterphaseQuickFixes.Fix;

/**
 * The Problems view's Quick Fix (and the ruler's) for Interphase problem markers: the fixes of
 * {@link org.interphase.dsl.ide.quickfix.InterphaseQuickFixes}, applied to the file's text buffer, which an open
 * editor shares (the change is one Undo there); a file not open in an editor is saved.
 */
public final class QuickFixResolutions implements IMarkerResolutionGenerator2 {

    @Override
    public boolean hasResolutions(IMarker marker) {
        return MarkerFixes.hasFixes(marker);
    }

    @Override
    public IMarkerResolution[] getResolutions(IMarker marker) {
        if (!(marker.getResource() instanceof IFile file)) {
            return new IMarkerResolution[0];
        }
        return textOf(file).map(text -> MarkerFixes.fixes(marker, text)).orElse(List.of()).stream()
                .map(fix -> new Resolution(fix.label()))
                .toArray(IMarkerResolution[]::new);
    }

    /** The file's text as an open editor shows it, else as saved. */
    private static Optional<String> textOf(IFile file) {
        ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(file.getFullPath(),
                LocationKind.IFILE);
        if (buffer != null) {
            return Optional.of(buffer.getDocument().get());
        }
        try (InputStream in = file.getContents(true)) {
            return Optional.of(new String(in.readAllBytes(), Charset.forName(file.getCharset())));
        } catch (IOException | CoreException e) {
            ILog.of(QuickFixResolutions.class).warn("cannot read " + file.getFullPath() + " for quick fixes", e);
            return Optional.empty();
        }
    }

    /** One fix, found again by its label when run, because the text may have changed since the list was shown. */
    private static final class Resolution implements IMarkerResolution2 {

        private final String label;

        Resolution(String label) {
            this.label = label;
        }

        @Override
        public String getLabel() {
            return label;
        }

        @Override
        public String getDescription() {
            return label;
        }

        @Override
        public Image getImage() {
            return null;
        }

        @Override
        public void run(IMarker marker) {
            IFile file = (IFile) marker.getResource();
            IPath path = file.getFullPath();
            ITextFileBufferManager buffers = FileBuffers.getTextFileBufferManager();
            try {
                buffers.connect(path, LocationKind.IFILE, null);
                try {
                    ITextFileBuffer buffer = buffers.getTextFileBuffer(path, LocationKind.IFILE);
                    boolean unsavedBefore = buffer.isDirty();
                    Optional<Fix> fix = MarkerFixes.fixes(marker, buffer.getDocument().get()).stream()
                            .filter(candidate -> candidate.label().equals(label)).findFirst();
                    if (fix.isEmpty()) {
                        return;
                    }
                    DocumentEdits.apply(buffer.getDocument(), fix.get().edits());
                    // Without an editor holding the buffer the change would be lost; with one, the user saves.
                    if (!unsavedBefore && buffers.isTextFileLocation(path, false) && !isOpenInEditor(buffer)) {
                        buffer.commit(null, true);
                    }
                } finally {
                    buffers.disconnect(path, LocationKind.IFILE, null);
                }
            } catch (CoreException e) {
                ILog.of(QuickFixResolutions.class).error("cannot apply '" + label + "' to " + path, e);
            }
        }

        private static boolean isOpenInEditor(ITextFileBuffer buffer) {
            // The editor's document provider keeps its own connection; ours makes one more.
            return buffer.isShared();
        }
    }
}
