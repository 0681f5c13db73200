package org.sourcebench.extract.relations;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.data.DataFile;
import org.sourcebench.extract.data.WordClasses;
import org.sourcebench.extract.syntax.ParsedSentence;

/**
 * {@code data/event-words.tsv}: the word classes of the relation readers and correctors, by class name (the file's
 * header says what each class holds): event nouns ({@code nominal}, with their code, mutuality and prepositions),
 * light verbs, the verbs and auxiliaries under which an event is not asserted, the CAMEO codes entered in both
 * directions, the word sets of {@link ConflictSenses}, {@link MediatorParties}, {@link RootRules} and
 * {@link CooperationRoots}. Asking for a class the file lacks fails, naming the class and the file. Loaded once;
 * immutable and safe to share.
 */
final class EventWords {

	/** An event noun: its CAMEO root, whether the event is mutual, the prepositions of its target. */
	record Nominal(String code, boolean symmetric, Set<String> prepositions) {
	}

	/** The mechanism that adds {@code noun-events.tsv} to the file's words. */
	static final String NOUN_EVENTS = "relations.noun-events";

	static final String FILE = "event-words.tsv";

	/** The classes {@link #knows} looks a lemma up in. */
	private static final List<String> KNOWN = List.of("nominal", "light", "irrealis", "denial", "assertion", "travel",
			"joint", "role", "mediate");

	private static volatile EventWords instance;

	private final WordClasses classes;
	private final Map<String, Nominal> nominals = new HashMap<>();
	/** The mechanism each {@code noun-events.tsv} row read belongs to, by word (for its firing count). */
	private final Map<String, String> rowMechanisms;

	EventWords(List<String[]> rows, Map<String, String> rowMechanisms) {
		this.rowMechanisms = Map.copyOf(rowMechanisms);
		this.classes = new WordClasses(FILE, rows, 0, 1);
		for (String[] r : rows) {
			if (r[1].trim().equals("nominal")) {
				nominals.put(r[0].trim(), new Nominal(DataFile.cell(r, 2), "yes".equals(DataFile.cell(r, 3)),
						Set.copyOf(DataFile.list(DataFile.cell(r, 4)))));
			}
		}
	}

	static EventWords get() {
		EventWords w = instance;
		if (w == null) {
			synchronized (EventWords.class) {
				w = instance;
				if (w == null) {
					List<String[]> rows = new ArrayList<>(DataFile.rows(FILE, 5));
					Map<String, String> rowMechanisms = new HashMap<>();
					if (Mechanisms.on(NOUN_EVENTS)) {
						for (String[] r : DataFile.rows("noun-events.tsv", 6)) { // event nouns in this file's format
							if (DataFile.cell(r, 5).isEmpty() || Mechanisms.on(DataFile.cell(r, 5))) {
								rows.add(r); // a row naming its own mechanism is read while that mechanism is on
								rowMechanisms.put(r[0].trim(),
										DataFile.cell(r, 5).isEmpty() ? NOUN_EVENTS : DataFile.cell(r, 5));
							}
						}
					}
					w = new EventWords(rows, rowMechanisms);
					instance = w;
				}
			}
		}
		return w;
	}

	/** Whether {@code word} (a lemma or a lower-case word, as the class lists them) is of the class. */
	boolean in(String wordClass, String word) {
		return classes.in(wordClass, word);
	}

	/** The words of a class. */
	Set<String> words(String wordClass) {
		return classes.words(wordClass);
	}

	/**
	 * The code the class gives {@code lemma} ("" if none): of an irrealis verb its own event (intent 03, threat 13),
	 * of a denial verb the rejection, of a role noun its holder's relation toward the actor it serves ("ally": 05).
	 */
	String code(String wordClass, String lemma) {
		return classes.value(wordClass, lemma);
	}

	/** The mechanism whose {@code noun-events.tsv} row made {@code lemma} an event noun, or "". */
	String mechanismOf(String lemma) {
		return rowMechanisms.getOrDefault(lemma, "");
	}

	/** Whether any class of the file that names events or their frames lists this lemma. */
	boolean knows(String lemma) {
		for (String c : KNOWN) {
			if (in(c, lemma)) {
				return true;
			}
		}
		return false;
	}

	/** The event a noun names, or null. */
	Nominal nominal(String lemma) {
		return nominals.get(lemma);
	}

	/** Whether a modal auxiliary ("would", "could", "will") hangs on token {@code t} of {@code s}. */
	boolean modalOn(ParsedSentence s, int t) {
		for (int c : s.children(t)) {
			if (s.deprel(c).startsWith("aux") && s.word(c) != null
					&& in("modal", s.word(c).toLowerCase(Locale.ROOT))) {
				return true;
			}
		}
		return false;
	}

	/** Whether a full CAMEO code (or its root) names a mutual event. */
	boolean symmetric(String code) {
		return in("symmetric", code) || code.length() > 2 && in("symmetric", code.substring(0, 2));
	}
}
