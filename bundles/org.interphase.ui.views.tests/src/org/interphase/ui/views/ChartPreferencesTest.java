package org.interphase.ui.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.PreferenceConverter;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.interphase.ui.InterphaseIds;
import org.interphase.ui.testing.Screenshots;
import org.interphase.ui.testing.UiEvents;
import org.interphase.ui.views.ImpedanceInput.Curve;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The chart preferences (Window &gt; Preferences &gt; Interphase &gt; Chart Colours and Numeric Formats) change the
 * charts that are open: a material's colour, the line width, the plot background, the read-out and axis labels.
 */
class ChartPreferencesTest {

    private static final RGB MAGENTA = new RGB(255, 0, 255);
    private static final String LLZO = "LLZO";

    @AfterEach
    void restoreDefaults() {
        IPreferenceStore store = ChartPreferences.store();
        for (int i = 0; i < ChartPreferences.DEFAULT_PALETTE.length; i++) {
            store.setToDefault(ChartPreferences.paletteKey(i));
        }
        for (String key : List.of(ChartPreferences.BACKGROUND, ChartPreferences.GRID, ChartPreferences.LINE_WIDTH,
                ChartPreferences.READOUT_DIGITS, ChartPreferences.AXIS_DIGITS, ChartPreferences.SCIENTIFIC_ABOVE,
                ChartPreferences.SCIENTIFIC_BELOW)) {
            store.setToDefault(key);
        }
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        if (page.findView(InterphaseIds.IMPEDANCE_VIEW) != null) {
            page.hideView(page.findView(InterphaseIds.IMPEDANCE_VIEW));
        }
    }

    @Test
    void aMaterialsColourAndTheLineWidthChangeInTheOpenImpedanceView() throws Exception {
        ImpedanceView view = showSpectrum();
        Chart nyquist = view.nyquistChart();
        ILineSeries<?> llzo = (ILineSeries<?>) nyquist.getSeriesSet().getSeries(LLZO);
        int slot = List.of(ChartPreferences.palette()).indexOf(Palette.of(LLZO));
        assertTrue(slot >= 0, "LLZO is drawn in a palette colour");
        assertEquals(Palette.of(LLZO), llzo.getLineColor().getRGB());
        assertEquals(0, magentaPixels(nyquist, "preferences-chart-before"), "no series is magenta yet");

        // The line width through the preference page, as a user sets it: type 6, press Apply and Close.
        PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(view.getSite().getShell(),
                "org.interphase.ui.views.preferences.chartColours", null, null);
        dialog.setBlockOnOpen(false);
        dialog.open();
        UiEvents.drain();
        Text width = fieldAfter(dialog.getShell(), "Line width");
        assertEquals("2", width.getText(), "the line width field shows the default");
        width.setText("6");
        Screenshots.save(dialog.getShell(), "preferences-chart-colours");
        button(dialog.getShell(), IDialogConstants.OK_ID).notifyListeners(SWT.Selection, new Event());
        UiEvents.drain();
        assertEquals(6, ChartPreferences.store().getInt(ChartPreferences.LINE_WIDTH));
        assertEquals(6, llzo.getLineWidth(), "the open chart's contributions are drawn 6 px wide");
        assertEquals(7, ((ILineSeries<?>) nyquist.getSeriesSet().getSeries(ImpedanceInput.TOTAL)).getLineWidth(),
                "the cell's spectrum stays 1 px bolder");

        PreferenceConverter.setValue(ChartPreferences.store(), ChartPreferences.paletteKey(slot), MAGENTA);
        PreferenceConverter.setValue(ChartPreferences.store(), ChartPreferences.BACKGROUND, new RGB(255, 255, 224));
        UiEvents.drain();
        for (Chart chart : List.of(nyquist, view.modulusChart(), view.phaseChart())) {
            assertEquals(MAGENTA, ((ILineSeries<?>) chart.getSeriesSet().getSeries(LLZO)).getLineColor().getRGB());
        }
        assertEquals(MAGENTA, Palette.of(LLZO), "the material keeps its slot, which has the new colour");
        assertEquals(new RGB(255, 255, 224), nyquist.getPlotArea().getBackground().getRGB());
        assertTrue(magentaPixels(nyquist, "preferences-chart-after") > 50, "the LLZO arc is drawn in magenta");
    }

