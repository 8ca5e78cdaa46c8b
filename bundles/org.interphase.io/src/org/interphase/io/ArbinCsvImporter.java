package org.interphase.io;

/** Reads Arbin's CSV export (MITS Pro, MITS 7): "Test_Time(s)", "Current(A)", "Voltage(V)", "Cycle_Index". */
public final class ArbinCsvImporter extends CyclerCsvImporter {

    public ArbinCsvImporter() {
        super("arbin-csv", "Arbin cycler CSV export (.csv)",
                new Columns("Test_Time", "s", "Current", "Voltage", "Cycle_Index"));
    }
}
