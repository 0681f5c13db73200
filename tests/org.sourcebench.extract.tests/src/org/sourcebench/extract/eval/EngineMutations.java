package org.sourcebench.extract.eval;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
 * Mutated variants of the real articles we hold, for the engine's robustness: every sentence alone and damaged
 * (first or last word gone, lower or upper case, no punctuation, quotes stripped or unbalanced, cut mid-word,
 * Unicode dashes, quotes, spaces and invisible characters), whole bodies rewritten (sentences run together, all
 * capitals, lists, tables of numbers, a 2,000-word run-on sentence, a headline alone) and degenerate bodies (empty,
 * whitespace only, one character). Which variants are made is fixed by the article's name and a seed, so a run is
 * repeatable. The articles: the engine's own test articles ({@code resources/articles}) and the study half of the
 * development batches listed in {@code resources/blind-batches.tsv} (odd article numbers of the split batches, all of
 * the batches studied whole; the even numbers and the held-out and confirm batches after
 * {@link RandomMutations#LAST_DEV_BATCH} are never read).
 * <p>
 * {@code EngineMutations [EVERY]} runs the full sweep (or every EVERY-th variant) on a plain JVM and prints each
 * failure once per cause, with its shortest trigger ({@code releng/scripts/robust-extract.sh}).
 */
public final class EngineMutations {

	/** The batches the sessions that made them studied whole (article-sets.sh). */
	private static final List<String> WHOLE_BATCHES = List.of("blind11", "blind13", "blind15", "blind17");
	/** The engine's own test articles ({@code resources/articles}). */
	private static final String[] OWN = {"101_tasnim_astana", "102_kurdistan24_afrin", "103_wire_douma",
		"104_rudaw_euphrates", "105_tass_hajin", "106_gulf_riyadh", "107_fars_idlib", "108_enab_ghouta", "109_ap_manbij",
		"110_k24_sinjar", "111_asharq_golan", "112_presstv_quneitra", "113_afp_sochi"};
	/** A sentence's end, roughly: end punctuation (maybe then a closing quote or bracket) and space. */
	private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?]|[.!?][\"\u201d\u2019)])\\s+");
	/** A capitalised word, a table row's label. */
	private static final Pattern CAPITALISED = Pattern.compile("\\b\\p{Lu}\\w+");

	/** One body to extract, named by its article and the mutation that made it. */
	public record Variant(String name, String body, LocalDate date) {
	}

	private EngineMutations() {
	}

	/** The articles' resource paths under {@code resources/}, without {@code .txt}, in a fixed order. */
	public static List<String> articles() {
		List<String> out = new ArrayList<>();
		for (String name : OWN) {
			out.add("articles/" + name);
		}
		for (String line : TestResources.read("blind-batches.tsv").split("\n")) {
			String[] cells = line.split("\t");
			if (line.startsWith("#") || cells.length < 3) {
				continue;
			}
			String batch = cells[0];
			if (RandomMutations.batchNumber(batch) > RandomMutations.LAST_DEV_BATCH) {
				continue; // the held-out and confirm batches are never read
			}
			for (String name : cells[2].trim().split("\\s+")) {
				int number = Integer.parseInt(name.substring(0, name.indexOf('_')));
				if (WHOLE_BATCHES.contains(batch) || number % 2 == 1) {
					out.add(batch + "/articles/" + name);
				}
			}
		}
		return out;
	}

	/** Bodies no article gives: empty, blank, one character, markup-like debris. */
	public static List<Variant> degenerate() {
		List<Variant> out = new ArrayList<>();
		String[] bodies = {"", " ", "\n", "\n\n\n", " \t\n \u00a0\u2003\n", "\u200b", "\ufeff", ".", "\"", "\u201c",
			"'", "-", "\u2014", "...", "?!", "a", "A", "I", "1", "2019", "\"\"", "\u201c\u201d", "( )", "[]", "\u2022",
			"said", "Said.", "\"Yes,\" he said.", "he said", "said he", "according to", "According to.", "\u00ad",
			"\ud83d\ude00", "\u0301", "\u2028", "\r", "\r\n\r\n", "US", "U.S.", "Mr.", "Syria", "SYRIA", "Damascus.",
			"\"Damascus", "Damascus\"", "The", "the the the the", ". . . . .", "1. 2. 3.", "- - -", "\t\t\t"};
		for (int i = 0; i < bodies.length; i++) {
			out.add(new Variant("degenerate#" + i, bodies[i], null));
		}
		return out;
	}

	/** Every variant of one article (resource path {@code path}, body {@code body}). */
	public static void variants(String path, String title, String body, long seed, Consumer<Variant> sink) {
		Random random = new Random(seed * 31 + path.hashCode());
		LocalDate date = LocalDate.of(2019, 3, 1);
		String name = path.substring(path.lastIndexOf('/') + 1);
		List<String> sentences = sentences(body);
		sink.accept(new Variant(name + "|title", title, null));
		sink.accept(new Variant(name + "|title+nl", title + "\n", date));
		for (int i = 0; i < sentences.size(); i++) {
			String s = sentences.get(i);
			String at = name + "|s" + i + "|";
			sink.accept(new Variant(at + "alone", s, i % 2 == 0 ? null : date));
			sink.accept(new Variant(at + "-first", dropFirstWord(s), null));
			sink.accept(new Variant(at + "-last", dropLastWord(s), null));
			sink.accept(new Variant(at + "-lastword", dropLastWordKeepEnd(s), null));
			sink.accept(new Variant(at + "lower", s.toLowerCase(Locale.ROOT), null));
			sink.accept(new Variant(at + "upper", s.toUpperCase(Locale.ROOT), null));
			sink.accept(new Variant(at + "nopunct", s.replaceAll("\\p{P}", ""), null));
			sink.accept(new Variant(at + "noquotes", s.replaceAll("[\"\u201c\u201d\u2018\u2019'\u00ab\u00bb]", ""), null));
			sink.accept(new Variant(at + "quote", insertAtWord(s, "\"", random), null));
			sink.accept(new Variant(at + "openquote", "\u201c" + s, date));
			sink.accept(new Variant(at + "cut", cut(s, random), null));
			sink.accept(new Variant(at + "unicode", unicode(s, random), null));
			sink.accept(new Variant(at + "invisible", invisible(s, random), null));
			sink.accept(new Variant(at + "drop", dropWords(s, random), null));
			sink.accept(new Variant(at + "tokens", s.replaceAll("(?<=\\w)(?=\\p{P})|(?<=\\p{P})(?=\\w)", " "), null));
			sink.accept(new Variant(at + "twice", s + s, null));
			if (i + 1 < sentences.size()) {
				sink.accept(new Variant(at + "glued", s + sentences.get(i + 1), null));
			}
		}
		sink.accept(new Variant(name + "|whole", body, date));
		sink.accept(new Variant(name + "|titled", title + "\n" + body, date));
		sink.accept(new Variant(name + "|nospace", body.replaceAll("(?<=[.!?][\"\u201d\u2019)]?)\\s+", ""), null));
		sink.accept(new Variant(name + "|oneline", body.replaceAll("\\s*\n\\s*", " "), null));
		sink.accept(new Variant(name + "|crlf", body.replace("\n", "\r\n"), null));
		sink.accept(new Variant(name + "|cr", body.replace("\n", "\r"), null));
		sink.accept(new Variant(name + "|upper", body.toUpperCase(Locale.ROOT), date));
		sink.accept(new Variant(name + "|lower", body.toLowerCase(Locale.ROOT), null));
		sink.accept(new Variant(name + "|nopunct", body.replaceAll("\\p{P}", ""), null));
		sink.accept(new Variant(name + "|noquotes", body.replaceAll("[\"\u201c\u201d\u2018\u2019\u00ab\u00bb]", ""), null));
		sink.accept(new Variant(name + "|openquote", "\"" + body, null));
		sink.accept(new Variant(name + "|cut", cut(body, random), null));
		sink.accept(new Variant(name + "|unicode", unicode(body, random), date));
		sink.accept(new Variant(name + "|invisible", invisible(body, random), null));
		sink.accept(new Variant(name + "|list", list(sentences, random), null));
		sink.accept(new Variant(name + "|table", table(sentences, random), null));
		sink.accept(new Variant(name + "|runon", runOn(sentences, false), null));
		sink.accept(new Variant(name + "|runon-bare", runOn(sentences, true), null));
	}

	/** Every variant of every article, then the degenerate bodies. */
	public static void all(long seed, Consumer<Variant> sink) {
		for (Variant v : degenerate()) {
			sink.accept(v);
		}
		for (String path : articles()) {
			String file = TestResources.read(path + ".txt").replace("\r\n", "\n");
			if (file.startsWith("\ufeff")) {
				file = file.substring(1);
			}
			int nl = file.indexOf('\n');
			String title = nl < 0 ? file : file.substring(0, nl);
			variants(path, title, TestResources.titleThenBody(file), seed, sink);
		}
	}

	/** The body's sentences, roughly: paragraphs cut after end punctuation followed by a space. */
	static List<String> sentences(String body) {
		List<String> out = new ArrayList<>();
		for (String paragraph : body.split("\n")) {
			for (String s : SENTENCE_END.split(paragraph.strip())) {
				if (!s.isBlank()) {
					out.add(s);
				}
			}
		}
		return out;
	}

	private static String dropFirstWord(String s) {
		int space = s.indexOf(' ');
		return space < 0 ? "" : s.substring(space + 1);
	}

	private static String dropLastWord(String s) {
		int space = s.lastIndexOf(' ');
		return space < 0 ? "" : s.substring(0, space);
	}

	private static String dropLastWordKeepEnd(String s) {
		int space = s.lastIndexOf(' ');
		if (space < 0) {
			return s;
		}
		int end = s.length();
		while (end > space + 1 && !Character.isLetterOrDigit(s.charAt(end - 1))) {
			end--;
		}
		return s.substring(0, space) + s.substring(end);
	}

	/** A position in {@code s} that does not split a surrogate pair. */
	private static int position(String s, Random random) {
		int at = random.nextInt(s.length() + 1);
		return at > 0 && at < s.length() && Character.isLowSurrogate(s.charAt(at)) ? at - 1 : at;
	}

	private static String cut(String s, Random random) {
		return s.isEmpty() ? s : s.substring(0, position(s, random));
	}

	private static String insertAtWord(String s, String what, Random random) {
		List<Integer> starts = new ArrayList<>();
		for (int i = 0; i <= s.length(); i++) {
			if (i == 0 || i == s.length() || s.charAt(i - 1) == ' ') {
				starts.add(i);
			}
		}
		int at = starts.get(random.nextInt(starts.size()));
		return s.substring(0, at) + what + s.substring(at);
	}

	private static String dropWords(String s, Random random) {
		StringBuilder b = new StringBuilder();
		for (String w : s.split(" ")) {
			if (random.nextInt(4) > 0) {
				b.append(b.length() > 0 ? " " : "").append(w);
			}
		}
		return b.toString();
	}

	/** Typographic and foreign forms of spaces, dashes, quotes and apostrophes. */
	private static String unicode(String s, Random random) {
		String[] spaces = {"\u00a0", "\u2009", "\u202f", "\u3000", "\t", "  ", "\u2028"};
		String[] dashes = {"\u2013", "\u2014", "\u2212", "\u2010", "\u2011"};
		StringBuilder b = new StringBuilder();
		boolean open = true;
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			int roll = random.nextInt(5);
			if (c == ' ' && roll < 2) {
				b.append(spaces[random.nextInt(spaces.length)]);
			} else if (c == '-' && roll < 4) {
				b.append(dashes[random.nextInt(dashes.length)]);
			} else if (c == '"' || c == '\u201c' || c == '\u201d') {
				String[] quotes = open ? new String[] {"\u201c", "\u00ab", "\u201e", "\"", "\u201d"}
						: new String[] {"\u201d", "\u00bb", "\u201c", "\""};
				b.append(quotes[random.nextInt(quotes.length)]);
				open = !open;
			} else if ((c == '\'' || c == '\u2019') && roll < 3) {
				b.append(roll == 0 ? '\'' : roll == 1 ? '\u2019' : '\u02bc');
			} else if (c == 'e' && roll == 0 && random.nextInt(8) == 0) {
				b.append("e\u0301");
			} else if (c == '.' && roll == 0 && random.nextInt(6) == 0) {
				b.append('\u3002');
			} else if (c == ',' && roll == 0 && random.nextInt(6) == 0) {
				b.append('\uff0c');
			} else {
				b.append(c);
			}
		}
		return b.toString();
	}

	/** Invisible and pictographic characters inserted at random places, inside words too. */
	private static String invisible(String s, Random random) {
		String[] marks = {"\u200b", "\u200c", "\u200d", "\ufeff", "\u00ad", "\u200e", "\u200f", "\u2060",
			"\ud83d\ude00", "\ud83c\uddf8\ud83c\uddfe", "\u0301", "\ufffd", "\u0000", "\u202e"};
		StringBuilder b = new StringBuilder(s);
		int n = 1 + s.length() / 40;
		for (int k = 0; k < n; k++) {
			int at = position(b.toString(), random);
			b.insert(at, marks[random.nextInt(marks.length)]);
		}
		return b.toString();
	}

	private static String list(List<String> sentences, Random random) {
		String[] bullets = {"\u2022 ", "- ", "* ", "", "\u25cf\t"};
		StringBuilder b = new StringBuilder();
		for (int i = 0; i < sentences.size(); i++) {
			String bullet = random.nextInt(3) == 0 ? (i + 1) + ". " : bullets[random.nextInt(bullets.length)];
			b.append(bullet).append(sentences.get(i).replaceAll("[.!?]$", "")).append('\n');
		}
		return b.toString();
	}

	/** Rows of numbers and the sentences' capitalised words, as a scraped table reads. */
	private static String table(List<String> sentences, Random random) {
		StringBuilder b = new StringBuilder("Region\tKilled\tWounded\tChange\n");
		for (String s : sentences) {
			Matcher m = CAPITALISED.matcher(s);
			String label = m.find() ? m.group() : "Total";
			b.append(label).append(random.nextBoolean() ? "\t" : " | ").append(random.nextInt(100000))
					.append('\t').append(String.format(Locale.ROOT, "%,d", random.nextInt(10000000)))
					.append('\t').append(random.nextBoolean() ? "-" : "+").append(random.nextInt(100)).append('.')
					.append(random.nextInt(10)).append("%\n");
		}
		return b.toString();
	}

	/** About 2,000 words in one sentence: the sentences joined by "and" (or by nothing), no end mark but the last. */
	private static String runOn(List<String> sentences, boolean bare) {
		StringBuilder b = new StringBuilder();
		int words = 0;
		for (int k = 0; words < 2000 && !sentences.isEmpty() && k < 1000; k++) {
			String s = sentences.get(k % sentences.size());
			s = bare ? s.replaceAll("\\p{P}", "") : s.replaceAll("[.!?][\"\u201d\u2019)]?$", "");
			b.append(b.length() == 0 ? "" : bare ? " " : ", and ").append(s);
			words += s.split(" ").length;
		}
		return b.append(bare ? "" : ".").toString();
	}

	/**
	 * The faults of one extraction: an exception or a failed stage (a warning), or a span (actor or location mention, claim or relation evidence)
	 * that is not the body's substring at its offsets. Empty when the result is sound.
	 */
	public static List<String> faults(ExtractionEngine engine, Variant v) {
		List<String> out = new ArrayList<>();
		DocumentExtraction d;
		try {
			d = engine.extract(v.body(), ExtractionOptions.dated(v.date()));
		} catch (RuntimeException | StackOverflowError e) {
			out.add(describe(e));
			return out;
		}
		for (ExtractionWarning w : d.warnings()) { // a stage failed: its results are lost
			out.add(w.stage() + ": " + describe(w.error()));
		}
		if (!d.body().equals(v.body())) {
			out.add("body differs");
		}
		for (ExtractedActor a : d.actors()) {
			a.mentions().forEach(m -> span("actor " + a.name(), m, v.body(), out));
		}
		for (ExtractedLocation l : d.locations()) {
			l.mentions().forEach(m -> span("location " + l.name(), m, v.body(), out));
		}
		for (ExtractedClaim c : d.claims()) {
			span("claim of " + c.speaker(), c.evidence(), v.body(), out);
		}
		for (ExtractedRelationship r : d.relationships()) {
			span("relation " + r.from() + " " + r.cameoCode() + " " + r.to(), r.evidence(), v.body(), out);
		}
		return out;
	}

	private static void span(String what, TextSpan s, String body, List<String> out) {
		if (s == null) {
			out.add(what + ": no span");
		} else if (s.begin() < 0 || s.end() > body.length() || s.begin() > s.end()) {
			out.add(what + ": span " + s.begin() + "-" + s.end() + " outside the body (" + body.length() + ")");
		} else if (!body.substring(s.begin(), s.end()).equals(s.text())) {
			out.add(what + ": span " + s.begin() + "-" + s.end() + " text \"" + s.text() + "\" is not the body's");
		}
	}

	/** The exception and the engine's innermost frame that threw it: one line per cause. */
	private static String describe(Throwable e) {
		String where = "";
		for (StackTraceElement f : e.getStackTrace()) {
			if (f.getClassName().startsWith("org.sourcebench")) {
				where = " at " + f.getClassName().substring(f.getClassName().lastIndexOf('.') + 1) + "."
						+ f.getMethodName() + ":" + f.getLineNumber();
				break;
			}
		}
		String message = e.getMessage() == null ? "" : ": " + e.getMessage();
		return e.getClass().getSimpleName() + message + where;
	}

	/**
	 * {@code EngineMutations [EVERY [SEED [NAMES]]]}: extracts every EVERY-th variant (default 1: all) whose name
	 * matches the regular expression NAMES (default: all), prints the faults.
	 */
	public static void main(String[] args) {
		int every = args.length > 0 ? Integer.parseInt(args[0]) : 1;
		long seed = args.length > 1 ? Long.parseLong(args[1]) : 14;
		Pattern names = Pattern.compile(args.length > 2 ? args[2] : ".*");
		ExtractionEngine engine = ExtractionEngine.createDefault();
		Map<String, Variant> first = new LinkedHashMap<>();
		Map<String, Integer> counts = new LinkedHashMap<>();
		long[] n = new long[3];
		long start = System.nanoTime();
		all(seed, v -> {
			if (!names.matcher(v.name()).find() || n[0]++ % every != 0) {
				return;
			}
			n[1]++;
			long t = System.nanoTime();
			for (String f : faults(engine, v)) {
				String key = f.replaceAll("\"[^\"]*\"|\\d+-\\d+|\\(\\d+\\)", "_");
				counts.merge(key, 1, Integer::sum);
				Variant was = first.get(key);
				if (was == null) {
					System.out.println("NEW " + key + " in " + v.name() + " (" + v.body().length() + " chars)");
				}
				if (was == null || v.body().length() < was.body().length()) {
					first.put(key, v);
				}
			}
			long ms = (System.nanoTime() - t) / 1_000_000;
			if (ms > 3000) {
				System.out.println("SLOW " + ms + " ms " + v.name() + " (" + v.body().length() + " chars)");
			}
			n[2] = Math.max(n[2], ms);
		});
		System.out.printf("%d of %d variants in %.1f s (slowest %d ms); %d causes%n", n[1], n[0],
				(System.nanoTime() - start) / 1e9, n[2], counts.size());
		counts.forEach((key, count) -> {
			Variant v = first.get(key);
			System.out.println("FAULT " + count + "x " + key);
			System.out.println("  shortest: " + v.name() + " date=" + v.date() + " (" + v.body().length() + " chars) "
					+ escape(v.body().length() > 300 ? v.body().substring(0, 300) + "..." : v.body()));
		});
	}

	private static String escape(String s) {
		StringBuilder b = new StringBuilder("\"");
		for (char c : s.toCharArray()) {
			b.append(c >= 0x20 && c < 0x7f ? String.valueOf(c) : String.format("\\u%04x", (int) c));
		}
		return b.append('"').toString();
	}
}
