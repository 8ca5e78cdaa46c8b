package org.interphase.dsl.tests;

import java.util.Map;
import java.util.Set;

/**
 * Which published numbers each calibration was fitted to and which each prediction test predicts, by facts.md id
 * with the quantity of that row ("R-052/retention-100": the 100-cycle retention of R-052). A number a constant was
 * fitted to can only be reproduced, never predicted: {@code DataUseTest} checks that the two sets do not meet.
 */
final class DataUse {

    private DataUse() {
    }

    /** Calibrated constants (owner and property) and the data they were fitted to. */
    static final Map<String, Set<String>> CALIBRATIONS = Map.ofEntries(
            Map.entry("IF-NCM523-LLTO contactLossPerStrain, strainAccommodationLength",
                    BufferContactCalibration.FITTED_ON),
            // fitted by hand before this registry; listed so that no test may claim to predict these numbers
            Map.entry("LfpComposite utilization; IF-LFP-PAA-PEO interphaseGrowthVelocity, tunnellingLength,"
                    + " contactLossPerStrain",
                    Set.of("R-008/first-discharge", "R-008/first-cycle-efficiency", "R-008/fade-cycles-2-20")),
            Map.entry("LATP grainBoundaryConductivity; LATP-MCI ionicConductivity; IF-Li-LATP exchangeCurrentDensity",
                    Set.of("R-001/conductivity", "R-002/conductivity", "R-002/charge-transfer-ratio")),
            Map.entry("IF-Li-LATP interphaseGrowthVelocity", MciGrowthCalibration.FITTED_ON),
            Map.entry("Al2O3-ALD lithiationRateConstant", Set.of("R-015/activation-time")),
            Map.entry("SiO2-sputtered lithiationRateConstant", Set.of("R-056/early-drop")),
            Map.entry("ZnO-ALD lithiationRateConstant, lithiatedIonicConductivity (examples/oxides-on-garnet)",
                    Set.of("R-075/asr-after-50h")),
            // measured values taken as inputs, not fitted: a test may reproduce them, never predict them
            Map.entry("IF-Li-LLCZN, IF-Li-Al2O3-ALD chargeTransferResistance",
                    Set.of("R-058/asr-bare", "R-058/asr-coated")));

    /** Prediction tests and the data they predict. */
    static final Map<String, Set<String>> PREDICTIONS = Map.of(
            PublishedCellsTest.SILICA_BUFFER_PREDICTION, Set.of("R-054/retention-100"),
            PublishedCellsTest.LIPON_BUFFER_PREDICTION, Set.of("R-055/retention-100"),
            PublishedCellsTest.RATE_PREDICTION, Set.of("R-054/30C", "R-052/30C"),
            SymmetricCellPaperTest.POLYMER_LIFETIME, Set.of("R-004/lifetime"),
            SymmetricCellPaperTest.ALUMINA_LIFETIME, Set.of("R-015/lifetime"),
            SymmetricCellPaperTest.ALUMINA_OVERPOTENTIAL, Set.of("R-059/coated-overpotential-300"),
            SymmetricCellPaperTest.BARE_GARNET_SHORTS, Set.of("R-058/bare-operation"),
            SymmetricCellPaperTest.COATED_GARNET_CYCLES, Set.of("R-058/coated-cycles-90"));
}
