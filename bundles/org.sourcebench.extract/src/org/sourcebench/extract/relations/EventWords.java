package org.sourcebench.extract.relations;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.data.DataFile;
import org.sourcebench.extract.syntax.ParsedSentence;

/**
 * {@code data/event-words.tsv}: the nouns that name events, the light verbs that report them, the verbs and
 * auxiliaries under which an event is not asserted, the CAMEO codes entered in both directions, and the word sets of
 * the relation correctors ({@link ConflictSenses}, {@link MediatorParties}, {@link RootRules}). Loaded once;
 * immutable and safe to share.
 */
final class EventWords {

	/** An event noun: its CAMEO root, whether the event is mutual, the prepositions of its target. */
	record Nominal(String code, boolean symmetric, Set<String> prepositions) {
	}

	/** The mechanism that adds {@code noun-events.tsv} to the file's words. */
	static final String NOUN_EVENTS = "relations.noun-events";

	private static volatile EventWords instance;

	private final Map<String, Nominal> nominals = new HashMap<>();
	private final Set<String> light = new HashSet<>();
	private final Map<String, String> irrealis = new HashMap<>();
	private final Map<String, String> denials = new HashMap<>();
	private final Set<String> modals = new HashSet<>();
	private final Set<String> hedges = new HashSet<>();
	private final Set<String> negations = new HashSet<>();
	private final Set<String> conditions = new HashSet<>();
	private final Set<String> assertions = new HashSet<>();
	private final Set<String> symmetricCodes = new HashSet<>();
	private final Set<String> travel = new HashSet<>();
	private final Set<String> joint = new HashSet<>();
	private final Set<String> mediates = new HashSet<>();
	private final Set<String> experiencers = new HashSet<>();
	private final Map<String, String> roles = new HashMap<>();
	private final Set<String> deals = new HashSet<>();
	private final Set<String> posts = new HashSet<>();
	private final Set<String> verbal = new HashSet<>();
	private final Set<String> force = new HashSet<>();
	private final Set<String> help = new HashSet<>();
	private final Set<String> helpCases = new HashSet<>();
	private final Set<String> reporting = new HashSet<>();
	private final Set<String> topics = new HashSet<>();
	private final Set<String> seize = new HashSet<>();
	private final Set<String> arrest = new HashSet<>();
	private final Set<String> kill = new HashSet<>();
	private final Set<String> ban = new HashSet<>();
	/** The word classes of {@link CooperationRoots}, by class name. */
	private final Map<String, Set<String>> cooperationRoots = new HashMap<>();
	/** The mechanism each {@code noun-events.tsv} row read belongs to, by word (for its firing count). */
	private final Map<String, String> rowMechanisms;

	EventWords(List<String[]> rows, Map<String, String> rowMechanisms) {
		this.rowMechanisms = Map.copyOf(rowMechanisms);
		for (String[] r : rows) {
			String w = r[0].trim();
			switch (r[1].trim()) {
				case "nominal" -> nominals.put(w, new Nominal(DataFile.cell(r, 2), "yes".equals(DataFile.cell(r, 3)),
						Set.copyOf(DataFile.list(DataFile.cell(r, 4)))));
				case "light" -> light.add(w);
				case "irrealis" -> irrealis.put(w, DataFile.cell(r, 2));
				case "denial" -> denials.put(w, DataFile.cell(r, 2));
				case "modal" -> modals.add(w);
				case "hedge" -> hedges.add(w);
				case "negation" -> negations.add(w);
				case "condition" -> conditions.add(w);
				case "assertion" -> assertions.add(w);
				case "symmetric" -> symmetricCodes.add(w);
				case "travel" -> travel.add(w);
				case "joint" -> joint.add(w);
				case "mediate" -> mediates.add(w);
				case "experiencer" -> experiencers.add(w);
				case "role" -> roles.put(w, DataFile.cell(r, 2));
				case "deal" -> deals.add(w);
				case "post" -> posts.add(w);
				case "verbal" -> verbal.add(w);
				case "force" -> force.add(w);
				case "help" -> help.add(w);
				case "help-case" -> helpCases.add(w);
				case "reporting" -> reporting.add(w);
				case "topic" -> topics.add(w);
				case "seize" -> seize.add(w);
				case "arrest" -> arrest.add(w);
				case "kill" -> kill.add(w);
				case "ban" -> ban.add(w);
				case "cooperation", "halt" ->
						cooperationRoots.computeIfAbsent(r[1].trim(), k -> new HashSet<>()).add(w);
				default -> throw new IllegalStateException("data/event-words.tsv: unknown class '" + r[1] + "' of " + w);
			}
		}
	}

