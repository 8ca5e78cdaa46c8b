package org.interphase.io;

import static org.interphase.io.TestFiles.assertFails;
import static org.interphase.io.TestFiles.write;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each format read from a small file written by hand to the format's published description, checked cell by cell in
 * Interphase's units and signs, and recognised by {@link DataImporters} without being told the format.
 */
class InstrumentFormatsTest {

    @TempDir
    Path dir;

    @Test
    void bdfNormativeKeysAreReadForCyclingAndForSpectra() {
        MeasuredCycling c = (MeasuredCycling) read("keys.csv", """
                test_time_second,current_ampere,voltage_volt,cycle_count,net_capacity_ah,step_id
                0,0.002,3.5,0,0,1
                1800,0.002,3.9,0,0.001,1
                3600,-0.002,3.6,1,0,2
                """, "bdf-csv");
        assertArrayEquals(new double[] {0, 1800, 3600}, c.time());
        assertArrayEquals(new double[] {0.002, 0.002, -0.002}, c.current());
        assertArrayEquals(new double[] {3.5, 3.9, 3.6}, c.voltage());
        assertArrayEquals(new double[] {0, 0.001, 0}, c.capacity());
        assertArrayEquals(new int[] {1, 1, 2}, c.cycle(), "BDF cycles from 0 become Interphase's from 1");

        MeasuredSpectrum s = (MeasuredSpectrum) read("eis.csv", """
                frequency_hertz,real_impedance_ohm,imaginary_impedance_ohm
                100000,12.5,-0.8
                10,40.25,-15.5
                """, "bdf-csv");
        assertArrayEquals(new double[] {1e5, 10}, s.frequency());
        assertArrayEquals(new double[] {12.5, 40.25}, s.real());
        assertArrayEquals(new double[] {-0.8, -15.5}, s.imaginary());
    }

    @Test
    void bdfAlternativeKeysAndMillisecondsAreRead() {
        MeasuredCycling c = (MeasuredCycling) read("alt.csv", """
                test_time_ms,current_a,voltage_v,charging_capacity_ah,discharging_capacity_ah
                0,0.001,3.5,0,0
                3600000,-0.001,3.4,0.001,0.0002
                """, "bdf-csv");
        assertArrayEquals(new double[] {0, 3600}, c.time());
        assertArrayEquals(new double[] {0, 0.0008}, c.capacity(), 1e-15);
    }

    @Test
    void zplot2AsciiIsReadAfterItsComments() {
        MeasuredSpectrum s = (MeasuredSpectrum) read("cell.z", """
                ZPLOT2 ASCII
                  Measured Data, ZPlot:       3.2c
                  Experiment Type:            Sweep Frequency, Control Voltage
                  Freq(Hz)\tAmpl\tBias\tTime(Sec)\tZ'(a)\tZ''(b)\tGD\tErr\tRange
                End Comments
                3.000000E+05\t1.0000E-02\t0.0000E+00\t2.670000E+00\t1.4777E+02\t-1.1335E+01\t0.0000E+00\t0\t3
                1.892872E+05\t1.0000E-02\t0.0000E+00\t4.070000E+00\t1.5048E+02\t-2.3653E+01\t0.0000E+00\t0\t3
                """, "zplot-z");
        assertArrayEquals(new double[] {3e5, 1.892872e5}, s.frequency());
        assertArrayEquals(new double[] {147.77, 150.48}, s.real());
        assertArrayEquals(new double[] {-11.335, -23.653}, s.imaginary());
    }

