package org.interphase.io;

/**
 * Reads Neware's BTSDA CSV export of the record (detail) data: "Total Time" as h:mm:ss, "Current(mA)" or "Current(A)",
 * "Voltage(V)", "Cycle Index".
 */
public final class NewareCsvImporter extends CyclerCsvImporter {

    public NewareCsvImporter() {
        super("neware-csv", "Neware cycler CSV export (.csv)",
                new Columns("Total Time", "s", "Current", "Voltage", "Cycle Index"));
    }
}
