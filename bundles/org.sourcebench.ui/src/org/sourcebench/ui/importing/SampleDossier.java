package org.sourcebench.ui.importing;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.eclipse.ui.IWorkbenchPage;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.sourcebench.core.io.AtomicFileWriter;
import org.sourcebench.ui.editor.DossierEditor;
import org.sourcebench.ui.handlers.DossierEditors;

/**
 * "Open the sample dossier": the articles shipped in this bundle's {@code samples/} folder, imported into a
 * dossier in the workbench's state area and analysed on the spot, so that a new analyst sees a filled
 * workbench in one click. A sample dossier made earlier is reopened as it was left.
 */
public final class SampleDossier {

    /** The sample dossier's file name. */
    public static final String FILE_NAME = "Sample dossier.sbx";

    private SampleDossier() {
    }

    /**
     * Opens the sample dossier, creating and filling it first if needed.
     *
     * @return the import job that fills a new sample dossier, or null when an existing one was reopened (or
     *         the editor could not be opened)
     */
    public static ImportArticlesJob open(IWorkbenchPage page) throws IOException {
        Path folder = Platform.getStateLocation(bundle()).toPath().resolve("sample");
        Path file = folder.resolve(FILE_NAME);
        if (Files.isRegularFile(file)) {
            DossierEditors.open(page, file);
            return null;
        }
        Path articles = copyArticles(folder.resolve("articles"));
        DossierEditor editor = DossierEditors.create(page, file);
        return editor == null ? null : ArticleImports.start(editor, List.of(articles), true, false);
    }

    /** Copies the shipped articles out of the (possibly jarred) bundle into {@code target}. */
    static Path copyArticles(Path target) throws IOException {
        Files.createDirectories(target);
        Enumeration<URL> entries = bundle().findEntries("samples", "*", false);
        while (entries != null && entries.hasMoreElements()) {
            URL entry = entries.nextElement();
            String name = entry.getPath().substring(entry.getPath().lastIndexOf('/') + 1);
            if (name.isEmpty()) {
                continue;
            }
            AtomicFileWriter.write(target.resolve(name), false, out -> {
                try (InputStream in = entry.openStream()) {
                    in.transferTo(out);
                }
            });
        }
        return target;
    }

    private static Bundle bundle() {
        return FrameworkUtil.getBundle(SampleDossier.class);
    }
}
