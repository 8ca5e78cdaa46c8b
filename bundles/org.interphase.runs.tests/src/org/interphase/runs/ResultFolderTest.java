package org.interphase.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.interphase.dsl.library.Libraries;
import org.interphase.runs.ResultFolder.Replace;
import org.interphase.sim.electrochem.RunMonitor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Results folders never destroy what a user keeps, and never hold half a result. */
class ResultFolderTest {

    private static Execution lifetime;

    @TempDir
    Path folder;

    @BeforeAll
    static void runTheLifetimeExample() {
        lifetime = new RunExecutor(Libraries.builtIn()).execute(
                Models.experiment(Models.examples().resolve("paa-peo-on-latp"), "PaaPeoLifetime"), RunMonitor.NONE);
    }

    @Test
    void aProjectFolderIsRefusedAndKeptEvenWithForce() throws IOException {
        Path project = Files.createDirectories(folder.resolve("project"));
        Files.writeString(project.resolve("cell.iph"), "stack S { }");
        Files.createDirectories(project.resolve("data"));
        Files.writeString(project.resolve("data/eis.mpt"), "measured");

        for (Replace replace : Replace.values()) {
            ResultFolderException refused = assertThrows(ResultFolderException.class,
                    () -> RunStore.save(lifetime, project, replace));
            assertTrue(refused.getMessage().contains("is not an Interphase results folder"), refused.getMessage());
            assertTrue(refused.getMessage().contains("cell.iph"), refused.getMessage());
        }

        assertEquals("stack S { }", Files.readString(project.resolve("cell.iph")));
        assertEquals("measured", Files.readString(project.resolve("data/eis.mpt")));
        assertEquals(Set.of(project), Set.copyOf(entries(folder)), "nothing else was left beside it");
    }

    @Test
    void theWorkingDirectoryIsRefused() throws IOException {
        Path here = Path.of("").toAbsolutePath();
        List<Path> before = entries(here);

        assertThrows(ResultFolderException.class, () -> RunStore.save(lifetime, Path.of("."), Replace.EARLIER_RESULT));

        assertEquals(before, entries(here));
    }

    @Test
    void aFileIsRefusedAndKept() throws IOException {
        Path file = Files.writeString(folder.resolve("notes.txt"), "my notes");

        ResultFolderException refused = assertThrows(ResultFolderException.class,
                () -> RunStore.save(lifetime, file, Replace.EARLIER_RESULT));

        assertTrue(refused.getMessage().contains("is a file"), refused.getMessage());
        assertEquals("my notes", Files.readString(file));
        assertEquals(List.of(file), entries(folder));
    }

    @Test
    void anEarlierResultIsReplacedOnlyWhenAsked() throws IOException {
        Path results = folder.resolve("PaaPeoLifetime");
        RunStore.save(lifetime, results, Replace.NEVER);
        Files.writeString(results.resolve(RunStore.SUMMARY), "earlier");

        ResultFolderException refused = assertThrows(ResultFolderException.class,
                () -> RunStore.save(lifetime, results, Replace.NEVER));
        assertTrue(refused.getMessage().contains("--force"), refused.getMessage());
        assertEquals("earlier", Files.readString(results.resolve(RunStore.SUMMARY)));

        RunStore.save(lifetime, results, Replace.EARLIER_RESULT);
        assertTrue(Files.readString(results.resolve(RunStore.SUMMARY)).startsWith("measurement,"));
        assertEquals(List.of(results), entries(folder));
    }

    @Test
    void aResultFolderWithAFileAddedByHandIsNotReplaced() throws IOException {
        Path results = folder.resolve("PaaPeoLifetime");
        RunStore.save(lifetime, results, Replace.NEVER);
        Files.writeString(results.resolve("my-analysis.txt"), "keep me");

        ResultFolderException refused = assertThrows(ResultFolderException.class,
                () -> RunStore.save(lifetime, results, Replace.EARLIER_RESULT));

        assertTrue(refused.getMessage().contains("my-analysis.txt"), refused.getMessage());
        assertEquals("keep me", Files.readString(results.resolve("my-analysis.txt")));
        assertTrue(Files.isRegularFile(RunStore.runFile(results, "PaaPeoLifetime")));
    }