    @Test
    void zplotWithAQuotedTitleChecksItsPointCount() {
        String text = """
                "ZPlotW Data File: Version 3.2c"
                "Raw Data"
                "Sweep Frequency: Control Voltage"
                "  Freq(Hz)    Ampl     Bias   Time(Sec)   Z'(a)    Z''(b)    GD   Err   Range"
                0,3,0,1,300000,0.005
                2
                3.000000E+05, 1.0000E-02, 0.0000E+00, 2.580000E+00, 6.4262E+02, -8.5821E+01, 0.0000E+00, 0, 5
                2.382985E+05, 1.0000E-02, 0.0000E+00, 3.280000E+00, 6.7477E+02, -1.1931E+02, 0.0000E+00, 0, 5
                """;
        MeasuredSpectrum s = (MeasuredSpectrum) read("w.z", text, "zplot-z");
        assertArrayEquals(new double[] {3e5, 2.382985e5}, s.frequency());
        assertArrayEquals(new double[] {642.62, 674.77}, s.real());
        assertArrayEquals(new double[] {-85.821, -119.31}, s.imaginary());
        assertFails(new ZPlotImporter(), write(dir, "short.z", text.replace("\n2\n", "\n3\n")), 6,
                "announces 3 points but has 2 (a truncated file?)");
    }

    @Test
    void autolabNegatesMinusZDoublePrimeAndReadsDecimalCommas() {
        MeasuredSpectrum s = (MeasuredSpectrum) read("nova.txt", """
                Index;Frequency (Hz);Z' (Ω);-Z'' (Ω);Z (Ω);-Phase (°);Time (s)
                1;100000;12,5;0,8;12,53;3,66;0,5
                2;10;40,25;15,5;43,1;21,1;12
                """, "autolab-txt");
        assertArrayEquals(new double[] {1e5, 10}, s.frequency());
        assertArrayEquals(new double[] {12.5, 40.25}, s.real());
        assertArrayEquals(new double[] {-0.8, -15.5}, s.imaginary());
    }

    @Test
    void chInstrumentsZDoublePrimeIsImZ() {
        MeasuredSpectrum s = (MeasuredSpectrum) read("chi.txt", """
                Feb. 20, 2020   15:55:08
                A.C. Impedance
                File: c:\\data\\eis.bin
                Instrument Model:  CHI660E

                Init E (V) = 0
                High Frequency (Hz) = 1e+5

                Freq/Hz, Z'/ohm, Z"/ohm, Z/ohm, Phase/deg

                9.961e+4, 9.891e+1, -2.748e+0, 9.894e+1, -1.6
                8.252e+4, 9.912e+1, 1.603e+0, 9.913e+1, 0.9
                """, "chi-txt");
        assertArrayEquals(new double[] {9.961e4, 8.252e4}, s.frequency());
        assertArrayEquals(new double[] {98.91, 99.12}, s.real());
        assertArrayEquals(new double[] {-2.748, 1.603}, s.imaginary());
    }

    @Test
    void versaStudioParReadsTheFirstSegmentByItsDefinition() {
        String par = """
                <Application>
                Name=VersaStudio
                </Application>
                <Segment1>
                Type=2
                Definition=Segment #, Point #, E(V), I(A), Elapsed Time(s), Frequency(Hz), Z Real, Z Imag, 0
                0,0,0,-3.28E-06,1.812,100000,55.31571,4.575431
                0,1,0,-3.28E-06,2.147,0.02154435,1516.313,-122.8279
                </Segment1>
                """;
        MeasuredSpectrum s = (MeasuredSpectrum) read("eis.par", par, "versastudio-par");
        assertArrayEquals(new double[] {1e5, 0.02154435}, s.frequency());
        assertArrayEquals(new double[] {55.31571, 1516.313}, s.real());
        assertArrayEquals(new double[] {4.575431, -122.8279}, s.imaginary());
        assertFails(new VersaStudioParImporter(), write(dir, "cut.par", par.replace("</Segment1>\n", "")), 0,
                "not closed by </Segment1>");
    }

    @Test
    void parstatLeavesOutItsDcPointsAndReadsOhms() {
        MeasuredSpectrum s = (MeasuredSpectrum) read("parstat.txt",
                "Potential (V)\tCurrent (A)\tElapsed Time (s)\tFrequency (Hz)\tZre (ohms)\tZim (ohms)\t|Vac| (V)\t"
                        + "|Iac| (A)\t\n"
                        + "3.49\t-0.15\t10\t0\t0\t0\t0\t0\t\n"
                        + "3.50\t0.02\t7639.6\t10000\t-0.000498\t0.0175\t0.0002\t0.009\t\n"
                        + "3.50\t0.02\t7649.2\t7943.28\t0.0311\t0.0114\t0.0008\t0.02\t\n", "parstat-txt");
        assertArrayEquals(new double[] {1e4, 7943.28}, s.frequency());
        assertArrayEquals(new double[] {-0.000498, 0.0311}, s.real());
        assertArrayEquals(new double[] {0.0175, 0.0114}, s.imaginary());
        MeasuredSpectrum suite = (MeasuredSpectrum) read("suite.txt",
                "Frequency\t Zre\t Zimg\n0.1\t 423929.46\t -49014.063\n", "parstat-txt");
        assertArrayEquals(new double[] {-49014.063}, suite.imaginary());
    }

