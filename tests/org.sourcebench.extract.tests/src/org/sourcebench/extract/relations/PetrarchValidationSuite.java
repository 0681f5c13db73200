package org.sourcebench.extract.relations;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sourcebench.extract.data.PetrarchActorDictionary;
import org.sourcebench.extract.data.PetrarchAgentDictionary;
import org.sourcebench.extract.data.PetrarchSource;
import org.sourcebench.extract.data.PetrarchVerbDictionary;
import org.sourcebench.extract.eval.TestResources;
import org.sourcebench.extract.syntax.DependencyParser;
import org.sourcebench.extract.syntax.ParsedSentence;

/**
 * The PETRARCH 2 unit-test records ({@code resources/petrarch/PETR.UnitTest.records.xml}, openeventdata/petrarch2,
 * MIT) with the suite's own {@code PETR.Validate.*} dictionaries: each record's sentence, date, Treebank parse and
 * expected events (source code, target code, CAMEO code; or none). Records that expect a coding error are left
 * out. Scores an {@link EventCoder} on them.
 */
final class PetrarchValidationSuite {

	record Event(String source, String target, String code) {
		String root() {
			return code.length() >= 2 ? code.substring(0, 2) : code;
		}
	}

	record Record(String id, String category, LocalDate date, String text, String parse, List<Event> expected) {
	}

	/** Recall, precision (events whose source, target and root code agree) and exact-code accuracy among hits. */
	record Score(int expected, int predicted, int recalled, int precise, int exact) {
		double recall() {
			return expected == 0 ? 1 : (double) recalled / expected;
		}

		double precision() {
			return predicted == 0 ? 1 : (double) precise / predicted;
		}

		double exactAccuracy() {
			return recalled == 0 ? 0 : (double) exact / recalled;
		}

		@Override
		public String toString() {
			return String.format("expected %d, predicted %d, recall %.3f, precision %.3f, exact-code accuracy %.3f",
					expected, predicted, recall(), precision(), exactAccuracy());
		}
	}

	private static final Pattern SENTENCE = Pattern.compile("<Sentence\\s([^>]*)>(.*?)</Sentence>", Pattern.DOTALL);
	private static final Pattern CODING = Pattern.compile("<EventCoding\\s([^>]*)>");
	private static final Pattern TEXT = Pattern.compile("<Text>(.*?)</Text>", Pattern.DOTALL);
	private static final Pattern PARSE = Pattern.compile("<Parse>(.*?)</Parse>", Pattern.DOTALL);

	private PetrarchValidationSuite() {
	}

	static List<Record> records() {
		String xml = TestResources.read("petrarch/PETR.UnitTest.records.xml").replaceAll("(?s)<!--.*?-->", "");
		List<Record> out = new ArrayList<>();
		Matcher m = SENTENCE.matcher(xml);
		while (m.find()) {
			String attrs = m.group(1);
			String body = m.group(2);
			Matcher t = TEXT.matcher(body);
			Matcher p = PARSE.matcher(body);
			if (!t.find() || !p.find()) {
				continue;
			}
			List<Event> events = new ArrayList<>();
			boolean error = false;
			Matcher c = CODING.matcher(body);
			while (c.find()) {
				String a = c.group(1);
				if (attr(a, "error") != null) {
					error = true;
				} else if (attr(a, "eventcode") != null) {
					events.add(new Event(attr(a, "sourcecode"), attr(a, "targetcode"), attr(a, "eventcode")));
				}
			}
			if (error) {
				continue;
			}
			String d = attr(attrs, "date");
			LocalDate date = LocalDate.of(Integer.parseInt(d.substring(0, 4)), Integer.parseInt(d.substring(4, 6)),
					Integer.parseInt(d.substring(6, 8)));
			out.add(new Record(attr(attrs, "id"), attr(attrs, "category"), date, t.group(1).trim(), p.group(1),
					events));
		}
		return out;
	}

	private static String attr(String attrs, String name) {
		Matcher m = Pattern.compile("\\b" + name + "\\s*=\\s*\"([^\"]*)\"").matcher(attrs);
		return m.find() ? m.group(1).trim() : null;
	}

	static EventCoder coder() {
		return new EventCoder(new PetrarchVerbDictionary(List.of(source("PETR.Validate.verbs.txt"))),
				new PetrarchActorDictionary(List.of(source("PETR.Validate.actors.txt"))),
				new PetrarchAgentDictionary(List.of(source("PETR.Validate.agents.txt"))));
	}

	private static PetrarchSource source(String name) {
		try {
			return PetrarchSource.read(name, new StringReader(TestResources.read("petrarch/" + name)));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The distinct events the coder finds in a record's Treebank parse. */
	static Set<Event> predict(EventCoder coder, Record r) {
		ParsedSentence s = PennTreebank.parse(r.parse());
		Set<Event> out = new LinkedHashSet<>();
		for (EventCoder.CodedEvent e : coder.code(s, r.date())) {
			out.add(new Event(e.source().code(), e.target().code(), e.code()));
		}
		return out;
	}

	/** The distinct events the coder finds in {@code parser}'s parse of the record's text (not its Treebank parse). */
	static Set<Event> predict(EventCoder coder, Record r, DependencyParser parser) {
		Set<Event> out = new LinkedHashSet<>();
		for (ParsedSentence s : parser.parse(r.text().replaceAll("\\s+", " "))) { // one sentence, line breaks and all
			for (EventCoder.CodedEvent e : coder.code(s, r.date())) {
				out.add(new Event(e.source().code(), e.target().code(), e.code()));
			}
		}
		return out;
	}

	static Score score(EventCoder coder, List<Record> records, StringBuilder log) {
		return score(r -> predict(coder, r), records, log);
	}

	static Score score(Function<Record, Set<Event>> coder, List<Record> records, StringBuilder log) {
		int expected = 0;
		int predicted = 0;
		int recalled = 0;
		int precise = 0;
		int exact = 0;
		for (Record r : records) {
			Set<Event> pred = coder.apply(r);
			expected += r.expected().size();
			predicted += pred.size();
			for (Event g : r.expected()) {
				Event hit = null;
				for (Event p : pred) {
					if (p.source().equals(g.source()) && p.target().equals(g.target()) && p.root().equals(g.root())) {
						hit = hit != null && hit.code().equals(g.code()) ? hit : p;
					}
				}
				if (hit != null) {
					recalled++;
					if (hit.code().equals(g.code())) {
						exact++;
					}
				}
			}
			for (Event p : pred) {
				if (r.expected().stream().anyMatch(g -> p.source().equals(g.source())
						&& p.target().equals(g.target()) && p.root().equals(g.root()))) {
					precise++;
				}
			}
			if (log != null && !pred.containsAll(r.expected()) || log != null && !r.expected().containsAll(pred)) {
				log.append(r.id()).append(" expected ").append(r.expected()).append(" got ").append(pred)
						.append('\n');
			}
		}
		return new Score(expected, predicted, recalled, precise, exact);
	}
}
