package org.interphase.ui.runs;

import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.interphase.runs.ResultFolder;
import org.interphase.study.LocalExecutor;

/**
 * The workbench's simulation defaults (Window &gt; Preferences &gt; Interphase &gt; Simulation Defaults), kept in
 * the instance scope: where in a project runs and studies are saved, whether a new run replaces an earlier result,
 * and how many threads a local study uses. The headless core never reads them: the jobs pass the values down as the
 * command line passes its --out, --force and --threads.
 */
public final class RunPreferences {

    public static final String QUALIFIER = "org.interphase.ui.runs";
    /** Project-relative folder of the results, one subfolder per experiment or study. */
    public static final String RESULTS_FOLDER = "results.folder";
    /** Whether a run replaces the earlier result of the same experiment (else it is refused). */
    public static final String REPLACE_EARLIER = "results.replaceEarlier";
    /** Worker threads of a study run on this machine; 0 for one per core. */
    public static final String STUDY_THREADS = "study.threads";

    private static ScopedPreferenceStore store;

    private RunPreferences() {
    }

    public static synchronized IPreferenceStore store() {
        if (store == null) {
            store = new ScopedPreferenceStore(InstanceScope.INSTANCE, QUALIFIER);
            store.setDefault(RESULTS_FOLDER, SimulateCommand.RESULTS_FOLDER);
            store.setDefault(REPLACE_EARLIER, true);
            store.setDefault(STUDY_THREADS, 0);
        }
        return store;
    }

    /** The results folder, project-relative; the default one if the stored value is not a valid folder path. */
    public static String resultsFolder() {
        String folder = store().getString(RESULTS_FOLDER).strip();
        return invalidFolder(folder) == null ? folder : SimulateCommand.RESULTS_FOLDER;
    }

    /** Why {@code folder} cannot be a project's results folder, or null if it can. */
    static String invalidFolder(String folder) {
        if (folder.isEmpty()) {
            return "The results folder needs a name, e.g. results.";
        }
        if (folder.startsWith("/") || folder.contains("\\") || folder.contains("..")) {
            return "The results folder is a path inside the project, e.g. results or out/runs, without /, \\ or ..";
        }
        var status = ResourcesPlugin.getWorkspace().validatePath("/project/" + folder, IResource.FOLDER);
        return status.isOK() ? null : status.getMessage();
    }

    /** What a new run does to an earlier result of the same experiment. */
    static ResultFolder.Replace replace() {
        return store().getBoolean(REPLACE_EARLIER) ? ResultFolder.Replace.EARLIER_RESULT : ResultFolder.Replace.NEVER;
    }

    /** The executor of a study run on this machine. */
    static LocalExecutor studyExecutor() {
        int threads = store().getInt(STUDY_THREADS);
        return threads > 0 ? new LocalExecutor(threads) : LocalExecutor.allCores();
    }
}
