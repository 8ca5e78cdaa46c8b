package org.interphase.dsl.ui.internal;

import java.util.List;

import org.eclipse.core.resources.IMarker;
import org.interphase.dsl.ide.quickfix.InterphaseQuickFixes;
import org.interphase.dsl.ide.quickfix.InterphaseQuickFixes.Fix;
import org.interphase.dsl.ui.InterphaseEditorIds;

/** The quick fixes of a problem marker, from the issue code and data the validator stored on it. */
final class MarkerFixes {

    private static final String DATA_SEPARATOR = "\n";

    private MarkerFixes() {
    }

    /** The issue data as one marker attribute (markers hold strings, not arrays); units and names have no line breaks. */
    static String encodeData(String[] data) {
        return String.join(DATA_SEPARATOR, data);
    }

    static boolean hasFixes(IMarker marker) {
        return InterphaseQuickFixes.hasFixes(marker.getAttribute(InterphaseEditorIds.ISSUE_CODE, null));
    }

    /** The fixes of {@code marker} whose issue now covers {@code length} characters at {@code offset} of {@code text}. */
    static List<Fix> fixes(IMarker marker, int offset, int length, String text) {
        String data = marker.getAttribute(InterphaseEditorIds.ISSUE_DATA, "");
        return InterphaseQuickFixes.fixes(marker.getAttribute(InterphaseEditorIds.ISSUE_CODE, null),
                data.isEmpty() ? List.of() : List.of(data.split(DATA_SEPARATOR, -1)), offset, length, text);
    }

    /** The fixes of {@code marker} in {@code text}, at the range the marker recorded. */
    static List<Fix> fixes(IMarker marker, String text) {
        int start = marker.getAttribute(IMarker.CHAR_START, -1);
        int end = marker.getAttribute(IMarker.CHAR_END, -1);
        return start < 0 || end < start ? List.of() : fixes(marker, start, end - start, text);
    }
}
