package org.sourcebench.extract.relations;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.sourcebench.extract.syntax.LinearModel;

/**
 * The one place where the learned components find their model files: the bundle's class-path entry (e.g.
 * {@code data/actor-filter.tsv}), unless a system property names another file. Two overrides, both for experiments and
 * the training scripts' cross-validation on a plain JVM, both unset in use:
 * <ul>
 * <li>the component's own property, {@code -D<property>=FILE}, reads FILE instead (the property names are kept as they
 * were: {@code sourcebench.actorDetector.model} ({@code LearnedActorDetector}), {@code sourcebench.actorFilter.model}
 * ({@code LearnedActorFilter}), {@code sourcebench.coref.model} ({@code LearnedCoref}), {@code sourcebench.learnedCues.model}
 * ({@code LearnedCues}), {@code sourcebench.documentSpeakers.model} ({@code DocumentSpeakers}),
 * {@code sourcebench.docPairs.model} ({@link DocumentPairs}), {@code sourcebench.relationFilter.model}
 * ({@link LearnedRelationFilter}), {@code sourcebench.reroot.model} ({@link LearnedReroot}),
 * {@code sourcebench.learnedSpeakers.model} ({@code LearnedSpeakers}) and {@code sourcebench.claimStances.model}
 * ({@link ClaimStances}, whose rows are not a linear model: {@link #rows}); {@link #PROPERTIES} lists them);</li>
 * <li>{@value #MODELS_PROPERTY}{@code =DIR}: {@code DIR/<the entry's file name>} is read instead of the entry when it
 * exists (the stacked cross-validation of {@code releng/scripts/retrain-learned.sh} runs each fold's articles with the
 * models trained without that fold); the component's own property wins over it.</li>
 * </ul>
 * Each component reads its model once per JVM (in a holder class); the models are in the text format of
 * {@link LearnedRoots#parse}. Stateless and thread-safe.
 */
public final class ModelFiles {

	/** The property naming a folder of models read instead of the bundle's (when it holds the entry's file name). */
	public static final String MODELS_PROPERTY = "sourcebench.models";

	/** The components' own override properties, each naming one model file. */
	public static final List<String> PROPERTIES = List.of("sourcebench.actorDetector.model",
			"sourcebench.actorFilter.model", "sourcebench.coref.model", "sourcebench.learnedCues.model",
			"sourcebench.documentSpeakers.model", "sourcebench.docPairs.model", "sourcebench.relationFilter.model",
			"sourcebench.claimStances.model", "sourcebench.reroot.model", "sourcebench.learnedSpeakers.model");

	private static final String MODELS = System.getProperty(MODELS_PROPERTY);

	private ModelFiles() {
	}

	/**
	 * The file read instead of the class-path {@code entry}: the one system property {@code property} names (may be
	 * null: the component has none), else {@code DIR/<file name>} of {@value #MODELS_PROPERTY} when it exists, else null
	 * (the class-path entry is read).
	 */
	public static Path file(String entry, String property) {
		String own = property == null ? null : System.getProperty(property);
		if (own != null) {
			return Path.of(own);
		}
		if (MODELS != null) {
			Path file = Path.of(MODELS, entry.substring(entry.lastIndexOf('/') + 1));
			if (Files.isRegularFile(file)) {
				return file;
			}
		}
		return null;
	}

	/** The model of {@code entry} (on the bundle's class path), or of the file that overrides it ({@link #file}). */
	public static LinearModel read(String entry, String property) {
		Path file = file(entry, property);
		if (file != null) {
			return LearnedRoots.read(file);
		}
		try (InputStream raw = open(entry)) {
			return LearnedRoots.parse(new BufferedReader(new InputStreamReader(raw, StandardCharsets.UTF_8)));
		} catch (IOException e) {
			throw new UncheckedIOException("cannot read model " + entry, e);
		}
	}

	/** The class-path {@code entry} of the extract bundle, or the file that overrides it ({@link #file}), to read. */
	public static InputStream open(String entry, String property) throws IOException {
		Path file = file(entry, property);
		return file != null ? Files.newInputStream(file) : open(entry);
	}

	/**
	 * The tab-separated rows of the file that {@code property} names (blank lines and {@code #} lines skipped), or
	 * null when it is unset (the component reads its own data file).
	 */
	public static List<String[]> rows(String property) {
		String file = System.getProperty(property);
		if (file == null) {
			return null;
		}
		List<String[]> rows = new ArrayList<>();
		try {
			for (String line : Files.readAllLines(Path.of(file), StandardCharsets.UTF_8)) {
				if (!line.isBlank() && !line.startsWith("#")) {
					rows.add(line.split("\t", -1));
				}
			}
		} catch (IOException e) {
			throw new UncheckedIOException(file + ": cannot read", e);
		}
		return rows;
	}

	private static InputStream open(String entry) {
		InputStream raw = ModelFiles.class.getClassLoader().getResourceAsStream(entry);
		if (raw == null) {
			throw new IllegalStateException("model " + entry + " is not on the class path of org.sourcebench.extract");
		}
		return raw;
	}
}
