package org.interphase.ui.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.interphase.ui.InterphaseIds;
import org.interphase.ui.InterphaseProjectIds;

/**
 * The Interphase perspective: files and outline on the left, the recipe/cell editor in the middle with problems
 * below it, and the results in a large stack of their own on the right (its full height, more than half the width
 * beside the files), with the stack cross-section under them. Result views are placeholders so they open there once
 * a run produces data, and Window > Show View lists each of them.
 */
public final class InterphasePerspective implements IPerspectiveFactory {

    /** The result views' own stack; a chart needs height for two plots one above the other (Bode, Cycling). */
    private static final String RESULTS_FOLDER = "org.interphase.ui.results";

    /** The result views, in the order Window > Show View lists them. */
    private static final String[] RESULT_VIEWS = {InterphaseIds.IMPEDANCE_VIEW, InterphaseIds.CYCLING_VIEW,
        InterphaseIds.SYMMETRIC_CELL_VIEW, InterphaseIds.VOLTAMMETRY_VIEW, InterphaseIds.ARRHENIUS_VIEW,
        InterphaseIds.RECIPE_GROWTH_VIEW, InterphaseIds.STUDY_VIEW, InterphaseIds.STACK_CROSS_SECTION_VIEW};

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editorArea = layout.getEditorArea();
        layout.setEditorAreaVisible(true);

        IFolderLayout left = layout.createFolder("left", IPageLayout.LEFT, 0.2f, editorArea);
        left.addView(IPageLayout.ID_PROJECT_EXPLORER);
        IFolderLayout outline = layout.createFolder("outline", IPageLayout.BOTTOM, 0.6f, "left");
        outline.addView(IPageLayout.ID_OUTLINE);

        IFolderLayout results = layout.createFolder(RESULTS_FOLDER, IPageLayout.RIGHT, 0.45f, editorArea);
        for (String id : RESULT_VIEWS) {
            if (!id.equals(InterphaseIds.STACK_CROSS_SECTION_VIEW)) {
                results.addPlaceholder(id);
            }
        }
        IFolderLayout stack = layout.createFolder("stack", IPageLayout.BOTTOM, 0.72f, RESULTS_FOLDER);
        stack.addPlaceholder(InterphaseIds.STACK_CROSS_SECTION_VIEW);

        IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.7f, editorArea);
        bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
        bottom.addView(IPageLayout.ID_PROP_SHEET);

        for (String id : RESULT_VIEWS) {
            layout.addShowViewShortcut(id);
        }
        layout.addShowViewShortcut(IPageLayout.ID_PROJECT_EXPLORER);
        layout.addShowViewShortcut(IPageLayout.ID_PROBLEM_VIEW);
        layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
        layout.addShowViewShortcut(IPageLayout.ID_OUTLINE);
        layout.addNewWizardShortcut(InterphaseProjectIds.NEW_PROJECT_WIZARD);
        layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.project");
        layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.folder");
        layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.file");
    }
}
