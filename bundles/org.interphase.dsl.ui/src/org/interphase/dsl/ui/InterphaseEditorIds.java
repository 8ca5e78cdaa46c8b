package org.interphase.dsl.ui;

/** Identifiers the Interphase editor contributes to the workbench, for other bundles and tests to refer to. */
public final class InterphaseEditorIds {

    /** The editor for {@code *.iph} files. */
    public static final String EDITOR = "org.interphase.dsl.ui.editor";

    /** The content type of {@code *.iph} files. */
    public static final String CONTENT_TYPE = "org.interphase.dsl.ui.contentType";

    /** The problem marker type the validator writes; a subtype of {@code IMarker.PROBLEM} and a text marker. */
    public static final String PROBLEM_MARKER = "org.interphase.dsl.ui.problem";

    /** Marker attribute holding the validator's issue code (see InterphaseIssueCodes), for quick fixes. */
    public static final String ISSUE_CODE = "org.interphase.dsl.ui.issueCode";

    /** The project nature whose builder validates every {@code .iph} file of the project. */
    public static final String NATURE = "org.interphase.dsl.ui.nature";

    /** The builder of {@link #NATURE}. */
    public static final String BUILDER = "org.interphase.dsl.ui.builder";

    private InterphaseEditorIds() {
    }
}
