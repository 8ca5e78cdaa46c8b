package org.interphase.ui.views;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.interphase.ui.views.CrossSectionInput.Band;
import org.interphase.ui.views.CrossSectionInput.Role;

/**
 * Draws a {@link CrossSectionInput} with a GC: the electrodes at both ends (not to scale), the layers between
 * them with widths proportional to their thickness (linear) or to its logarithm, thickness labels where they fit,
 * interphases hatched, and a legend listing every layer.
 */
final class CrossSectionPainter {

    static final int MARGIN = 16;
    static final int ELECTRODE_WIDTH = 60;
    static final int MIN_BAND = 3;
    static final int ROW = 20;

    /** Where each layer was drawn, for tests. */
    private final List<Rectangle> bandBounds = new ArrayList<>();

    List<Rectangle> bandBounds() {
        return List.copyOf(bandBounds);
    }

    /** The widths of the layers in pixels for a drawing {@code width} wide. */
    static int[] widths(List<Band> layers, int width, boolean log) {
        int n = layers.size();
        double[] weight = new double[n];
        double min = layers.stream().mapToDouble(Band::thickness).filter(t -> t > 0 && Double.isFinite(t)).min()
                .orElse(1);
        for (int i = 0; i < n; i++) {
            double t = layers.get(i).thickness();
            double safe = t > 0 && Double.isFinite(t) ? t : min;
            // log: one decade above the thinnest layer doubles the width
            weight[i] = log ? 1 + Math.log10(safe / min) : safe;
        }
        int available = Math.max(n * MIN_BAND, width - n * MIN_BAND);
        double sum = 0;
        for (double w : weight) {
            sum += w;
        }
        int[] result = new int[n];
        for (int i = 0; i < n; i++) {
            result[i] = MIN_BAND + (int) Math.round(available * weight[i] / sum);
        }
        return result;
    }

