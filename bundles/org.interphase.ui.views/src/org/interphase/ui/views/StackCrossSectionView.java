package org.interphase.ui.views;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.function.IntConsumer;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;
import org.interphase.ui.InterphaseIds;
import org.interphase.ui.views.CrossSectionInput.Band;

/** The layers of a stack drawn to scale (linear or logarithmic thickness), coloured by material. */
public class StackCrossSectionView extends ViewPart {

    public static final String ID = InterphaseIds.STACK_CROSS_SECTION_VIEW;

    private Canvas canvas;
    private CrossSectionInput input;
    private boolean log = true;
    private final CrossSectionPainter painter = new CrossSectionPainter();
    private IAction logAction;
    private final ListenerList<IntConsumer> layerClickListeners = new ListenerList<>();

    @Override
    public void createPartControl(Composite parent) {
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
        canvas.addPaintListener(e -> painter.paint(e.gc, canvas.getClientArea(), input, log, null));
        canvas.addListener(SWT.Resize, e -> canvas.redraw());
        canvas.addListener(SWT.MouseDown, e -> layerAt(e.x, e.y).ifPresent(this::fireLayerClicked));
        IToolBarManager toolbar = getViewSite().getActionBars().getToolBarManager();
        logAction = new Action("Log thickness", IAction.AS_CHECK_BOX) {
            @Override
            public void run() {
                setLogScale(isChecked());
            }
        };
        logAction.setToolTipText("Layer widths proportional to the logarithm of the thickness, so nm coatings and"
                + " mm pellets both show");
        logAction.setChecked(log);
        toolbar.add(logAction);
        ExportActions.add(toolbar, parent.getShell(), "cross-section", RunViews::resultsFolder, this::exportPng,
                this::exportCsv);
        getViewSite().getActionBars().updateActionBars();
        RunViews.adoptLater(this, canvas);
    }

    /**
     * Shows a stack; {@code null} clears the view. Layers of no known thickness are named in the description, with
     * why: they are drawn as a line, not as the layer the file means.
     */
    public void show(CrossSectionInput stack) {
        this.input = stack;
        setContentDescription(stack == null ? "" : stack.title() + ": " + stack.layers().size() + " layers, "
                + Thickness.format(stack.totalThickness()) + " between the electrodes" + unknown(stack));
        if (canvas != null && !canvas.isDisposed()) {
            canvas.redraw();
        }
    }

    /** "; no thickness: SiO2 (…)" for layers of zero or unknown thickness; "" if every layer has one. */
    private static String unknown(CrossSectionInput stack) {
        List<String> none = stack.layers().stream().filter(b -> !(b.thickness() > 0)).map(Band::label).toList();
        return none.isEmpty() ? "" : "; no thickness: " + String.join(", ", none) + " (written as 0, or neither"
                + " written nor known from a recipe or pellet: not a layer of the simulated cell)";
    }

    public CrossSectionInput input() {
        return input;
    }

    public boolean isLogScale() {
        return log;
    }

    public void setLogScale(boolean logarithmic) {
        log = logarithmic;
        if (logAction != null) {
            logAction.setChecked(logarithmic);
        }
        if (canvas != null && !canvas.isDisposed()) {
            canvas.redraw();
        }
    }

    /**
     * Tells {@code listener} the index (in {@link CrossSectionInput#layers()}) of a layer the user clicks, so that
     * the editor that supplied the stack can select the layer's line.
     */
    public void addLayerClickListener(IntConsumer listener) {
        layerClickListeners.add(listener);
    }

    public void removeLayerClickListener(IntConsumer listener) {
        layerClickListeners.remove(listener);
    }

    /** The index of the layer drawn at a point of the canvas, if any. */
    public OptionalInt layerAt(int x, int y) {
        if (input == null) {
            return OptionalInt.empty();
        }
        List<Rectangle> bounds = layerBounds();
        for (int i = 0; i < bounds.size(); i++) {
            if (bounds.get(i).contains(x, y)) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    /** What a click on layer {@code index} does: tells the listeners. */
    public void fireLayerClicked(int index) {
        layerClickListeners.forEach(listener -> listener.accept(index));
    }

    /** Where the layers are drawn at the current size (pixels, canvas coordinates). */
    public List<Rectangle> layerBounds() {
        Image image = new Image(canvas.getDisplay(), Math.max(1, canvas.getSize().x), Math.max(1,
                canvas.getSize().y));
        GC gc = new GC(image);
        try {
            painter.paint(gc, canvas.getClientArea(), input, log, null);
            return painter.bandBounds();
        } finally {
            gc.dispose();
            image.dispose();
        }
    }

    /** Writes the picture as the view shows it (at least 800×500 pixels). */
    public void exportPng(Path target) throws IOException {
        Point size = canvas.getSize();
        int width = Math.max(800, size.x);
        int height = Math.max(500, size.y);
        Exports.png(canvas.getDisplay(), width, height,
                gc -> painter.paint(gc, new Rectangle(0, 0, width, height), input, log, null), target);
    }

    /** Writes the layers: label, material, role, thickness in metres and as shown. */
    public void exportCsv(Path target) throws IOException {
        StringBuilder csv = new StringBuilder("position,label,material,role,thickness_m,thickness\n");
        if (input != null) {
            csv.append("0,").append(Exports.field(input.left())).append(",").append(Exports.field(input.left()))
                    .append(",electrode,,\n");
            int position = 1;
            for (Band band : input.layers()) {
                csv.append(position++).append(',').append(Exports.field(band.label())).append(',')
                        .append(Exports.field(band.material())).append(',')
                        .append(band.role().name().toLowerCase(Locale.ROOT)).append(',')
                        .append(String.format(Locale.ROOT, "%.6e", band.thickness())).append(',')
                        .append(Exports.field(Thickness.format(band.thickness()))).append('\n');
            }
            csv.append(position).append(',').append(Exports.field(input.right())).append(',')
                    .append(Exports.field(input.right())).append(",electrode,,\n");
        }
        Exports.text(csv.toString(), target);
    }

    @Override
    public void setFocus() {
        canvas.setFocus();
    }
}
