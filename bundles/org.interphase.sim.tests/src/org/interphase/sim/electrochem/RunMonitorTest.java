package org.interphase.sim.electrochem;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CancellationException;

import org.junit.jupiter.api.Test;

class RunMonitorTest {

    @Test
    void noneNeverCancels() {
        assertDoesNotThrow(() -> RunMonitor.NONE.throwIfCancelled("step 1"));
    }

    @Test
    void cancelledMonitorStopsTheRunWithACancellationSayingWhere() {
        RunMonitor cancelled = RecordingMonitor.cancellingAfter(0);
        CancellationException e = assertThrows(RunCancelledException.class,
                () -> cancelled.throwIfCancelled("t = 5 h"));
        assertTrue(e.getMessage().contains("t = 5 h"));
    }
}
