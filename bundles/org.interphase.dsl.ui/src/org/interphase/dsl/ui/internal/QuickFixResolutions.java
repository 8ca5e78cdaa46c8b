package org.interphase.dsl.ui.internal;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolution2;
import org.eclipse.ui.IMarkerResolutionGenerator2;
import org.interphase.dsl.ide.quickfix.InterphaseQuickFixes.Fix;

/**
 * The Problems view's Quick Fix (and the ruler's) for Interphase problem markers: the fixes of
 * {@link org.interphase.dsl.ide.quickfix.InterphaseQuickFixes}, applied by {@link FileEdits}.
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
        return FileEdits.textOf(file).map(text -> MarkerFixes.fixes(marker, text)).orElse(List.of()).stream()
                .map(fix -> new Resolution(fix.label()))
                .toArray(IMarkerResolution[]::new);
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
            try {
                FileEdits.apply(file, text -> MarkerFixes.fixes(marker, text).stream()
                        .filter(candidate -> candidate.label().equals(label)).findFirst().map(Fix::edits)
                        .orElse(List.of()));
            } catch (CoreException e) {
                ILog.of(QuickFixResolutions.class).error("cannot apply '" + label + "' to " + file.getFullPath(), e);
            }
        }
    }
}
