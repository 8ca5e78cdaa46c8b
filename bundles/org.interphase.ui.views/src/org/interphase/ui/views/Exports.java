package org.interphase.ui.views;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Display;
import org.interphase.core.io.AtomicFiles;

/** Writes export files atomically: into a temporary file next to the target, then moved over it. */
final class Exports {

    private Exports() {
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
            AtomicFiles.write(target, temporary -> {
                ImageLoader loader = new ImageLoader();
                loader.data = new ImageData[] {data};
                loader.save(temporary.toString(), SWT.IMAGE_PNG);
            });
        } finally {
            image.dispose();
        }
    }

    static void text(String content, Path target) throws IOException {
        AtomicFiles.write(target, temporary -> Files.writeString(temporary, content));
    }

    /** A CSV field, quoted when needed. */
    static String field(String text) {
        if (text.contains(",") || text.contains("\"") || text.contains("\n")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