    void paint(GC gc, Rectangle area, CrossSectionInput input, boolean log, String message) {
        bandBounds.clear();
        gc.setAntialias(SWT.ON);
        gc.setBackground(gc.getDevice().getSystemColor(SWT.COLOR_WHITE));
        gc.fillRectangle(area);
        gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_BLACK));
        if (input == null) {
            gc.drawText(message != null ? message : "No stack to show: run Simulate on an experiment.",
                    area.x + MARGIN, area.y + MARGIN, true);
            return;
        }
        int textHeight = gc.getFontMetrics().getHeight();
        int x0 = area.x + MARGIN;
        int y = area.y + MARGIN;
        gc.drawText(input.title() + "  —  " + input.left() + " | "
                + String.join(" | ", input.layers().stream().map(Band::label).toList()) + " | " + input.right(),
                x0, y, true);
        y += textHeight + 4;
        gc.drawText(log ? "Layer widths ∝ log(thickness) (each decade above the thinnest layer adds its width);"
                + " electrodes not to scale"
                : "Layer widths to scale (linear); electrodes not to scale; thin layers drawn at least "
                        + MIN_BAND + " px", x0, y, true);
        y += textHeight + 8;

        int legendRows = input.layers().size() + 2;
        int bandTop = y + textHeight + 4; // room for the labels above
        int bandHeight = Math.max(60, area.height - (bandTop - area.y) - legendRows * ROW - 3 * textHeight
                - 3 * MARGIN);
        int inner = area.width - 2 * MARGIN - 2 * ELECTRODE_WIDTH;
        int[] widths = widths(input.layers(), inner, log);

        int x = x0;
        electrode(gc, input.left(), x, bandTop, bandHeight, y);
        x += ELECTRODE_WIDTH;
        for (int i = 0; i < input.layers().size(); i++) {
            Band band = input.layers().get(i);
            Rectangle r = new Rectangle(x, bandTop, widths[i], bandHeight);
            bandBounds.add(r);
            fill(gc, r, Palette.of(band.material()));
            if (band.role() == Role.INTERPHASE) {
                hatch(gc, r);
            }
            gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_BLACK));
            gc.drawRectangle(r);
            String thickness = Thickness.format(band.thickness());
            Point size = gc.textExtent(thickness);
            if (size.x + 6 < r.width) {
                int tx = r.x + (r.width - size.x) / 2;
                int ty = r.y + (r.height - size.y) / 2;
                if (band.role() == Role.INTERPHASE) {
                    // keep the label readable over the hatching
                    gc.setBackground(gc.getDevice().getSystemColor(SWT.COLOR_WHITE));
                    gc.fillRectangle(tx - 2, ty, size.x + 4, size.y);
                }
                gc.drawText(thickness, tx, ty, true);
            }
            Point labelSize = gc.textExtent(band.label());
            if (labelSize.x + 6 < r.width) {
                gc.drawText(band.label(), r.x + (r.width - labelSize.x) / 2, y, true);
            }
            x += widths[i];
        }
        electrode(gc, input.right(), x, bandTop, bandHeight, y);

        // scale line under the layers
        int scaleY = bandTop + bandHeight + 6;
        gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_BLACK));
        gc.drawLine(x0 + ELECTRODE_WIDTH, scaleY, x, scaleY);
        gc.drawLine(x0 + ELECTRODE_WIDTH, scaleY - 3, x0 + ELECTRODE_WIDTH, scaleY + 3);
        gc.drawLine(x, scaleY - 3, x, scaleY + 3);
        String total = "distance between the electrodes: " + Thickness.format(input.totalThickness());
        Point totalSize = gc.textExtent(total);
        gc.drawText(total, Math.max(x0, (x0 + ELECTRODE_WIDTH + x - totalSize.x) / 2), scaleY + 4, true);

        // legend
        int ly = scaleY + 4 + textHeight + 8;
        gc.drawText("Legend", x0, ly, true);
        ly += ROW;
        Map<String, Band> rows = new LinkedHashMap<>();
        for (Band band : input.layers()) {
            rows.putIfAbsent(band.label(), band);
        }
        for (Band band : rows.values()) {
            Rectangle swatch = new Rectangle(x0, ly + 3, 28, ROW - 6);
            fill(gc, swatch, Palette.of(band.material()));
            if (band.role() == Role.INTERPHASE) {
                hatch(gc, swatch);
            }
            gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_BLACK));
            gc.drawRectangle(swatch);
            gc.drawText(band.label() + "  (" + band.material() + ", " + role(band.role()) + ")  "
                    + Thickness.format(band.thickness()), x0 + 36, ly + 2, true);
            ly += ROW;
        }
        if (!input.interfaces().isEmpty()) {
            gc.drawText("Interfaces with charge transfer: " + String.join(", ", input.interfaces()), x0, ly + 2,
                    true);
        }
    }

    private static String role(Role role) {
        return switch (role) {
            case ELECTROLYTE -> "electrolyte";
            case COATING -> "coating";
            case INTERPHASE -> "interphase, hatched";
            case LAYER -> "layer";
        };
    }

    private static void electrode(GC gc, String name, int x, int top, int height, int labelY) {
        Rectangle r = new Rectangle(x, top, ELECTRODE_WIDTH, height);
        fill(gc, r, new RGB(200, 200, 205));
        gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_BLACK));
        gc.drawRectangle(r);
        Point size = gc.textExtent(name);
        gc.drawText(name, x + (ELECTRODE_WIDTH - size.x) / 2, top + (height - size.y) / 2, true);
        Point label = gc.textExtent("electrode");
        gc.drawText("electrode", x + (ELECTRODE_WIDTH - label.x) / 2, labelY, true);
    }

    private static void fill(GC gc, Rectangle r, RGB rgb) {
        Color colour = new Color(rgb);
        gc.setBackground(colour);
        gc.fillRectangle(r);
    }

    private static void hatch(GC gc, Rectangle r) {
        gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_BLACK));
        gc.setLineWidth(1);
        Rectangle clip = gc.getClipping();
        gc.setClipping(r);
        for (int d = -r.height; d < r.width; d += 6) {
            gc.drawLine(r.x + d, r.y + r.height, r.x + d + r.height, r.y);
        }
        gc.setClipping(clip);
    }
}