    @Test
    void numericFormatsChangeTheReadOutAndTheLinearAxisLabels() throws Exception {
        ImpedanceView view = showSpectrum();
        var xLabels = view.nyquistChart().getAxisSet().getXAxis(0).getTick().getFormat();
        assertEquals("1235", ChartInteraction.number(1234.5678), "four significant digits by default");
        assertEquals("12345.7", xLabels.format(12345.678));

        IPreferenceStore store = ChartPreferences.store();
        store.setValue(ChartPreferences.READOUT_DIGITS, 2);
        store.setValue(ChartPreferences.AXIS_DIGITS, 3);
        assertEquals("1200", ChartInteraction.number(1234.5678));
        assertEquals("12300", xLabels.format(12345.678));
        store.setValue(ChartPreferences.SCIENTIFIC_ABOVE, 3);
        assertEquals("1.2e+03", ChartInteraction.number(1234.5678));
        assertEquals("1.23e4", xLabels.format(12345.678));
        assertEquals("0", xLabels.format(0.0));
        store.setValue(ChartPreferences.SCIENTIFIC_BELOW, 1);
        assertEquals("5e-2", xLabels.format(0.05));
        UiEvents.drain();
        Screenshots.save(view.getSite().getShell(), "preferences-numeric-formats");
    }

    /** An impedance view, maximised, showing a cell of two arcs: LLZO and Al2O3. */
    private static ImpedanceView showSpectrum() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        page.getWorkbenchWindow().getShell().setBounds(0, 0, 1270, 940);
        page.setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry()
                .findPerspectiveWithId(InterphaseIds.PERSPECTIVE));
        ImpedanceView view = (ImpedanceView) page.showView(InterphaseIds.IMPEDANCE_VIEW);
        assertNotNull(view);
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
        Curve llzo = arc(LLZO, 1000, 1e-9);
        Curve alumina = arc("Al2O3", 3000, 1e-7);
        double[] re = new double[llzo.size()];
        double[] im = new double[llzo.size()];
        for (int i = 0; i < re.length; i++) {
            re[i] = llzo.real()[i] + alumina.real()[i];
            im[i] = llzo.imaginary()[i] + alumina.imaginary()[i];
        }
        Curve total = new Curve(ImpedanceInput.TOTAL, llzo.frequency(), re, im);
        view.show(new ImpedanceInput("Two arcs", total, List.of(llzo, alumina), 0));
        UiEvents.drain();
        return view;
    }

    /** The spectrum of a resistor R parallel to a capacitor C, from 1 MHz to 0.1 Hz. */
    private static Curve arc(String label, double r, double c) {
        int n = 71;
        double[] f = new double[n];
        double[] re = new double[n];
        double[] im = new double[n];
        for (int i = 0; i < n; i++) {
            f[i] = Math.pow(10, 6 - i / 10.0);
            double wrc = 2 * Math.PI * f[i] * r * c;
            re[i] = r / (1 + wrc * wrc);
            im[i] = -r * wrc / (1 + wrc * wrc);
        }
        return new Curve(label, f, re, im);
    }

    /** Photographs the window and counts the magenta pixels inside {@code chart}. */
    private static int magentaPixels(Chart chart, String name) throws Exception {
        chart.redraw();
        chart.update();
        Path png = Screenshots.save(chart.getShell(), name);
        ImageData image = new ImageLoader().load(png.toString())[0];
        Point origin = chart.toDisplay(0, 0);
        Rectangle shell = chart.getShell().getBounds();
        Rectangle area = new Rectangle(origin.x - shell.x, origin.y - shell.y, chart.getSize().x, chart.getSize().y);
        int count = 0;
        for (int x = Math.max(0, area.x); x < Math.min(image.width, area.x + area.width); x++) {
            for (int y = Math.max(0, area.y); y < Math.min(image.height, area.y + area.height); y++) {
                RGB rgb = image.palette.getRGB(image.getPixel(x, y));
                if (rgb.red > 235 && rgb.green < 30 && rgb.blue > 235) {
                    count++;
                }
            }
        }
        return count;
    }

    /** The text field a field editor puts after its label (the label containing {@code label}). */
    private static Text fieldAfter(Control root, String label) {
        List<Text> found = new ArrayList<>();
        walk(root, control -> {
            if (control instanceof Label text && text.getText().replace("&", "").contains(label)) {
                List<Control> siblings = List.of(text.getParent().getChildren());
                found.add((Text) siblings.get(siblings.indexOf(text) + 1));
            }
        });
        return found.get(0);
    }

    private static Button button(Control root, int id) {
        List<Button> found = new ArrayList<>();
        walk(root, control -> {
            if (control instanceof Button button && Integer.valueOf(id).equals(button.getData())) {
                found.add(button);
            }
        });
        return found.get(0);
    }

    private static void walk(Control control, java.util.function.Consumer<Control> visit) {
        visit.accept(control);
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                walk(child, visit);
            }
        }
    }
}
