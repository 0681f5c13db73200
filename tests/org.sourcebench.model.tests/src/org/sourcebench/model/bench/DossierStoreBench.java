package org.sourcebench.model.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.sourcebench.model.Dossier;
import org.sourcebench.model.store.DossierFormat;
import org.sourcebench.model.store.DossierStore;

/**
 * Times saving and loading a synthetic dossier in XMI and binary and prints times and file sizes. Not a
 * test: timings never gate the build.
 *
 * <pre>java ... org.sourcebench.model.bench.DossierStoreBench [sources] [claims] [rounds]</pre>
 * (defaults 10,000 sources, 100,000 claims, 3 rounds; the first round warms up the JIT and is reported too).
 */
public final class DossierStoreBench {

	private DossierStoreBench() {
	}

	/** Runs the bench. */
	public static void main(String[] args) throws Exception {
		int sources = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
		int claims = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
		int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
		long start = System.nanoTime();
		Dossier dossier = SyntheticDossier.create(sources, claims);
		System.out.printf("built %,d sources / %,d claims / %,d actors / %,d relationships in %d ms%n", dossier.getSources().size(),
				dossier.getClaims().size(), dossier.getActors().size(), dossier.getRelationships().size(), millisSince(start));
		Path directory = Files.createTempDirectory("sourcebench-bench");
		DossierStore store = new DossierStore();
		try {
			for (int round = 1; round <= rounds; round++) {
				for (DossierFormat format : DossierFormat.values()) {
					Path file = directory.resolve(format.name().toLowerCase() + ".sbx");
					start = System.nanoTime();
					store.save(dossier, file, format);
					long save = millisSince(start);
					start = System.nanoTime();
					Dossier loaded = store.load(file);
					long load = millisSince(start);
					if (loaded.getClaims().size() != claims) {
						throw new IllegalStateException("lost claims");
					}
					System.out.printf("round %d %-6s save %6d ms  load %6d ms  size %,12d bytes%n", round, format, save, load, Files.size(file));
				}
			}
		} finally {
			try (Stream<Path> files = Files.walk(directory)) {
				for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
					Files.delete(path);
				}
			}
		}
	}

	private static long millisSince(long start) {
		return (System.nanoTime() - start) / 1_000_000;
	}
}
