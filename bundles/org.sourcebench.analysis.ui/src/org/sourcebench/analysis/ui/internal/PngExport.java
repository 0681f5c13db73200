package org.sourcebench.analysis.ui.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Display;

/** Paints a view into an off-screen image and saves it as PNG (temp file + rename: nothing half-written). */
public final class PngExport {

    private PngExport() {
    }

    /**
     * @param painter paints the whole picture on the GC it is given
     * @throws IOException naming the file when it cannot be written
     */
    public static void save(Display display, int width, int height, Consumer<GC> painter, Path target) throws IOException {
        Image image = new Image(display, Math.max(1, width), Math.max(1, height));
        try {
            GC gc = new GC(image);
            try {
                gc.setAntialias(SWT.ON);
                gc.setTextAntialias(SWT.ON);
                painter.accept(gc);
            } finally {
                gc.dispose();
            }
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { image.getImageData() };
            Path dir = target.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path temp = Files.createTempFile(dir, ".export", ".png");
            try {
                loader.save(temp.toString(), SWT.IMAGE_PNG);
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (RuntimeException | IOException e) {
                Files.deleteIfExists(temp);
                throw new IOException(target + ": cannot write the PNG: " + e.getMessage(), e);
            }
        } finally {
            image.dispose();
        }
    }
}
