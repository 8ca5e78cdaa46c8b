package org.interphase.ui.views;

import java.math.BigDecimal;
import java.math.MathContext;

/** Writes a thickness the way papers do: "76.7 nm", "12 µm", "1 mm" (three significant digits at most). */
public final class Thickness {

    private Thickness() {
    }

    /** @param metres a thickness, m */
    public static String format(double metres) {
        if (!Double.isFinite(metres)) {
            return "?";
        }
        double abs = Math.abs(metres);
        String unit;
        double value;
        if (abs >= 1e-3) {
            unit = "mm";
            value = metres * 1e3;
        } else if (abs >= 1e-6) {
            unit = "µm";
            value = metres * 1e6;
        } else {
            unit = "nm";
            value = metres * 1e9;
        }
        String number = new BigDecimal(value).round(new MathContext(3)).stripTrailingZeros().toPlainString();
        return number + " " + unit;
    }
}
