package org.sourcebench.extract.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

import org.sourcebench.extract.DocumentExtraction;
import org.sourcebench.extract.ExtractedActor;
import org.sourcebench.extract.ExtractedClaim;
import org.sourcebench.extract.ExtractedLocation;
import org.sourcebench.extract.ExtractedRelationship;
import org.sourcebench.extract.ExtractionEngine;
import org.sourcebench.extract.ExtractionOptions;
import org.sourcebench.extract.ExtractionWarning;
import org.sourcebench.extract.TextSpan;

/**
 * Random-offset mutations of the annotated development articles (every article of batches 1 to
 * {@value #LAST_DEV_BATCH} in {@code blind-batches.tsv}; the held-out and confirm batches after it are never read), for
 * the engine's robustness where {@link EngineMutations} changes whole sentences: each variant is a random piece of an
 * article (or the whole) with one to three edits at random offsets, mid-word too — quotation, bracket and apostrophe
 * debris, a bracketed source with a cue (" (KCNA) said "), an opening quotation mark and "The" before sentences, cuts,
 * deletions, repeats, capitals, curly or straight quotation marks, no full stops, lines joined or broken. The seed fixes everything, so a fault is repeatable by its
 * variant's name ({@code article|n|edits}).
 * <p>
 * {@code RandomMutations [COUNT [SEED]]} runs COUNT variants (default 10,000) on a plain JVM and prints each fault
 * once per cause with its shortest trigger (the sweep); {@code RandomMutationTest} runs a few hundred.
 */
public final class RandomMutations {

	/** The last annotated development batch (the held-out and confirm batches come after it). */
	static final int LAST_DEV_BATCH = 48;
	/** The longest piece of an article a variant keeps, but for its whole-article variants (characters). */
	private static final int PIECE = 1500;
	private static final String[] DEBRIS = {"\u201c", "\u201d", "\"", "'", "\u2019", "\u2018", "(", ")", "[", "]", "\u00ab",
		"\u00bb", "\u2014", " - ", ",", ".", ":", ";", "\u2019s", "'s", "s\u2019", " \u201c", "\u201d ", "\"\"", "()", "..."};
	private static final String[] ASIDES = {" (KCNA) said ", "(SDF) warned that ", " (AFP) \u2013 ", " (Reuters) - ",
		"(UN) ", " (ISW) assessed that ", " (the ministry) said: \u201c", ", (IRNA) reported", " [SANA] ", " (KCNA) said"};

	/** One body to extract, named by its article, its number and its edits. */
	public record Variant(String name, String body) {
	}

	private RandomMutations() {
	}

	/** The development articles' resource paths under {@code resources/}, without {@code .txt}, in a fixed order. */
	public static List<String> devArticles() {
		List<String> out = new ArrayList<>();
		for (String line : TestResources.read("blind-batches.tsv").split("\n")) {
			String[] cells = line.split("\t");
			if (line.startsWith("#") || cells.length < 3) {
				continue;
			}
			String batch = cells[0];
			if (batchNumber(batch) <= LAST_DEV_BATCH) {
				for (String name : cells[2].trim().split("\\s+")) {
					out.add(batch + "/articles/" + name);
				}
			}
		}
		return out;
	}

	/** The number of an annotated batch's folder ("blind" is batch 1, "blind12" batch 12). */
	static int batchNumber(String folder) {
		return folder.equals("blind") ? 1 : Integer.parseInt(folder.substring("blind".length()));
	}

	/** {@code count} variants drawn with {@code seed}: articles at random, each cut and edited at random offsets. */
	public static void variants(int count, long seed, Consumer<Variant> sink) {
		Random random = new Random(seed);
		List<String> articles = devArticles();
		Map<String, String> bodies = new LinkedHashMap<>();
		for (int n = 0; n < count; n++) {
			String path = articles.get(random.nextInt(articles.size()));
			String body = bodies.computeIfAbsent(path, p -> TestResources.titleThenBody(
					TestResources.read(p + ".txt").replace("\r\n", "\n").replace("\ufeff", "")));
			StringBuilder text = new StringBuilder(body);
			StringBuilder edits = new StringBuilder();
			if (random.nextInt(5) > 0 && text.length() > PIECE) { // a piece, cut at any character
				int begin = random.nextInt(text.length() - PIECE / 2);
				text = new StringBuilder(text.substring(begin, Math.min(text.length(), begin + PIECE / 3
						+ random.nextInt(PIECE))));
				edits.append("piece").append(begin);
			}
			for (int e = 1 + random.nextInt(3); e > 0; e--) {
				edits.append(edits.length() > 0 ? "+" : "").append(edit(text, random));
			}
			sink.accept(new Variant(path.substring(path.lastIndexOf('/') + 1) + "|" + n + "|" + edits, text.toString()));
		}
	}

