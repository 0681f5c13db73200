package org.sourcebench.analysis.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Display;
import org.sourcebench.core.io.AtomicFileWriter;

/** Paints a view into an off-screen image and saves it as PNG through the AtomicFileWriter (nothing half-written). */
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
            AtomicFileWriter.write(target, false, out -> loader.save(out, SWT.IMAGE_PNG));
        } finally {
            image.dispose();
        }
    }
}
