package org.interphase.ui.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.interphase.ui.InterphaseIds;
import org.interphase.ui.InterphaseProjectIds;

/**
 * The Interphase perspective: files on the left, the recipe/cell editor in the middle, the stack
 * picture and outline on the right, problems and results below. Result views are placeholders so
 * they open where a scientist expects them once a run produces data.
 */
public final class InterphasePerspective implements IPerspectiveFactory {

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editorArea = layout.getEditorArea();
        layout.setEditorAreaVisible(true);

        IFolderLayout left = layout.createFolder("left", IPageLayout.LEFT, 0.22f, editorArea);
        left.addView(IPageLayout.ID_PROJECT_EXPLORER);

        IFolderLayout right = layout.createFolder("right", IPageLayout.RIGHT, 0.72f, editorArea);
        right.addView(IPageLayout.ID_OUTLINE);
        right.addPlaceholder(InterphaseIds.STACK_CROSS_SECTION_VIEW);
        right.addPlaceholder(InterphaseIds.RECIPE_GROWTH_VIEW);

        IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.68f, editorArea);
        bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
        bottom.addView(IPageLayout.ID_PROP_SHEET);
        bottom.addPlaceholder(InterphaseIds.IMPEDANCE_VIEW);
        bottom.addPlaceholder(InterphaseIds.CYCLING_VIEW);
        bottom.addPlaceholder(InterphaseIds.SYMMETRIC_CELL_VIEW);
        bottom.addPlaceholder(InterphaseIds.STUDY_VIEW);
        bottom.addPlaceholder(InterphaseIds.VOLTAMMETRY_VIEW);
        bottom.addPlaceholder(InterphaseIds.ARRHENIUS_VIEW);

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
