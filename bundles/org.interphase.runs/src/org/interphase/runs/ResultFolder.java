package org.interphase.runs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A results folder claimed for one run: the only way Interphase writes a run's files, so that nothing a user
 * keeps is ever lost.
 * <ul>
 * <li>An existing folder is replaced only if Interphase wrote it (it holds the {@value #MARKER} file that lists
 * what was written) and nothing else has been put in it since; an empty folder may be used. A file, a folder of
 * the user's (a project, {@code .}) or a result folder with a file added by hand is refused before anything runs.
 * <li>An earlier result is replaced only when asked ({@link Replace#EARLIER_RESULT}: {@code --force}, or the IDE's
 * own {@code results/<experiment>} folder).
 * <li>The files are written into a hidden staging folder {@code .<name>.partial} beside the target, which also
 * serves as the claim: a second run into the same folder, from this or another process, is refused while the
 * first is alive. A staging folder left by a killed process (its owner is no longer running) is removed by the
 * next claim, and an earlier result that was moved aside for the swap is put back.
 * </ul>
 */
public final class ResultFolder implements AutoCloseable {

    /** Whether an earlier Interphase result in the target folder may be replaced. */
    public enum Replace {
        /** Refuse a folder that already holds a result. */
        NEVER,
        /** Replace a folder that holds only an earlier result. */
        EARLIER_RESULT
    }

    /** The file that marks a folder as Interphase's and lists the files it wrote, one relative path a line. */
    public static final String MARKER = ".interphase-results";
    private static final String OWNER = ".owner";
    private static final String PARTIAL = ".partial";
    private static final String REPLACED = ".replaced";
    /** A staging folder whose owner file is missing (killed while claiming) counts as abandoned after this. */
    private static final Duration UNCLAIMED_AGE = Duration.ofMinutes(1);

    private final Path target;
    private final Path staging;
    private final Replace replace;
    private boolean committed;
    private boolean resumed;
    private boolean keep;

    private ResultFolder(Path target, Path staging, Replace replace) {
        this.target = target;
        this.staging = staging;
        this.replace = replace;
    }

    /**
     * Claims {@code target} for one run. Call it before the run starts, so that a folder that would be refused
     * costs no simulation time, and close the claim when done ({@link #commit()} first to keep the results).
     *
     * @throws ResultFolderException if the folder may not be written, with what to do instead
     * @throws IOException           if the staging folder cannot be made
     */
    public static ResultFolder claim(Path target, Replace replace) throws IOException {
        return claim(target, replace, false);
    }

    /**
     * Claims {@code target} like {@link #claim(Path, Replace)}, but takes over the staged files a killed or
     * cancelled process left ({@link #keepStaged()}) instead of removing them, so that a long job (a study) goes on
     * where it stopped. {@link #resumed()} tells whether it did.
     */
    public static ResultFolder claimResumable(Path target, Replace replace) throws IOException {
        return claim(target, replace, true);
    }

    private static ResultFolder claim(Path target, Replace replace, boolean resumable) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        if (parent == null) {
            throw new ResultFolderException(absolute + " is the root of the file system; choose a folder for the "
                    + "results");
        }
        refuseWhatMustNotBeReplaced(absolute, replace, false);
        Files.createDirectories(parent);
        Path staging = parent.resolve("." + absolute.getFileName() + PARTIAL);
        boolean resumed = claimStaging(absolute, staging, resumable);
        ResultFolder folder = new ResultFolder(absolute, staging, replace);
        folder.resumed = resumed;
        try {
            folder.recoverInterruptedSwap();
            // Checked again now that the folder is ours: another run may have finished into it meanwhile.
            refuseWhatMustNotBeReplaced(absolute, replace, true);
            return folder;
        } catch (IOException | RuntimeException e) {
            folder.close();
            throw e;
        }
    }

    /** The folder the results are for. */
    public Path target() {
        return target;
    }

    /** The hidden folder to write the results into; it becomes {@link #target()} on {@link #commit()}. */
    public Path staging() {
        return staging;
    }

    /**
     * Marks the staged files as Interphase's and swaps them in for the target: the earlier result (if any) is
     * removed only once the new one is in place.
     */
    public void commit() throws IOException {
        Files.delete(staging.resolve(OWNER));
        List<String> written;
        try (Stream<Path> files = Files.walk(staging)) {
            written = files.filter(Files::isRegularFile).map(file -> staging.relativize(file).toString()
                    .replace('\\', '/')).sorted().toList();
        }
        Files.write(staging.resolve(MARKER), written, StandardCharsets.UTF_8);
        Path replaced = sibling(REPLACED);
        if (Files.exists(target)) {
            refuseWhatMustNotBeReplaced(target, replace, true);
            move(target, replaced);
            try {
                move(staging, target);
            } catch (IOException e) {
                move(replaced, target);
                throw e;
            }
            delete(replaced);
        } else {
            move(staging, target);
        }
        committed = true;
    }

    /** Whether {@link #claimResumable} took over the staged files of an earlier, interrupted claim. */
    public boolean resumed() {
        return resumed;
    }

    /** Leaves the staged files in place on {@link #close()}, for a later {@link #claimResumable} to go on with. */
    public void keepStaged() {
        keep = true;
    }

    /** Releases the claim; staged files that were not committed are removed unless {@link #keepStaged() kept}. */
    @Override
    public void close() {
        if (!committed && !keep) {
            delete(staging);
        }
    }

    /** Refuses a file, a folder Interphase did not write, or one that holds something Interphase did not write. */
    private static void refuseWhatMustNotBeReplaced(Path target, Replace replace, boolean claimed)
            throws IOException {
        if (!Files.exists(target)) {
            return;
        }
        if (!Files.isDirectory(target)) {
            throw new ResultFolderException(target + " is a file, not a results folder; nothing was written. "
                    + "Choose a folder that does not exist yet.");
        }
        Set<String> present = contents(target);
        if (present.isEmpty()) {
            return;
        }
        Path marker = target.resolve(MARKER);
        if (!Files.isRegularFile(marker)) {
            throw new ResultFolderException(target + " is not an Interphase results folder (it holds "
                    + describe(present) + "); nothing was written and nothing deleted. Choose a new folder, "
                    + "e.g. a subfolder of it.");
        }
        if (replace == Replace.NEVER) {
            throw new ResultFolderException(target + " holds an earlier Interphase result; nothing was written. "
                    + "Use --force to replace it, or choose another folder.");
        }
        Set<String> foreign = new TreeSet<>(present);
        foreign.remove(MARKER);
        foreign.removeAll(Files.readAllLines(marker, StandardCharsets.UTF_8));
        if (!foreign.isEmpty()) {
            throw new ResultFolderException(target + " holds files Interphase did not write (" + describe(foreign)
                    + "); nothing was " + (claimed ? "replaced" : "written") + ". Move them away or choose another "
                    + "folder.");
        }
    }

    /** Every file below {@code folder}, as relative paths with '/'; a folder counts as the files it holds. */
    private static Set<String> contents(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(path -> !path.equals(folder))
                    .filter(path -> !Files.isDirectory(path) || isEmptyFolder(path))
                    .map(path -> folder.relativize(path).toString().replace('\\', '/'))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private static boolean isEmptyFolder(Path folder) {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            return !entries.iterator().hasNext();
        } catch (IOException e) {
            return false;
        }
    }

    private static String describe(Set<String> names) {
        List<String> shown = new ArrayList<>(names).subList(0, Math.min(3, names.size()));
        return String.join(", ", shown) + (names.size() > shown.size() ? " and " + (names.size() - shown.size())
                + " more" : "");
    }

    /**
     * Makes the staging folder, taking it over from a process that died while writing: emptied, or with its files
     * if {@code resumable}.
     *
     * @return whether the files of an earlier claim were kept
     */
    private static boolean claimStaging(Path target, Path staging, boolean resumable) throws IOException {
        for (int attempt = 0; attempt < 2; attempt++) {
            try {
                Files.createDirectory(staging);
                Files.writeString(staging.resolve(OWNER), Owner.current().toString(), StandardCharsets.UTF_8);
                return false;
            } catch (FileAlreadyExistsException e) {
                Optional<Owner> owner = Owner.read(staging.resolve(OWNER));
                boolean abandoned = owner.map(o -> !o.isAlive()).orElseGet(() -> olderThan(staging, UNCLAIMED_AGE));
                if (!abandoned) {
                    throw new ResultFolderException("another run is writing " + target + owner.map(o -> " (process "
                            + o.pid() + ")").orElse("") + "; nothing was written. Wait for it to finish or choose "
                            + "another folder.");
                }
                // Renamed first, so that of two runs taking it over at once only one removes it.
                Path abandonedCopy = staging.resolveSibling(staging.getFileName() + "-" + UUID.randomUUID());
                try {
                    move(staging, abandonedCopy);
                } catch (NoSuchFileException gone) {
                    continue;
                }
                if (resumable) {
                    Files.writeString(abandonedCopy.resolve(OWNER), Owner.current().toString(),
                            StandardCharsets.UTF_8);
                    move(abandonedCopy, staging);
                    return true;
                }
                delete(abandonedCopy);
            }
        }
        throw new ResultFolderException("another run is writing " + target + "; nothing was written. Wait for it "
                + "to finish or choose another folder.");
    }

    /**
     * A process killed between moving the earlier result aside and moving the new one in leaves the target
     * missing and the earlier result beside it: it is put back, as it was a complete result.
     */
    private void recoverInterruptedSwap() throws IOException {
        Path replaced = sibling(REPLACED);
        if (!Files.exists(replaced)) {
            return;
        }
        if (Files.exists(target)) {
            delete(replaced);
        } else {
            move(replaced, target);
        }
    }

    private Path sibling(String suffix) {
        return target.resolveSibling("." + target.getFileName() + suffix);
    }

    private static boolean olderThan(Path path, Duration age) {
        try {
            FileTime modified = Files.getLastModifiedTime(path);
            return modified.toInstant().plus(age).isBefore(Instant.now());
        } catch (IOException e) {
            return false;
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static void delete(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // What cannot be removed now is removed by the next claim of the same folder.
        }
    }

    /** The process that holds a staging folder: its id and start time, so a reused id is not mistaken for it. */
    record Owner(long pid, String started) {

        static Owner current() {
            ProcessHandle self = ProcessHandle.current();
            return new Owner(self.pid(), self.info().startInstant().map(Instant::toString).orElse(""));
        }

        static Optional<Owner> read(Path file) {
            try {
                String[] parts = Files.readString(file, StandardCharsets.UTF_8).trim().split(" ", 2);
                return Optional.of(new Owner(Long.parseLong(parts[0]), parts.length > 1 ? parts[1] : ""));
            } catch (IOException | NumberFormatException e) {
                return Optional.empty();
            }
        }

        boolean isAlive() {
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).map(handle -> started.isEmpty()
                    || handle.info().startInstant().map(Instant::toString).map(started::equals).orElse(true))
                    .orElse(false);
        }

        @Override
        public String toString() {
            return pid + " " + started;
        }
    }
}
