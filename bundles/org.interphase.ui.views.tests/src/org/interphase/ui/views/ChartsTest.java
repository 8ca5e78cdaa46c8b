package org.interphase.ui.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;

import org.eclipse.swtchart.Range;
import org.junit.jupiter.api.Test;

/** The chart helpers that need no workbench: decade labels, padding, material colours, envelope decimation. */
class ChartsTest {

    @Test
    void logAxesAreLabelledAtDecadesOnly() {
        assertEquals("1", DecadeFormat.label(1));
        assertEquals("10", DecadeFormat.label(10));
        assertEquals("1000", DecadeFormat.label(1000));
        assertEquals("0.1", DecadeFormat.label(0.1));
        assertEquals("10⁴", DecadeFormat.label(1e4));
        assertEquals("10⁻³", DecadeFormat.label(1e-3));
        // the ticks between decades are minor: marked, not labelled
        assertEquals("", DecadeFormat.label(200));
        assertEquals("", DecadeFormat.label(90));
        assertEquals("", DecadeFormat.label(8000));
        for (double decade : new double[] {1e-6, 1e-2, 0.1, 1, 100, 1e5, 1e12}) {
            assertEquals(decade, DecadeFormat.value(DecadeFormat.label(decade)), decade * 1e-12);
        }
        assertTrue(Double.isNaN(DecadeFormat.value("")));
    }

    @Test
    void axesLeaveRoomAroundTheCurves() {
        Range linear = Charts.padded(new Range(0, 10), false);
        assertEquals(-0.4, linear.lower, 1e-12);
        assertEquals(10.4, linear.upper, 1e-12);
        Range log = Charts.padded(new Range(1, 1000), true);
        assertTrue(log.lower < 1 && log.lower > 0.5, "a little below the data: " + log.lower);
        assertTrue(log.upper > 1000 && log.upper < 2000, "a little above: " + log.upper);
        Range withinADecade = Charts.padded(new Range(20, 80), true);
        assertEquals(10, withinADecade.lower, 1e-9, "reaches the decade below so the axis has a label");
        Range flat = Charts.padded(new Range(3, 3), false);
        assertTrue(flat.lower < 3 && flat.upper > 3);
    }

    @Test
    void materialsKeepOneColourEachAndDifferFromEachOther() {
        assertEquals(Palette.of("LLZO"), Palette.of("LLZO"));
        assertNotEquals(Palette.of("Al2O3"), Palette.of("LLZO"));
        Set<Object> colours = new HashSet<>();
        for (String material : new String[] {"LATP", "Li", "LiPON", "SiO2", "NCM811", "PAA/PEO"}) {
            colours.add(Palette.of(material));
        }
        colours.add(Palette.of("Al2O3"));
        colours.add(Palette.of("LLZO"));
        assertEquals(8, colours.size(), "eight materials, eight colours");
    }

    @Test
    void aMillionPointTraceKeepsEveryColumnsMinimumAndMaximum() {
        int n = 1_000_000;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 600.0 * i / (n - 1);
            // alternating polarity every hour, growing, with a spike every 7777 samples
            double sign = ((int) x[i]) % 2 == 0 ? 1 : -1;
            y[i] = sign * (0.02 + 0.001 * x[i]) + (i % 7777 == 0 ? 0.5 : 0);
        }
        int columns = 1000;
        double[][] reduced = Envelope.reduce(x, y, 0, 600, columns);
        assertTrue(reduced[0].length <= 2 * columns, "about two points per column: " + reduced[0].length);
        double[] min = new double[columns];
        double[] max = new double[columns];
        java.util.Arrays.fill(min, Double.POSITIVE_INFINITY);
        java.util.Arrays.fill(max, Double.NEGATIVE_INFINITY);
        for (int i = 0; i < n; i++) {
            int c = Math.min(columns - 1, (int) (x[i] * (columns / 600.0)));
            min[c] = Math.min(min[c], y[i]);
            max[c] = Math.max(max[c], y[i]);
        }
        double[] keptMin = new double[columns];
        double[] keptMax = new double[columns];
        java.util.Arrays.fill(keptMin, Double.POSITIVE_INFINITY);
        java.util.Arrays.fill(keptMax, Double.NEGATIVE_INFINITY);
        for (int i = 0; i < reduced[0].length; i++) {
            assertTrue(i == 0 || reduced[0][i] >= reduced[0][i - 1], "x stays in order");
            int c = Math.min(columns - 1, (int) (reduced[0][i] * (columns / 600.0)));
            keptMin[c] = Math.min(keptMin[c], reduced[1][i]);
            keptMax[c] = Math.max(keptMax[c], reduced[1][i]);
        }
        for (int c = 0; c < columns; c++) {
            assertEquals(min[c], keptMin[c], 0, "minimum of column " + c);
            assertEquals(max[c], keptMax[c], 0, "maximum of column " + c);
        }
    }

    @Test
    void aZoomedEnvelopeKeepsTheNeighboursOutsideTheRange() {
        double[] x = new double[10_000];
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = i;
            y[i] = Math.sin(i);
        }
        double[][] reduced = Envelope.reduce(x, y, 5000, 5100, 10);
        assertEquals(4999, reduced[0][0], 0, "the point left of the range, so the line reaches the border");
        assertEquals(5101, reduced[0][reduced[0].length - 1], 0);
        assertTrue(reduced[0].length <= 22);
        double[][] few = Envelope.reduce(new double[] {0, 1, 2}, new double[] {5, 6, 7}, 0, 2, 10);
        assertEquals(3, few[0].length, "a short series is drawn whole");
    }
}