    @Test
    void arbinCsvIsReadWithItsUnitsAndCycles() {
        MeasuredCycling c = (MeasuredCycling) read("arbin.csv", """
                Data_Point,Date_Time,Test_Time(s),Step_Time(s),Step_Index,Cycle_Index,Current(A),Voltage(V),\
                Charge_Capacity(Ah),Discharge_Capacity(Ah)
                1,05/21/2020 10:15:02.123,0,0,1,1,0.001,3.5,0,0
                2,05/21/2020 11:15:02.123,3600,3600,1,1,0.001,3.9,0.001,0
                3,05/21/2020 12:15:02.123,7200,0,2,2,-0.001,3.6,0,0.001
                """, "arbin-csv");
        assertArrayEquals(new double[] {0, 3600, 7200}, c.time());
        assertArrayEquals(new double[] {0.001, 0.001, -0.001}, c.current());
        assertArrayEquals(new double[] {3.5, 3.9, 3.6}, c.voltage());
        assertArrayEquals(new double[] {0, 0.001, 0.001}, c.capacity(), 1e-15, "the integral of the current");
        assertArrayEquals(new int[] {1, 1, 2}, c.cycle());
    }

    @Test
    void newareCsvReadsClockTimesAndMilliamperes() {
        MeasuredCycling c = (MeasuredCycling) read("neware.csv", """
                DataPoint,Cycle Index,Step Index,Step Type,Time,Total Time,Current(mA),Voltage(V),Capacity(mAh)
                1,1,1,CC Chg,00:00:00,0:00:00,1.5,3.5,0
                2,1,1,CC Chg,01:00:00,1:00:00,1.5,3.9,1.5
                3,1,2,CC DChg,00:30:00.500,1:30:00.500,-1.5,3.7,0.75
                """, "neware-csv");
        assertArrayEquals(new double[] {0, 3600, 5400.5}, c.time());
        assertArrayEquals(new double[] {0.0015, 0.0015, -0.0015}, c.current(), 1e-18);
        assertArrayEquals(new double[] {3.5, 3.9, 3.7}, c.voltage());
        assertArrayEquals(new int[] {1, 1, 1}, c.cycle());
    }

    @Test
    void maccorTextExportIsSignedByItsStateColumn() {
        MeasuredCycling c = (MeasuredCycling) read("cell1.txt", """
                Today's Date\t04/04/2019 2:20 PM\tDate of Test:\t03/28/2019 11:55 AM\tFilename:\tC:\\Data\\cell1.001\t\
                Procedure:\tFormation.000\tComment/Barcode:\tcell 1
                Rec#\tCyc#\tStep\tTest (Sec)\tStep (Sec)\tAmp-hr\tWatt-hr\tAmps\tVolts\tState\tES\tDPt Time
                1\t0\t1\t0.0000\t0.0000\t0.0000000000\t0.0000000000\t0.0000000000\t3.4500\tR\t0\t03/28/2019 11:55:00 AM
                2\t0\t2\t60.0000\t0.0000\t0.0000000000\t0.0000000000\t0.0015000000\t3.6000\tC\t0\t03/28/2019 11:56:00 AM
                3\t0\t2\t3660.0000\t3600.0000\t0.0015000000\t0.0055000000\t0.0015000000\t4.1000\tC\t133\t\
                03/28/2019 12:56:00 PM
                4\t1\t4\t5460.0000\t1800.0000\t0.0007500000\t0.0030000000\t0.0015000000\t3.7000\tD\t0\t\
                03/28/2019 1:26:00 PM
                """, "maccor-txt");
        assertArrayEquals(new double[] {0, 60, 3660, 5460}, c.time());
        assertArrayEquals(new double[] {0, 0.0015, 0.0015, -0.0015}, c.current(), "discharge is negative");
        assertArrayEquals(new double[] {3.45, 3.6, 4.1, 3.7}, c.voltage());
        // Amp-hr restarts with each step, so the net charge is the integral: 0.045 C, then 5.4 C more, then back 0.
        assertArrayEquals(new double[] {0, 0.045 / 3600, 5.445 / 3600, 5.445 / 3600}, c.capacity(), 1e-15);
        assertArrayEquals(new int[] {1, 1, 1, 2}, c.cycle(), "Cyc# counts from 0");
    }

