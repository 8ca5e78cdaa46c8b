package org.interphase.runs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A writer that a test kills with SIGKILL in the middle of saving: it claims the folder given as its argument,
 * as a run does, and writes result files into the staging folder slowly, saying "writing" once it has begun.
 * It runs in its own JVM (ResultFolder uses nothing but the JDK), so the kill skips every cleanup.
 */
public final class PartialWriter {

    private PartialWriter() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        ResultFolder folder = ResultFolder.claim(Path.of(args[0]), ResultFolder.Replace.EARLIER_RESULT);
        for (int i = 0;; i++) {
            Files.writeString(folder.staging().resolve(i + "-impedance-spectrum.csv"), "frequency_Hz,re_ohm\n1,2\n");
            if (i == 0) {
                System.out.println("writing");
                System.out.flush();
            }
            Thread.sleep(20);
        }
    }
}
