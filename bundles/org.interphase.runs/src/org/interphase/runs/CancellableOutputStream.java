package org.interphase.runs;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

import org.interphase.sim.electrochem.RunMonitor;

/**
 * Ends a long write (the XMI of a run with a million samples takes seconds) as soon as the run is cancelled, by
 * throwing {@link org.interphase.sim.electrochem.RunCancelledException} from the next write; the caller then
 * deletes the half-written file's folder.
 */
final class CancellableOutputStream extends FilterOutputStream {

    private final RunMonitor monitor;

    CancellableOutputStream(OutputStream out, RunMonitor monitor) {
        super(out);
        this.monitor = monitor;
    }

    @Override
    public void write(int b) throws IOException {
        monitor.throwIfCancelled("saving the results");
        out.write(b);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        monitor.throwIfCancelled("saving the results");
        out.write(bytes, offset, length);
    }
}