	static EventWords get() {
		EventWords w = instance;
		if (w == null) {
			synchronized (EventWords.class) {
				w = instance;
				if (w == null) {
					List<String[]> rows = new ArrayList<>(DataFile.rows("event-words.tsv", 5));
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

	/** The mechanism whose {@code noun-events.tsv} row made {@code lemma} an event noun, or "". */
	String mechanismOf(String lemma) {
		return rowMechanisms.getOrDefault(lemma, "");
	}

	/** Whether any class of the file lists this lemma. */
	boolean knows(String lemma) {
		return nominals.containsKey(lemma) || light.contains(lemma) || irrealis.containsKey(lemma)
				|| denials.containsKey(lemma) || assertions.contains(lemma) || travel.contains(lemma)
				|| joint.contains(lemma) || roles.containsKey(lemma) || mediates.contains(lemma);
	}

	/** The event a noun names, or null. */
	Nominal nominal(String lemma) {
		return nominals.get(lemma);
	}

	boolean light(String lemma) {
		return light.contains(lemma);
	}

	/** Whether an event in the complement of this verb is not asserted. */
	boolean irrealis(String lemma) {
		return irrealis.containsKey(lemma);
	}

	/** The code of the verb's own event when its complement names one (intent 03, threat 13), or "". */
	String intentCode(String lemma) {
		return irrealis.getOrDefault(lemma, "");
	}

	boolean denial(String lemma) {
		return denials.containsKey(lemma);
	}

	/** The code of a denial verb ("" if none). */
	String denialCode(String lemma) {
		return denials.getOrDefault(lemma, "");
	}

	boolean modal(String word) {
		return modals.contains(word);
	}

	/** Whether a modal auxiliary ("would", "could", "will") hangs on token {@code t} of {@code s}. */
	boolean modalOn(ParsedSentence s, int t) {
		for (int c : s.children(t)) {
			if (s.deprel(c).startsWith("aux") && s.word(c) != null && modal(s.word(c).toLowerCase(Locale.ROOT))) {
				return true;
			}
		}
		return false;
	}

	/** A determiner or modifier that makes an event unasserted ("no talks", "any attacks", "allegedly"). */
	boolean hedge(String word) {
		return hedges.contains(word);
	}

	/** Whether the word negates what it modifies ("not", "n't", "never", "no"; lower case). */
	boolean negation(String word) {
		return negations.contains(word);
	}

	/** Whether the subordinator puts its clause under a condition ("if", "unless", "whether"; lower case). */
	boolean condition(String word) {
		return conditions.contains(word);
	}

	/** A noun naming what someone asserted ("claim", "allegation"): denying it rejects its author. */
	boolean assertion(String lemma) {
		return assertions.contains(lemma);
	}

	/** A verb of travel whose purpose clause reports what the trip did ("visited Bogota to meet with X"). */
	boolean travel(String lemma) {
		return travel.contains(lemma);
	}

	/** A verb whose coordinated subjects act on each other when it has no object ("X and Y agreed to ..."). */
	boolean joint(String lemma) {
		return joint.contains(lemma);
	}

	/** A verb whose subject mediates the mutual event its object names ("brokered talks between X and Y"). */
	boolean mediates(String lemma) {
		return mediates.contains(lemma);
	}

	/**
	 * A verb, adjective or noun whose subject undergoes or feels something negative rather than doing it ("suffered
	 * losses", "fears an attack", "is a victim"): no criticism of that subject ({@link NegativeStatements}).
	 */
	boolean experiencer(String lemma) {
		return experiencers.contains(lemma);
	}

	/** The code a role noun gives its holder toward the actor it serves ("X is Y's ally": 05), or "". */
	String roleCode(String lemma) {
		return roles.getOrDefault(lemma, "");
	}

	/** A noun of an agreement that "strike" concludes ("struck a deal", "an agreement struck with X"). */
	boolean deal(String lemma) {
		return deals.contains(lemma);
	}

	/** A noun of a post whose holder is fired ("fired the minister"): a dismissal, no use of force. */
	boolean post(String lemma) {
		return posts.contains(lemma);
	}

	/** An adjective that makes an attack or assault one of words ("a verbal assault on X"). */
	boolean verbal(String lemma) {
		return verbal.contains(lemma);
	}

	/** A lemma that states a use of force: evidence holding one in its own sense stays a fight (19). */
	boolean force(String lemma) {
		return force.contains(lemma);
	}

	/** A noun of a "with / through / under" phrase that makes its owner the event's mediator ("with the help of Z"). */
	boolean help(String lemma) {
		return help.contains(lemma);
	}

	/** A preposition of a phrase whose help noun names a mediator ("with", "through", "under"). */
	boolean helpCase(String word) {
		return helpCases.contains(word);
	}

	/** A verb whose subject reports an event rather than taking part in it ("X said the truce held"). */
	boolean reporting(String lemma) {
		return reporting.contains(lemma);
	}

	/** A preposition of a phrase naming what an event is about, not who takes part ("a truce on Gondor"). */
	boolean topic(String word) {
		return topics.contains(word);
	}

	/** A verb of seizing or destroying (of a state's or armed actor's property an attack, 19; of a person 17). */
	boolean seize(String lemma) {
		return seize.contains(lemma);
	}

	/** A verb of arrest or detention (coercion, 17, as the guidelines enter it). */
	boolean arrest(String lemma) {
		return arrest.contains(lemma);
	}

	/** A verb of killing (an attack, 19). */
	boolean kill(String lemma) {
		return kill.contains(lemma);
	}

	/** A verb of outlawing, banning or expelling (a reduction of relations, 16). */
	boolean ban(String lemma) {
		return ban.contains(lemma);
	}

	/** Whether {@code lemma} is in one of the classes of {@link CooperationRoots}: cooperation, halt. */
	boolean cooperationRoot(String cls, String lemma) {
		Set<String> words = cooperationRoots.get(cls);
		return words != null && words.contains(lemma);
	}

	/** Whether a full CAMEO code (or its root) names a mutual event. */
	boolean symmetric(String code) {
		return symmetricCodes.contains(code) || code.length() > 2 && symmetricCodes.contains(code.substring(0, 2));
	}
}
