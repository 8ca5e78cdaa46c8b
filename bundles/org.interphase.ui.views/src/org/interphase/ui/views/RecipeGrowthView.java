package org.interphase.ui.views;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ILineSeries.PlotSymbolType;
import org.interphase.model.run.GrowthResult;
import org.interphase.model.run.TimelineSegment;
import org.interphase.ui.InterphaseIds;

/**
 * How the coatings of a run grow: film thickness (nm) after each step (ALD cycle, supercycle, LbL bilayer), one
 * line per recipe, and the timeline of one (super)cycle of the chosen recipe: its pulses, plasma steps and dips
 * as tall bars, purges and rinses as low bars, each labelled with its chemical.
 */
public class RecipeGrowthView extends ChartView {

    public static final String ID = InterphaseIds.RECIPE_GROWTH_VIEW;

    /** Bar height of a dose (pulse, plasma, dip) on the timeline; purges and rinses are drawn lower. */
    static final double DOSE_LEVEL = 1;
    static final double PURGE_LEVEL = 0.4;
    private static final String[] KINDS = {"pulse", "plasma", "dip", "purge", "rinse"};

    private Chart thickness;
    private Chart timeline;
    private Combo recipeChoice;
    private final List<GrowthResult> results = new ArrayList<>();
    private String title = "";
    private int shownTimeline;

    @Override
    protected String emptyMessage() {
        return "No recipe growth to show: run Simulate on an experiment whose stack has coated layers (ALD, LbL,"
                + " sputtering recipes).";
    }

    @Override
    protected String exportName() {
        return "recipe-growth";
    }

    @Override
    protected void createControls(Composite parent) {
        Composite row = new Composite(parent, SWT.NONE);
        row.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        row.setLayout(new GridLayout(2, false));
        new Label(row, SWT.NONE).setText("Timeline of one (super)cycle of:");
        recipeChoice = new Combo(row, SWT.READ_ONLY | SWT.DROP_DOWN);
        recipeChoice.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        recipeChoice.addListener(SWT.Selection, e -> showTimeline(recipeChoice.getSelectionIndex()));
    }

    @Override
    protected void createCharts(Composite column) {
        thickness = addChart(column, "Step", "Thickness (nm)");
        timeline = addChart(column, "Time within one cycle (s)", "Exposure (dose 1, purge 0.4)");
        timeline.getAxisSet().getYAxis(0).getTick().setVisible(false);
        timeline.getPlotArea().addCustomPaintListener(e -> labelSegments(e.gc));
    }

    /**
     * Shows the growth of each recipe of a run; an empty list shows the empty state.
     *
     * @param runTitle e.g. the experiment and stack
     */
    public void show(String runTitle, List<GrowthResult> growth) {
        results.clear();
        results.addAll(growth);
        title = runTitle;
        recipeChoice.removeAll();
        for (GrowthResult result : growth) {
            recipeChoice.add(name(result));
        }
        if (growth.isEmpty()) {
            showMessage(emptyMessage());
            return;
        }
        shownTimeline = 0;
        recipeChoice.select(0);
        draw();
    }

    /** Shows the timeline of the {@code index}-th recipe (in the order given to {@link #show}). */
    public void showTimeline(int index) {
        if (index < 0 || index >= results.size()) {
            return;
        }
        shownTimeline = index;
        recipeChoice.select(index);
        draw();
    }

    /** The recipes shown, in order. */
    public List<GrowthResult> results() {
        return List.copyOf(results);
    }

    /** The id of the thickness series of a recipe: "recipe (film)". */
    public static String seriesId(GrowthResult result) {
        return name(result);
    }

    private static String name(GrowthResult result) {
        return result.getRecipe() + " (" + result.getFilm() + ")";
    }

