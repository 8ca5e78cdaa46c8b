package org.interphase.ui.runs;

/** Identifiers of the Simulate and Run Study commands and their jobs, for key bindings, menus, scripts and tests. */
public final class SimulateCommand {

    /** The command: runs the experiment at the caret or of the selected .iph file. */
    public static final String ID = "org.interphase.ui.runs.simulate";

    /** Optional parameter naming the experiment to run, so that no dialog asks. */
    public static final String EXPERIMENT = "org.interphase.ui.runs.simulate.experiment";

    /** The family of every simulation job, to find, join or cancel them. */
    public static final Object JOB_FAMILY = SimulateCommand.class;

    /** Run Study: runs the study at the caret or of the selected .iph file. */
    public static final String RUN_STUDY_ID = "org.interphase.ui.runs.runStudy";

    /** Optional parameter naming the study to run, so that no dialog asks. */
    public static final String STUDY = "org.interphase.ui.runs.runStudy.study";

    /** The family of every study job. */
    public static final Object STUDY_JOB_FAMILY = StudyJob.class;

    /** The default project folder runs are saved in, one subfolder per experiment or study ({@link RunPreferences}). */
    public static final String RESULTS_FOLDER = "results";

    private SimulateCommand() {
    }
}
