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

    /** Marker attribute holding the issue's data (see InterphaseIssueCodes), one string a line, for quick fixes. */
    public static final String ISSUE_DATA = "org.interphase.dsl.ui.issueData";

    /** The key binding context of the editor: text editing plus the Interphase commands below. */
    public static final String EDITOR_CONTEXT = "org.interphase.dsl.ui.editorContext";

    /** Command: format the file with the language's formatter (Ctrl+Shift+F). */
    public static final String FORMAT_COMMAND = "org.interphase.dsl.ui.format";

    /** Command: comment or uncomment the selected lines with {@code //} (Ctrl+/). */
    public static final String TOGGLE_COMMENT_COMMAND = "org.interphase.dsl.ui.toggleComment";

    /** Command: go to the declaration of the name at the caret (F3). */
    public static final String OPEN_DECLARATION_COMMAND = "org.interphase.dsl.ui.openDeclaration";

    /** Command: rename the element whose name is at the caret, in the whole project (Alt+Shift+R). */
    public static final String RENAME_COMMAND = "org.interphase.dsl.ui.rename";

    /** Command: list the declaration and the references of the element whose name is at the caret (Ctrl+Shift+G). */
    public static final String FIND_REFERENCES_COMMAND = "org.interphase.dsl.ui.findReferences";

    /** Annotation type of the other occurrences of the name at the caret, highlighted in the editor. */
    public static final String OCCURRENCE_ANNOTATION = "org.interphase.dsl.ui.occurrence";

    /** Command: pick a file of the installed library and open it read-only (File menu). */
    public static final String OPEN_LIBRARY_COMMAND = "org.interphase.dsl.ui.openLibrary";

    /** The project nature whose builder validates every {@code .iph} file of the project. */
    public static final String NATURE = "org.interphase.dsl.ui.nature";

    /** The builder of {@link #NATURE}. */
    public static final String BUILDER = "org.interphase.dsl.ui.builder";

    private InterphaseEditorIds() {
    }
}
