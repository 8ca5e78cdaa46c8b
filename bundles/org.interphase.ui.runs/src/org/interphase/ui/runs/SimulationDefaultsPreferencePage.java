package org.interphase.ui.runs;

import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

/** Window &gt; Preferences &gt; Interphase &gt; Simulation Defaults: see {@link RunPreferences}. */
public final class SimulationDefaultsPreferencePage extends FieldEditorPreferencePage
        implements IWorkbenchPreferencePage {

    public SimulationDefaultsPreferencePage() {
        super(GRID);
        setDescription("Where Simulate and Run Study save their results, and how studies run on this machine. "
                + "What a run computes is set by the .iph files alone.");
    }

    @Override
    public void init(IWorkbench workbench) {
        setPreferenceStore(RunPreferences.store());
    }

    @Override
    protected void createFieldEditors() {
        addField(new StringFieldEditor(RunPreferences.RESULTS_FOLDER, "&Results folder in the project:",
                getFieldEditorParent()) {
            @Override
            protected boolean doCheckState() {
                String problem = RunPreferences.invalidFolder(getStringValue().strip());
                setErrorMessage(problem);
                return problem == null;
            }
        });
        addField(new BooleanFieldEditor(RunPreferences.REPLACE_EARLIER,
                "A new run &replaces the earlier result of the same experiment or study (else it is refused)",
                getFieldEditorParent()));
        IntegerFieldEditor threads = new IntegerFieldEditor(RunPreferences.STUDY_THREADS,
                "&Threads of a study on this machine (0: one per core):", getFieldEditorParent());
        threads.setValidRange(0, 1024);
        addField(threads);
    }
}
