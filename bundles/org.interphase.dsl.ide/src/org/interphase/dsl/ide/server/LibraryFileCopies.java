package org.interphase.dsl.ide.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;

import org.interphase.dsl.library.LibraryFiles;

/**
 * Read-only copies of the installed library's files on disk, where an editor client can open them: the files live
 * inside the server's jar (a {@code jar:} URI, which VS Code cannot open). The copies are under
 * {@code $XDG_CACHE_HOME/interphase/library} (else {@code ~/.cache/interphase/library}; the system property
 * {@code interphase.cache} overrides the {@code interphase} folder), refreshed when the library changes, and written
 * without write permission, so that the client shows them read-only and a user overrides an entry in a file of
 * their own.
 */
final class LibraryFileCopies {

    private LibraryFileCopies() {
    }

    /** The folder the copies go to. */
    static Path directory() {
        String configured = System.getProperty("interphase.cache");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).resolve("library");
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path cache = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return cache.resolve("interphase").resolve("library");
    }

    /** The copy of {@code file}, written now unless an identical copy is already there. */
    static Path copyOf(LibraryFiles.Text file) throws IOException {
        Path directory = directory().toAbsolutePath().normalize();
        Path target = directory.resolve(file.name()).normalize();
        if (!target.startsWith(directory)) {
            throw new IOException("library file name " + file.name() + " leaves the cache folder");
        }
        byte[] content = file.text().getBytes(StandardCharsets.UTF_8);
        if (Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(target), content)) {
            return target;
        }
        Files.createDirectories(target.getParent());
        // Written beside the target and moved over it, so that a client or another server never reads half a file.
        Path written = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
        try {
            Files.write(written, content);
            if (!written.toFile().setWritable(false, false)) {
                throw new IOException("cannot make " + written + " read-only");
            }
            Files.move(written, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(written);
        }
        return target;
    }
}
