package org.interphase.benchmarks.language;

/**
 * A valid Interphase file of a requested length, made of numbered copies of the seed-system constructs: chemicals and
 * materials with cited properties, ALD, LbL and supercycle recipes, coated symmetric and full cells, and
 * experiments with impedance, plating/stripping and cycling. References stay within a copy and to the shared
 * declarations at the top, as in a real project file.
 */
final class GeneratedModel {

    private static final String HEADER = """
            package org.interphase.benchmarks.generated

            source Tolganbek2022LbL "Tolganbek et al., Nanoscale Adv. 2022, 4, 4606"
            source Han2021 "Han et al., Nanoscale Adv. 2021, 3, 2728"

            precursor TMA "Al(CH3)3"
            precursor LiOtBu "(CH3)3COLi"
            precursor TaOEt5 "Ta(OC2H5)5"
            reactant H2O "H2O"
            reactant EG "HOCH2CH2OH"
            gas N2 "N2"
            polymer PEI "branched poly(ethylenimine)"
            polymer PAA "poly(acrylic acid)"
            polymer PEO "poly(ethylene oxide)"
            solution Trizma "(HOCH2)3CNH2"

            material Li "Li" {
              class metal
              density = 0.53 g/cm3 source Han2021 "facts §a8"
            }
            material LFP "LiFePO4" { class cathode }

            """;

    /** One numbered copy; %1$d is its number. */
    private static final String UNIT = """
            /** NASICON pellet number %1$d. */
            material LATP%1$d "Li1.3Al0.3Ti1.7(PO4)3" {
              class NASICON
              phase R-3c
              ionicConductivity = 7e-4 S/cm at 25 °C source Han2021 "Table 1"
              grainSize = 9 µm source Tolganbek2022LbL "SEM"
            }
            material Al2O3-ALD%1$d "Al2O3" { class binary-oxide }
            material Li2O-ALD%1$d "Li2O" { class binary-oxide }
            material Ta2O5-ALD%1$d "Ta2O5" { class binary-oxide }
            material LiTaO-ALD%1$d "lithium tantalate" {
              class ternary-oxide
              ionicConductivity = 2e-8 S/cm source Han2021 "B-ALD-7"
            }
            material PaaPeo-LbL%1$d "(PAA/PEO)n" {
              class polymer
              ionicConductivity = 2.3e-4 ± 0.8e-4 S/cm source Tolganbek2022LbL "facts §a7"
            }

            recipe Alumina%1$d on LATP%1$d {
              ald Al2O3-ALD%1$d at 250 °C {
                pulse TMA 0.1 s; purge N2 10 s; pulse H2O 0.1 s; purge N2 10 s
              } x 150
            }

            recipe Tantalate%1$d {
              supercycle LiTaO-ALD%1$d at 225 °C {
                ald Li2O-ALD%1$d { pulse LiOtBu; purge; pulse H2O; purge } x 1
                ald Ta2O5-ALD%1$d { pulse TaOEt5; purge; pulse H2O; purge } x 6
              } x 10
            }

            recipe PaaPeo%1$d on LATP%1$d {
              lbl PaaPeo-LbL%1$d {
                precursor { dip PEI 0.2 g/L pH 6 for 5 min }
                bilayer {
                  dip PAA 0.2 g/L pH 2.6 for 5 min; rinse Trizma 0.01 M pH 2.6 for 2 min
                  dip PEO 0.2 g/L pH 2.6 for 5 min; rinse Trizma 0.01 M pH 2.6 for 2 min
                } x 30
              }
              bake at 130 °C
            }

            stack Symmetric%1$d {
              area 0.503 cm2
              temperature 25 °C
              lithium Li
              coating Al2O3-ALD%1$d by Alumina%1$d on pellet
              electrolyte pellet: LATP%1$d
              lithium Li
            }

            stack FullCell%1$d {
              area 0.503 cm2
              cathode LFP
              coating PaaPeo-LbL%1$d by PaaPeo%1$d on pellet
              electrolyte pellet: LATP%1$d
              coating PaaPeo-LbL%1$d by PaaPeo%1$d on pellet
              lithium Li
            }

            experiment Lifetime%1$d on Symmetric%1$d {
              impedance from 1 MHz to 1 Hz
              plating-stripping 0.1 mA/cm2 half-cycle 1 h for 600 h
            }

            experiment Cycling%1$d on FullCell%1$d {
              cycling {
                repeat 20 {
                  "Charge at C/10 for 10 hours",
                  "Discharge at C/10 for 10 hours"
                }
              }
            }

            """;

    private GeneratedModel() {
    }

    /** The header and as many numbered copies as it takes to reach at least {@code lines} lines. */
    static String text(int lines) {
        StringBuilder text = new StringBuilder(HEADER);
        long written = HEADER.lines().count();
        for (int copy = 1; written < lines; copy++) {
            text.append(UNIT.formatted(copy));
            written += UNIT.lines().count();
        }
        return text.toString();
    }
}
