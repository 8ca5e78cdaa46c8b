package org.interphase.ui.views;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Display;

/** Writes export files atomically: into a temporary file next to the target, then moved over it. */
final class Exports {

    interface Writer {
        void write(Path temporary) throws IOException;
    }

    private Exports() {
    }

    static void atomically(Path target, Writer writer) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        Files.createDirectories(dir);
        Path temporary = Files.createTempFile(dir, "." + absolute.getFileName(), ".tmp");
        try {
            writer.write(temporary);
            // createTempFile makes the file private (rw-------); an export is an ordinary document.
            if (Files.getFileStore(temporary).supportsFileAttributeView("posix")) {
                Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-r--r--"));
            }
            try {
                Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Gives {@code painter} an off-screen image of the given size to draw on and writes it as PNG; disposes both. */
    static void png(Display display, int width, int height, Consumer<GC> painter, Path target) throws IOException {
        Image image = new Image(display, width, height);
        try {
            GC gc = new GC(image);
            try {
                painter.accept(gc);
            } finally {
                gc.dispose();
            }
            ImageData data = image.getImageData();
            atomically(target, temporary -> {
                ImageLoader loader = new ImageLoader();
                loader.data = new ImageData[] {data};
                loader.save(temporary.toString(), SWT.IMAGE_PNG);
            });
        } finally {
            image.dispose();
        }
    }

    static void text(String content, Path target) throws IOException {
        atomically(target, temporary -> Files.writeString(temporary, content));
    }

    /** A CSV field, quoted when needed. */
    static String field(String text) {
        if (text.contains(",") || text.contains("\"") || text.contains("\n")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