    private void draw() {
        startContent(title, results.size() + " recipe(s); thickness after each step; the timeline shows one"
                + " (super)cycle of the recipe chosen above. Chemicals are written over their bars.");
        Set<String> stepKinds = new LinkedHashSet<>();
        thickness.getTitle().setText(title + " — film thickness per step");
        for (int r = 0; r < results.size(); r++) {
            GrowthResult result = results.get(r);
            stepKinds.add(result.getStepKind());
            int n = result.getThickness().size();
            double[] steps = new double[n];
            double[] nm = new double[n];
            for (int i = 0; i < n; i++) {
                steps[i] = i + 1;
                nm[i] = result.getThickness().get(i) * 1e9;
            }
            ILineSeries<?> series = Charts.line(thickness, seriesId(result), steps, nm, Palette.indexed(r));
            if (n <= 60) {
                series.setSymbolType(PlotSymbolType.CIRCLE);
                series.setSymbolSize(3);
            }
        }
        thickness.getAxisSet().getXAxis(0).getTitle().setText("Step (" + String.join(" / ", stepKinds) + ")");

        GrowthResult shown = results.get(shownTimeline);
        timeline.getTitle().setText("One " + shown.getStepKind() + " of " + shown.getRecipe());
        timeline.getAxisSet().getXAxis(0).getTitle().setText("Time within one " + shown.getStepKind() + " (s)");
        for (Map.Entry<String, List<TimelineSegment>> kind : byKind(shown.getTimeline()).entrySet()) {
            double level = level(kind.getKey());
            List<TimelineSegment> segments = kind.getValue();
            double[] x = new double[4 * segments.size()];
            double[] y = new double[4 * segments.size()];
            for (int i = 0; i < segments.size(); i++) {
                TimelineSegment segment = segments.get(i);
                double end = segment.getStart() + segment.getDuration();
                x[4 * i] = segment.getStart();
                x[4 * i + 1] = segment.getStart();
                x[4 * i + 2] = end;
                x[4 * i + 3] = end;
                y[4 * i + 1] = level;
                y[4 * i + 2] = level;
            }
            ILineSeries<?> series = Charts.line(timeline, kind.getKey(), x, y, colour(kind.getKey()));
            series.enableArea(true);
        }
        finishContent();
        IAxis levels = timeline.getAxisSet().getYAxis(0);
        levels.setRange(new org.eclipse.swtchart.Range(0, 1.6));
        timeline.redraw();
    }

    /** The segments grouped by kind (pulse, plasma, dip, purge, rinse, then any other kind), in time order. */
    private static Map<String, List<TimelineSegment>> byKind(List<TimelineSegment> segments) {
        Map<String, List<TimelineSegment>> groups = new LinkedHashMap<>();
        for (String kind : KINDS) {
            groups.put(kind, new ArrayList<>());
        }
        for (TimelineSegment segment : segments) {
            if (Double.isFinite(segment.getStart()) && Double.isFinite(segment.getDuration())) {
                String kind = segment.getKind() == null ? "step" : segment.getKind().toLowerCase(Locale.ROOT);
                groups.computeIfAbsent(kind, k -> new ArrayList<>()).add(segment);
            }
        }
        groups.values().removeIf(List::isEmpty);
        return groups;
    }

    static double level(String kind) {
        return kind.equals("purge") || kind.equals("rinse") ? PURGE_LEVEL : DOSE_LEVEL;
    }

    private static RGB colour(String kind) {
        return switch (kind) {
            case "pulse" -> new RGB(0, 114, 178);
            case "plasma" -> new RGB(204, 121, 167);
            case "dip" -> new RGB(0, 158, 115);
            case "purge" -> new RGB(160, 160, 160);
            case "rinse" -> new RGB(86, 180, 233);
            default -> Palette.of(kind);
        };
    }

    /** Writes each segment's chemical and duration above its bar, alternating two rows so neighbours don't overlap. */
    private void labelSegments(org.eclipse.swt.graphics.GC gc) {
        if (results.isEmpty() || isShowingMessage()) {
            return;
        }
        IAxis x = timeline.getAxisSet().getXAxis(0);
        IAxis y = timeline.getAxisSet().getYAxis(0);
        gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_BLACK));
        int row = 0;
        for (TimelineSegment segment : results.get(shownTimeline).getTimeline()) {
            if (!Double.isFinite(segment.getStart()) || !Double.isFinite(segment.getDuration())) {
                continue;
            }
            String chemical = segment.getChemical() == null ? segment.getKind() : segment.getChemical();
            String text = chemical + " " + new java.math.BigDecimal(segment.getDuration())
                    .round(new java.math.MathContext(3)).stripTrailingZeros().toPlainString() + " s";
            Point size = gc.textExtent(text);
            int centre = x.getPixelCoordinate(segment.getStart() + segment.getDuration() / 2);
            int top = y.getPixelCoordinate(level(String.valueOf(segment.getKind()).toLowerCase(Locale.ROOT)));
            gc.drawText(text, centre - size.x / 2, top - size.y - 2 - row * size.y, true);
            row = 1 - row;
        }
    }
}
