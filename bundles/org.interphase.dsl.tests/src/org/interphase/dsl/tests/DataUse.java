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
    static final Map<String, Set<String>> CALIBRATIONS = Map.of(
            "IF-NCM523-LLTO contactLossPerStrain, strainAccommodationLength", BufferContactCalibration.FITTED_ON,
            // fitted by hand before this registry; listed so that no test may claim to predict these numbers
            "LfpComposite utilization; IF-LFP-PAA-PEO interphaseGrowthVelocity, tunnellingLength, contactLossPerStrain",
            Set.of("R-008/first-discharge", "R-008/first-cycle-efficiency", "R-008/fade-cycles-2-20"));

    /** Prediction tests and the data they predict. */
    static final Map<String, Set<String>> PREDICTIONS = Map.of(
            PublishedCellsTest.BUFFER_PREDICTION, Set.of("R-054/retention-100", "R-055/retention-100"),
            PublishedCellsTest.RATE_PREDICTION, Set.of("R-054/30C", "R-052/30C"));
}
