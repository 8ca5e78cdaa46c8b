package org.interphase.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.interphase.runs.RunStore;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Stacks a user writes that match no published cell simulate through {@code simulate} as they are written: full
 * cells cycle and give their impedance, symmetric cells give their impedance and plating/stripping, and the report lists every input with
 * its file line or library source.
 */
class UserStacksTest {

    private static final String FILE = """
            precursor TMA "Al(CH3)3"
            precursor LiOtBu "(CH3)3COLi"
            precursor NbOEt5 "Nb(OC2H5)5"
            reactant H2O "H2O"
            gas N2 "N2"

            recipe Alumina20 on LLZO {
              ald Al2O3-ALD at 150 °C { pulse TMA 0.1 s; purge N2 10 s; pulse H2O 0.1 s; purge N2 10 s } x 20
            }
            recipe Niobate on NCM523 {
              supercycle LiNbO3-ALD at 235 °C {
                ald { pulse LiOtBu; purge; pulse H2O; purge } x 1
                ald { pulse NbOEt5; purge; pulse H2O; purge } x 4
              } x 40
            }

            stack LfpLatpLi {
              area 1 cm2
              temperature 25 °C
              cathode LFP 1 µm
              electrolyte LATP 500 µm
              lithium Li 100 µm
            }
            stack NcmNiobateLlzoLi {
              area 1 cm2
              temperature 25 °C
              cathode ncm: NCM523 1 µm
              coating LiNbO3-ALD by Niobate on ncm
              electrolyte LLZO 500 µm
              lithium Li 100 µm
            }
            stack AluminaLlzo {
              area 1 cm2
              temperature 25 °C
              lithium Li
              coating Al2O3-ALD by Alumina20 on pellet
              electrolyte pellet: LLZO 500 µm
              coating Al2O3-ALD by Alumina20 on pellet
              lithium Li
            }

            experiment LfpCycling on LfpLatpLi {
              cycling { repeat 2 { "Charge at C/10 until 3.8 V", "Discharge at C/10 until 2.5 V" } }
            }
            experiment NcmCycling on NcmNiobateLlzoLi {
              cycling { repeat 2 { "Charge at C/10 until 4.2 V", "Discharge at C/10 until 3.2 V" } }
            }
            experiment LfpImpedance on LfpLatpLi {
              impedance from 1 MHz to 1 mHz
            }
            experiment NcmImpedance on NcmNiobateLlzoLi {
              impedance from 1 MHz to 1 mHz
            }
            experiment AluminaLlzoCell on AluminaLlzo {
              impedance from 1 MHz to 1 Hz
              plating-stripping 0.1 mA/cm2 half-cycle 1 h for 10 h
            }
            """;

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @ParameterizedTest
    @CsvSource({
            "LfpCycling, 1-cycling-cycles.csv, thickness of LATP = 0.0005 m, specificCapacity of LFP",
            "NcmCycling, 1-cycling-cycles.csv, thickness of LiNbO3-ALD (grown by Niobate), exchangeCurrentDensity of"
                    + " IF-NCM523-LiNbO3-ALD",
            "LfpImpedance, 1-impedance-spectrum.csv, thickness of LFP, lithiumDiffusivity of LFP",
            "NcmImpedance, 1-impedance-spectrum.csv, thickness of LiNbO3-ALD (grown by Niobate),"
                    + " lithiumDiffusivityActivationEnergy of NCM523",
            "AluminaLlzoCell, 2-plating-stripping-timeseries.csv, thickness of Al2O3-ALD (grown by Alumina20),"
                    + " critical current density of Li|Al2O3-ALD"})
    void aUsersStackSimulatesWithEveryInputTraced(String experiment, String written, String fromFile,
            String fromLibrary) throws IOException {
        Path file = Files.writeString(folder.resolve("user-stacks.iph"), FILE);
        Path results = folder.resolve(experiment);

        int code = Main.run(new String[] {"simulate", file.toString(), "--experiment", experiment, "--out",
                results.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        assertTrue(Files.isRegularFile(results.resolve(written)), written);
        String report = Files.readString(results.resolve(RunStore.REPORT));
        assertTrue(report.contains(fromFile) && report.contains("user-stacks.iph:"), report);
        assertTrue(report.contains(fromLibrary) && report.contains("library"), report);
    }
}