	/** One edit of {@code t} at random offsets; returns its name. */
	private static String edit(StringBuilder t, Random random) {
		int kind = random.nextInt(12);
		int at = random.nextInt(t.length() + 1);
		switch (kind) {
			case 0, 1 -> { // debris at several places
				for (int k = 1 + random.nextInt(8); k > 0; k--) {
					t.insert(random.nextInt(t.length() + 1), DEBRIS[random.nextInt(DEBRIS.length)]);
				}
				return "debris";
			}
			case 2 -> { // a bracketed source and a cue, at the start as often as anywhere
				t.insert(random.nextBoolean() ? 0 : at, ASIDES[random.nextInt(ASIDES.length)]);
				return "aside";
			}
			case 3 -> { // an opening quotation mark and "The" before some sentences
				String[] parts = t.toString().split("(?<=[.!?\n] )|(?<=\n)", -1);
				StringBuilder b = new StringBuilder();
				for (String p : parts) {
					b.append(random.nextInt(3) == 0 ? "\u201cThe " : "").append(p);
				}
				t.replace(0, t.length(), b.toString());
				return "quoteThe";
			}
			case 4 -> {
				t.setLength(at);
				return "cut";
			}
			case 5 -> {
				t.delete(0, at);
				return "tail";
			}
			case 6 -> { // a few characters to a few words gone
				t.delete(at, Math.min(t.length(), at + 1 + random.nextInt(40)));
				return "delete";
			}
			case 7 -> { // a stretch repeated
				int end = Math.min(t.length(), at + random.nextInt(200));
				t.insert(end, t.substring(at, end));
				return "repeat";
			}
			case 8 -> { // a stretch in capitals
				int end = Math.min(t.length(), at + random.nextInt(300));
				t.replace(at, end, t.substring(at, end).toUpperCase(Locale.ROOT));
				return "upper";
			}
			case 10 -> { // quotation marks and apostrophes all curly or all straight
				String s = t.toString();
				t.replace(0, t.length(), random.nextBoolean() ? s.replace('"', '\u201c').replace('\'', '\u2019')
						: s.replace('\u201c', '"').replace('\u201d', '"').replace('\u2019', '\''));
				return "quotes";
			}
			case 11 -> { // no full stops
				t.replace(0, t.length(), t.toString().replace(".", ""));
				return "nodots";
			}
			default -> { // lines joined or broken
				String s = random.nextBoolean() ? t.toString().replace("\n", " ") : t.toString().replace(". ", ".\n");
				t.replace(0, t.length(), s);
				return "lines";
			}
		}
	}

	/**
	 * The faults of one extraction: an exception, a failed stage (a warning), or a span (actor or location mention,
	 * claim or relation evidence) that is not a non-empty piece of the body with the body's text at its offsets.
	 */
	public static List<String> faults(ExtractionEngine engine, Variant v) {
		List<String> out = new ArrayList<>();
		DocumentExtraction d;
		try {
			d = engine.extract(v.body(), ExtractionOptions.DEFAULT.withDocument(v.name()));
		} catch (RuntimeException | StackOverflowError e) {
			out.add("extract: " + ExtractionWarning.describe(e));
			return out;
		}
		for (ExtractionWarning w : d.warnings()) {
			out.add(w.stage() + ": " + w.cause());
		}
		for (ExtractedActor a : d.actors()) {
			a.mentions().forEach(m -> span("actor", m, v.body(), out));
		}
		for (ExtractedLocation l : d.locations()) {
			l.mentions().forEach(m -> span("location", m, v.body(), out));
		}
		for (ExtractedClaim c : d.claims()) {
			span("claim", c.evidence(), v.body(), out);
		}
		for (ExtractedRelationship r : d.relationships()) {
			span("relation", r.evidence(), v.body(), out);
		}
		return out;
	}

	private static void span(String what, TextSpan s, String body, List<String> out) {
		if (s == null) {
			out.add(what + ": no span");
		} else if (s.begin() < 0 || s.end() > body.length() || s.begin() >= s.end()) {
			out.add(what + ": span " + s.begin() + "-" + s.end() + " not inside the body (" + body.length() + ")");
		} else if (!body.substring(s.begin(), s.end()).equals(s.text())) {
			out.add(what + ": span " + s.begin() + "-" + s.end() + " is not the body's text");
		}
	}

	/** {@code RandomMutations [COUNT [SEED]]}: the sweep; prints each fault once per cause, with its shortest trigger. */
	public static void main(String[] args) {
		int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
		long seed = args.length > 1 ? Long.parseLong(args[1]) : 22;
		ExtractionEngine engine = ExtractionEngine.createDefault();
		Map<String, Variant> shortest = new LinkedHashMap<>();
		Map<String, Integer> counts = new LinkedHashMap<>();
		long start = System.nanoTime();
		int[] n = {0};
		variants(count, seed, v -> {
			for (String f : faults(engine, v)) {
				String key = f.replaceAll("\\d+", "N");
				if (counts.merge(key, 1, Integer::sum) == 1) {
					System.out.println("NEW " + key + " in " + v.name() + " (" + v.body().length() + " chars)");
				}
				if (!shortest.containsKey(key) || v.body().length() < shortest.get(key).body().length()) {
					shortest.put(key, v);
				}
			}
			if (++n[0] % 1000 == 0) {
				System.out.printf("%d variants, %.0f s%n", n[0], (System.nanoTime() - start) / 1e9);
			}
		});
		System.out.printf("%d variants in %.1f s; %d causes%n", count, (System.nanoTime() - start) / 1e9, counts.size());
		counts.forEach((key, c) -> {
			Variant v = shortest.get(key);
			System.out.println(c + "x " + key + "\n    shortest: " + v.name() + " (" + v.body().length() + " chars): "
					+ v.body().replace("\n", "\\n"));
		});
	}
}
