package org.interphase.ui.views;

import java.nio.file.Path;

import org.eclipse.emf.common.CommonPlugin;
import org.eclipse.emf.common.util.URI;
import org.interphase.analysis.GalvanostaticSeries;
import org.interphase.io.DataImporters;
import org.interphase.io.ImportException;
import org.interphase.io.MeasuredCycling;
import org.interphase.model.run.Result;

/**
 * The measured cycler export a run's cycling or plating/stripping result names ({@code measured "file"} in the .iph),
 * read for the view to overlay on that run.
 *
 * @param label   the legend label, e.g. "cell-3.csv (measured)"
 * @param series  the measured series; null if the file could not be read
 * @param problem why it could not be read, for the status line; null if it was
 */
record MeasuredRunData(String label, GalvanostaticSeries series, String problem) {

    /** The measured data of {@code result}; null if it names no file. */
    static MeasuredRunData of(Result result) {
        String uri = result == null ? null : result.getMeasuredFile();
        if (uri == null) {
            return null;
        }
        URI local = CommonPlugin.resolve(URI.createURI(uri));
        String name = URI.createURI(uri).lastSegment();
        String label = name + " (measured)";
        if (!local.isFile()) {
            return new MeasuredRunData(label, null, "the measured file " + uri + " is not on this computer");
        }
        try {
            if (DataImporters.read(Path.of(local.toFileString())) instanceof MeasuredCycling cycling) {
                return new MeasuredRunData(label, GalvanostaticSeries.of(cycling), null);
            }
            return new MeasuredRunData(label, null, "the measured file " + name
                    + " holds an impedance spectrum, not cycling data");
        } catch (ImportException e) {
            return new MeasuredRunData(label, null, "the measured file " + name + " cannot be imported: "
                    + e.getMessage());
        }
    }

    /** Hands the measured data of {@code result} to {@code overlay}, if it names a file. */
    static void of(Result result, java.util.function.Consumer<MeasuredRunData> overlay) {
        MeasuredRunData data = of(result);
        if (data != null) {
            overlay.accept(data);
        }
    }

    /** What the status line says of it: the comparison, or why there is none. */
    String describe(String comparison) {
        return series == null ? " Not overlaid: " + problem + "." : " Measured " + label + " overlaid: " + comparison
                + ".";
    }
}
