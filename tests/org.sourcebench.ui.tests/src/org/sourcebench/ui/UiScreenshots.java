package org.sourcebench.ui;

import java.io.File;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/** Saves a PNG of the active shell into {@code sourcebench.screenshots} so that people can look at the UI. */
public final class UiScreenshots {

    private UiScreenshots() {
    }

    public static File save(String name) {
        String dir = System.getProperty("sourcebench.screenshots");
        Display display = Display.getCurrent();
        if (dir == null || display == null) {
            return null;
        }
        while (display.readAndDispatch()) {
            // flush pending paints first
        }
        Shell shell = display.getActiveShell() != null ? display.getActiveShell() : display.getShells()[0];
        Rectangle bounds = shell.getBounds();
        Image image = new Image(display, bounds.width, bounds.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, bounds.x, bounds.y);
        } finally {
            gc.dispose();
        }
        try {
            ImageData data = image.getImageData();
            File folder = new File(dir);
            folder.mkdirs();
            File file = new File(folder, name + ".png");
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { data };
            loader.save(file.getAbsolutePath(), SWT.IMAGE_PNG);
            return file;
        } finally {
            image.dispose();
        }
    }
}
