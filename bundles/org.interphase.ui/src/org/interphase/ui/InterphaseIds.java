package org.interphase.ui;

/**
 * Identifiers other bundles and tests use to find Interphase's perspective, commands and views.
 * The view identifiers are reserved here so the perspective can keep a place for them
 * ({@code IPageLayout.addPlaceholder}) before the bundles that contribute the views are installed.
 */
public final class InterphaseIds {

    public static final String APPLICATION = "org.interphase.ui.application";
    public static final String PERSPECTIVE = "org.interphase.ui.perspective";
    public static final String ABOUT_COMMAND = "org.interphase.ui.commands.about";

    public static final String STACK_CROSS_SECTION_VIEW = "org.interphase.ui.views.stackCrossSection";
    public static final String RECIPE_GROWTH_VIEW = "org.interphase.ui.views.recipeGrowth";
    public static final String IMPEDANCE_VIEW = "org.interphase.ui.views.impedance";
    public static final String CYCLING_VIEW = "org.interphase.ui.views.cycling";
    public static final String SYMMETRIC_CELL_VIEW = "org.interphase.ui.views.symmetricCell";
    public static final String STUDY_VIEW = "org.interphase.ui.views.study";
    public static final String VOLTAMMETRY_VIEW = "org.interphase.ui.views.voltammetry";
    public static final String ARRHENIUS_VIEW = "org.interphase.ui.views.arrhenius";

    private InterphaseIds() {
    }
}
