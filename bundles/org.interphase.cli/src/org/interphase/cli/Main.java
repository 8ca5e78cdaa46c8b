package org.interphase.cli;

import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The headless command line on a plain class path: {@code java -jar interphase.jar validate|simulate|lsp ...} (the
 * jar of releng/org.interphase.standalone). The Equinox application {@code org.interphase.cli.headless} runs the
 * same {@link Commands}.
 */
public final class Main {

    /** How long Ctrl+C waits for a run to stop and clean its temporary output up. */
    private static final long CANCEL_GRACE_SECONDS = 10;

    private Main() {
    }

    public static void main(String[] args) {
        AtomicBoolean cancelled = new AtomicBoolean();
        CountDownLatch finished = new CountDownLatch(1);
        // Ctrl+C runs shutdown hooks; this one asks the running engine to stop and waits until the command has
        // removed its half-written output, so that an interrupted run leaves nothing behind. Only simulate and
        // study write such output; the other commands (a language server above all) end at once.
        if (args.length > 0 && (args[0].equals("simulate") || args[0].equals("study"))) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                cancelled.set(true);
                try {
                    finished.await(CANCEL_GRACE_SECONDS, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "interphase-cancel"));
        }
        int code;
        try {
            code = new Commands(System.out, System.err, cancelled::get).run(args);
        } finally {
            finished.countDown();
        }
        System.exit(code);
    }

    /**
     * Runs one command and returns its exit code: 0 success, 1 errors in the files or a failed simulation,
     * 2 bad usage or paths.
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return new Commands(out, err, () -> false).run(args);
    }
}
