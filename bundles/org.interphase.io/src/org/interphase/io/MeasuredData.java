package org.interphase.io;

import java.nio.file.Path;

/**
 * Data read from a measurement file, in SI units and Interphase's sign conventions. Arrays are never empty, hold
 * finite numbers only, and all arrays of one record have the same length.
 */
public sealed interface MeasuredData permits MeasuredSpectrum, MeasuredCycling {

    /** The file the data came from. */
    Path file();

    /** Number of data points. */
    int size();
}