    @Test
    void maccorCsvWithUnitsInItsHeadingsAndSignedDischarge() {
        MeasuredCycling c = (MeasuredCycling) read("maccor.csv", """
                Rec#,Cycle P,Step,Test Time (sec),Current (mA),Voltage (V),Md,ES
                1,1,1,0,2.5,3.5,C,0
                2,1,2,1800,-2.5,3.9,D,0
                3,2,3,3600,0,3.7,R,0
                """, "maccor-txt");
        assertArrayEquals(new double[] {0, 1800, 3600}, c.time());
        assertArrayEquals(new double[] {0.0025, -0.0025, 0}, c.current(), 1e-18,
                "a negative discharge current stays negative");
        assertArrayEquals(new int[] {1, 1, 2}, c.cycle());
    }

    @Test
    void maccorRowsWhoseStateContradictsTheCurrentAreRefusedOnTheirLine() {
        String header = "Rec#\tCyc#\tTest (Sec)\tAmps\tVolts\tState\n1\t0\t0\t0.001\t3.5\tC\n";
        MaccorImporter maccor = new MaccorImporter();
        assertFails(maccor, write(dir, "a.txt", header + "2\t0\t60\t0.001\t3.6\tX\n"), 3,
                "column 'State' holds 'X', not one of C, D, O, R");
        assertFails(maccor, write(dir, "b.txt", header + "2\t0\t60\t0.001\t3.6\tO\n"), 3,
                "a state without current");
        assertFails(maccor, write(dir, "c.txt", header + "2\t0\t60\t-0.001\t3.6\tC\n"), 3,
                "says the cell charges");
        assertFails(maccor, write(dir, "d.txt", header.replace("Amps", "Current (Wh)")), 1, "'Current (Wh)'");
    }

    @Test
    void interphaseRunFilesAreReadBack() {
        MeasuredSpectrum s = (MeasuredSpectrum) read("1-impedance-spectrum.csv", """
                frequency_Hz,Z_real_ohm,Z_imag_ohm,"LLZO, bulk Z_real_ohm",LLZO Z_imag_ohm
                1000000.0,12.5,-0.8,12.5,-0.8
                """, "interphase-csv");
        assertArrayEquals(new double[] {1e6}, s.frequency());
        assertArrayEquals(new double[] {-0.8}, s.imaginary());
        MeasuredCycling c = (MeasuredCycling) read("cell-timeseries.csv", """
                # Interphase cycling run of cell; current > 0 charges the cell
                time_s,current_A,voltage_V,capacity_Ah,cycle_index,step_index
                0.00000000,0.00100000000,3.50000000,0.00000000,1,1
                3600.00000,-0.00100000000,3.90000000,0.00100000000,2,2
                """, "interphase-csv");
        assertArrayEquals(new double[] {0, 3600}, c.time());
        assertArrayEquals(new double[] {0, 0.001}, c.capacity());
        assertArrayEquals(new int[] {1, 2}, c.cycle());
    }

    private MeasuredData read(String name, String text, String id) {
        Path file = TestFiles.write(dir, name, text, StandardCharsets.UTF_8);
        assertEquals(Optional.of(id), DataImporters.forFile(file).map(DataImporter::id), "recognised as " + id);
        return DataImporters.read(file);
    }
}
