package org.interphase.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** No published number is both fitted and predicted. */
class DataUseTest {

    private static final Pattern ID = Pattern.compile("R-\\d{3}/[A-Za-z0-9-]+");

    @Test
    void noPredictionTargetsDataACalibrationWasFittedTo() {
        Set<String> fitted = new HashSet<>();
        DataUse.CALIBRATIONS.values().forEach(fitted::addAll);
        assertAll(DataUse.PREDICTIONS.entrySet().stream().map(prediction -> () -> {
            Set<String> overlap = new HashSet<>(prediction.getValue());
            overlap.retainAll(fitted);
            assertTrue(overlap.isEmpty(), prediction.getKey() + " predicts data a calibration was fitted to: " + overlap);
        }));
    }

    @Test
    void everyIdNamesAFactsRowAndTheQuantityTakenFromIt() {
        Set<String> all = new HashSet<>();
        DataUse.CALIBRATIONS.values().forEach(all::addAll);
        DataUse.PREDICTIONS.values().forEach(all::addAll);
        assertAll(all.stream().map(id -> () -> assertTrue(ID.matcher(id).matches(), id)));
    }

    /** "PublishedCellsTest.silicaBufferRetentionIsPredicted" names a test that runs, so no registry entry is stale. */
    @Test
    void everyPredictionNamesATestMethod() {
        assertAll(DataUse.PREDICTIONS.keySet().stream().map(name -> () -> {
            String[] parts = name.split("\\.");
            Class<?> type = Class.forName(DataUse.class.getPackageName() + "." + parts[0]);
            assertTrue(type.getDeclaredMethod(parts[1]).isAnnotationPresent(Test.class), name + " is not a test");
        }));
    }
}
