package org.interphase.ui;

/** Identifiers of Interphase projects: the New Interphase Project wizard, the project nature, the examples project. */
public final class InterphaseProjectIds {

    /** The New Interphase Project wizard (File > New, Project Explorer > New). */
    public static final String NEW_PROJECT_WIZARD = "org.interphase.ui.wizards.newProject";

    /** The wizard category of Interphase's new-wizards. */
    public static final String WIZARD_CATEGORY = "org.interphase.ui.wizards";

    /**
     * The nature whose builder validates every {@code .iph} file of a project. Contributed by org.interphase.dsl.ui,
     * which this bundle does not depend on, so the editor bundle stays free to depend on the workbench bundle.
     */
    public static final String NATURE = "org.interphase.dsl.ui.nature";

    /** The project the first start of an empty workspace creates with all examples, one folder per example. */
    public static final String EXAMPLES_PROJECT = "interphase-examples";

    /**
     * System property: {@code false} stops the first start of an empty workspace from creating
     * {@link #EXAMPLES_PROJECT} (for tests and scripts that need an empty workspace).
     */
    public static final String EXAMPLES_ON_FIRST_START_PROPERTY = "interphase.examplesOnFirstStart";

    private InterphaseProjectIds() {
    }
}