    @Test
    void anEmptyFolderMayBeUsed() throws IOException {
        Path empty = Files.createDirectories(folder.resolve("out"));

        RunStore.save(lifetime, empty, Replace.NEVER);

        assertTrue(Files.isRegularFile(RunStore.runFile(empty, "PaaPeoLifetime")));
        assertTrue(Files.readAllLines(empty.resolve(ResultFolder.MARKER)).contains(RunStore.REPORT));
    }

    @Test
    void ofTwoConcurrentRunsIntoOneFolderOneWritesAndTheOtherIsRefused() throws Exception {
        Path results = folder.resolve("PaaPeoLifetime");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> outcomes = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                outcomes.add(pool.submit(() -> {
                    start.await();
                    try (ResultFolder claimed = ResultFolder.claim(results, Replace.EARLIER_RESULT)) {
                        Thread.sleep(300); // the other run tries while this one is still writing
                        RunStore.save(lifetime, claimed, RunMonitor.NONE);
                        return "saved";
                    } catch (ResultFolderException e) {
                        return e.getMessage();
                    }
                }));
            }
            start.countDown();
            List<String> messages = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                messages.add(outcome.get(60, TimeUnit.SECONDS));
            }
            assertEquals(1, messages.stream().filter("saved"::equals).count(), messages.toString());
            assertTrue(messages.stream().anyMatch(m -> m.startsWith("another run is writing " + results)),
                    messages.toString());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(List.of(results), entries(folder), "one result, no staging folder left");
        assertTrue(Files.isRegularFile(RunStore.runFile(results, "PaaPeoLifetime")));
    }

    @Test
    void aWriterKilledMidSaveLeavesNothingOnceTheNextRunIsDone() throws Exception {
        Path results = folder.resolve("PaaPeoLifetime");
        RunStore.save(lifetime, results, Replace.NEVER);
        String earlier = Files.readString(results.resolve(RunStore.REPORT));

        Process writer = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-cp",
                location(ResultFolder.class) + File.pathSeparator + location(PartialWriter.class),
                PartialWriter.class.getName(), results.toString()).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(),
                StandardCharsets.UTF_8))) {
            assertEquals("writing", out.readLine(), "the writer started saving");
            Thread.sleep(100);
            writer.destroyForcibly(); // SIGKILL: no finally block, no shutdown hook runs
            assertTrue(writer.waitFor(10, TimeUnit.SECONDS));
        }
        assertEquals(2, entries(folder).size(), "the killed writer left its partial folder: " + entries(folder));
        assertEquals(earlier, Files.readString(results.resolve(RunStore.REPORT)), "the earlier result is intact");

        RunStore.save(lifetime, results, Replace.EARLIER_RESULT);

        assertEquals(List.of(results), entries(folder), "no partial folder is left anywhere");
        assertFalse(Files.exists(results.resolve("9-impedance-spectrum.csv")), "no partial file got in");
        assertTrue(Files.isRegularFile(RunStore.runFile(results, "PaaPeoLifetime")));
    }

    @Test
    void aSwapInterruptedByAKillIsUndoneByTheNextClaim() throws IOException {
        Path results = folder.resolve("PaaPeoLifetime");
        RunStore.save(lifetime, results, Replace.NEVER);
        // Killed after moving the earlier result aside and before moving the new one in.
        Path aside = folder.resolve(".PaaPeoLifetime.replaced");
        Files.move(results, aside);

        // NEVER refuses the folder, but only once the earlier result is back in it.
        ResultFolderException refused = assertThrows(ResultFolderException.class,
                () -> ResultFolder.claim(results, Replace.NEVER));

        assertTrue(refused.getMessage().contains("earlier Interphase result"), refused.getMessage());
        assertEquals(List.of(results), entries(folder));
        assertTrue(Files.isRegularFile(RunStore.runFile(results, "PaaPeoLifetime")));
    }

    private static String location(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }

    private static List<Path> entries(Path parent) throws IOException {
        try (Stream<Path> list = Files.list(parent)) {
            return list.sorted().toList();
        }
    }
}
