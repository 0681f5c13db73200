package org.sourcebench.extract.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.data.Country;
import org.sourcebench.extract.data.CountryTable;
import org.sourcebench.extract.data.ExtractionData;
import org.sourcebench.extract.data.PhraseIndex;
import org.sourcebench.extract.data.Place;
import org.sourcebench.extract.text.TextCursor;
import org.sourcebench.model.ActorKind;

/**
 * Armed forces named by the noun for their members (seventeenth session, helper forces17). Five readings, one switch
 * each (the two below; {@code forces.adjectiveGroups}, {@code forces.groupDescriptions} and {@code forces.bareSoldiers}
 * at their methods), run after every name reader (the parse reader's acronyms included), so a name another reader took is no new
 * group ("ISM militants" after "Islamic State-Mozambique (ISM)"):
 * <ul>
 * <li>{@code forces.namedFighters}: a name no reader took, right before a noun of actor-words class
 * {@code fighter-noun} ("Fano fighters", "SSPDF soldiers", "the Canapé-Vert troops"), is an armed group; every
 * other free occurrence of the name ("attacks by Fano", "the SSPDF") is a mention of it. Not a country or place name
 * or adjective, not a demonym-like adjective ("Kurdish", "Papuan", "Islamist"), not a name ending in a body's head
 * ("Arakan Army troops": the name readers' business), not a capitalised sentence opener unless the name also stands
 * inside a sentence.</li>
 * <li>{@code forces.rulingGroups}: the forces of a group the text calls a government or regime ("the Taliban
 * government ... Taliban forces opened fire") are that group's armed forces, an actor of their own ("Taliban
 * forces", GUIDELINES.md: a de facto government's armed forces are its military), not the group.</li>
 * </ul>
 * A sixth switch, forces.groupHeads ("Houthi group" read as the Houthis), was removed in the session's review: with
 * actors.headedNames and claims.modifier-body merged it changed no export. Stateless.
 */
public final class ForceNames {

	private static final String WORD = "[\\p{Lu}][\\p{L}\\d'’/-]*";
	private static final Pattern NAMED = Pattern.compile("(?<![\\p{L}\\d'’/-])(" + WORD + "(?: " + WORD + "){0,2}) ("
			+ ActorWords.get().alternation("fighter-noun") + ")\\b");
	private static final Set<String> LEADING = Set.of("the", "a", "an", "some", "all", "our", "their", "his", "her",
			"its", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "many", "several", "as",
			"more", "most", "other", "both", "these", "those", "and", "but", "when", "while", "after", "if", "dozens",
			"hundreds", "thousands", "suspected", "armed", "allied", "rival", "local", "foreign", "government",
			"opposition", "coalition", "special", "security", "enemy", "pro-government", "anti-government");
	/** An acronym before "group" or "movement", a kind of armed group between ("the FDLR terrorist group"). */
	private static final Pattern GROUPED = Pattern.compile("(?<![\\p{L}\\d'’/-])(\\p{Lu}[\\p{Lu}\\d]*(?:[-/][\\p{Lu}\\d]+)*)"
			+ "((?: [a-z]+)?) (group|movement)\\b");
	private static final Set<String> GROUP_KINDS = Set.of("terrorist", "rebel", "armed", "militant", "militia",
			"jihadist", "insurgent", "separatist", "paramilitary", "extremist", "guerrilla");
	/** Endings of the adjectives of peoples and creeds ("Kurdish", "Sudanese", "Islamist", "Papuan", "Shiite"). */
	private static final String[] ADJECTIVE_ENDINGS = {"ish", "ese", "ist", "ists", "ian", "ians", "ite", "ites", "ic",
		"an", "i"};
	private static final Pattern RULING = Pattern.compile("(?:-led)? (?:government|regime|authorities|administration"
			+ "|rulers|interim government|caretaker government|(?:[A-Z][a-z]+|[a-z]+) [Mm]inistry)\\b");
	private static final Pattern RULED_BY = Pattern.compile("(?:government|regime|administration) (?:formed|led|run|"
			+ "installed) by (?:the )?$");

	/** Population from which a city of the gazetteer is taken for a place, not a group's name. */
	private static final long MINOR_PLACE = 100_000;

	private ForceNames() {
	}

	/** Adds the forces of {@code t} (the analysed text's match text) to {@code actors}. */
	public static void find(String t, DocActors actors, ExtractionData data) {
		if (Mechanisms.on("forces.rulingGroups")) {
			rulingGroups(t, actors);
		}
		if (Mechanisms.on("forces.namedFighters")) {
			namedFighters(t, actors, data);
		}
		if (Mechanisms.on("forces.adjectiveGroups")) {
			adjectiveGroups(t, actors, data);
		}
		if (Mechanisms.on("forces.groupDescriptions")) {
			groupDescriptions(t, actors);
		}
		if (Mechanisms.on("forces.bareSoldiers")) {
			bareSoldiers(t, actors);
		}
	}

	private static final Pattern BARE_SOLDIERS = Pattern.compile("\\b(?:[Tt]he|\\d+|two|three|four|five|six|seven|eight|"
			+ "nine|ten|dozens of|hundreds of|several|many|government|its) (soldiers|troops|servicemen)\\b");

	/**
	 * "killed six soldiers", "four government soldiers": soldiers no word assigns to an owner belong to the armed
	 * forces of the story when it names exactly one military actor (a story of two armies leaves them alone).
	 */
	private static void bareSoldiers(String t, DocActors actors) {
		DocActor only = null;
		for (DocActor a : actors.actors()) {
			if (a.kind() == ActorKind.MILITARY && !a.spans().isEmpty()) {
				if (only != null) {
					return;
				}
				only = a;
			}
		}
		if (only == null) {
			return;
		}
		Matcher m = BARE_SOLDIERS.matcher(t);
		while (m.find()) {
			if (actors.overlaps(m.start(), m.end()) || t.startsWith(" of", m.end()) || t.startsWith(" from", m.end())) {
				continue; // "soldiers of the 5th Brigade", "troops from Kenya": another owner
			}
			actors.mention(only, m.start(1), m.end(1));
			Mechanisms.fired("forces.bareSoldiers", 1);
		}
	}

	/**
	 * "the Afghan Taliban", "Lebanese Hezbollah": a country adjective right before an armed group's mention is part of
	 * the mention when the group is of that country (its dictionary country, or none known); of another country it
	 * names another group, an actor of its own ("the Pakistani Taliban (TTP)" beside the Taliban of Afghanistan).
	 */
	private static void adjectiveGroups(String t, DocActors actors, ExtractionData data) {
		for (ActorMention m : List.copyOf(actors.mentions())) {
			DocActor a = m.actor();
			if (a.kind() != ActorKind.ARMED_GROUP || m.begin() < 2 || t.charAt(m.begin() - 1) != ' ') {
				continue;
			}
			int wb = TextCursor.of(t).previousWordStart(m.begin());
			if (wb < 0 || wb + 1 >= m.begin() || actors.at(wb) != null || !TextCursor.capitalised(t.substring(wb,
					m.begin() - 1))) {
				continue;
			}
			List<PhraseIndex.Match<CountryTable.Form>> cs =
					new ArrayList<>();
			data.countries().index().matchAt(t, wb, cs);
			Country c = null;
			for (PhraseIndex.Match<CountryTable.Form> f : cs) {
				if (f.end() == m.begin() - 1
						&& f.value().type() == CountryTable.FormType.ADJECTIVE) {
					c = f.value().country();
				}
			}
			if (c == null || a.name().startsWith(t.substring(wb, m.begin()))) {
				continue;
			}
			DocActor into = a;
			if (a.iso() != null && !a.iso().isEmpty() && !a.iso().equals(c.iso())) {
				into = actors.actor(t.substring(wb, m.end()), ActorKind.ARMED_GROUP, c.iso(), 0.6);
			}
			actors.remove(m);
			actors.mention(into, wb, m.end());
			ActorMention acronym = t.startsWith(" (", m.end()) ? actors.at(m.end() + 2) : null;
			if (into != a && acronym != null && acronym.actor() == a && acronym.begin() == m.end() + 2) {
				actors.remove(acronym); // "the Pakistani Taliban (TTP)": the acronym is the new group's
				actors.mention(into, acronym.begin(), acronym.end());
			}
			Mechanisms.fired("forces.adjectiveGroups", 1);
		}
	}

	private static final Pattern GROUP_PLURAL = Pattern.compile("\\b[Tt]he ((?:[a-z][a-z-]* ){0,2})(" + ActorWords.get()
			.alternation("group-plural") + ")\\b");

	/**
	 * "the insurgents ... the terrorists" of a story that names no armed group at all: two or more such descriptions
	 * are the mentions of one unnamed group. Where the text names a group they are left alone (linking them to the
	 * last group named gained nothing on study and coded a speaker's "the militants" as that group on our own
	 * articles). Not a modifier ("the rebel group" is no plural) nor an apposition ("the rebels M23").
	 */
	private static void groupDescriptions(String t, DocActors actors) {
		Matcher m = GROUP_PLURAL.matcher(t);
		List<int[]> free = new ArrayList<>();
		for (DocActor a : actors.actors()) {
			if (a.kind() == ActorKind.ARMED_GROUP && !a.spans().isEmpty()) {
				return;
			}
		}
		while (m.find()) {
			int b = m.start(2);
			int e = m.end(2);
			if (actors.overlaps(m.start(), e) || e < t.length() && t.charAt(e) == '-') {
				continue;
			}
			String next = TextCursor.of(t).nextWord(e);
			if (!next.isEmpty() && Character.isUpperCase(next.charAt(0)) && t.charAt(e) == ' ') {
				continue;
			}
			free.add(new int[] {b, e});
		}
		if (free.size() >= 2) {
			String head = t.substring(free.get(0)[0], free.get(0)[1]);
			DocActor group = actors.actor(DocActor.UNNAMED + head, ActorKind.ARMED_GROUP, null, 0.5);
			for (int[] f : free) {
				actors.mention(group, f[0], f[1]);
				Mechanisms.fired("forces.groupDescriptions", 1);
			}
		}
	}

	/** "Taliban forces" where the text calls the Taliban a government: the group's armed forces. */
	private static void rulingGroups(String t, DocActors actors) {
		for (DocActor a : actors.actors()) {
			if (a.kind() != ActorKind.ARMED_GROUP && a.kind() != ActorKind.ORGANISATION || a.spans().isEmpty()) {
				continue;
			}
			String name = a.name();
			if (!ruling(t, name)) {
				continue;
			}
			DocActor forces = null;
			int from = 0;
			while ((from = t.indexOf(name, from)) >= 0) {
				int e = from + name.length();
				int b = from;
				from = e;
				ActorMention m = actors.at(b);
				if (m == null || m.actor() != a || m.begin() != b || m.end() != e || !TextCursor.of(t).isWordStart(b)
						|| e < t.length() && t.charAt(e) != ' ') {
					continue;
				}
				String noun = TextCursor.of(t).nextWord(e);
				if (!ActorWords.get().is("fighter-noun", noun) || noun.equals("rebels") || noun.equals("militants")) {
					continue;
				}
				int ne = TextCursor.of(t).skipSpaces(e) + noun.length();
				if (forces == null) {
					forces = actors.actor(name + " forces", ActorKind.MILITARY, a.iso(), 0.7);
				}
				actors.mention(forces, b, ne);
				Mechanisms.fired("forces.rulingGroups", 1);
			}
		}
	}

	private static boolean ruling(String t, String name) {
		int from = 0;
		while ((from = t.indexOf(name, from)) >= 0) {
			int e = from + name.length();
			from = e;
			if (RULING.matcher(t).region(e, Math.min(t.length(), e + 40)).lookingAt()
					|| RULED_BY.matcher(t).region(Math.max(0, e - name.length() - 40), e - name.length()).find()) {
				return true;
			}
		}
		return false;
	}

	/** "Fano fighters", "SSPDF soldiers": a free name before a fighter noun is an armed group. */
	private static void namedFighters(String t, DocActors actors, ExtractionData data) {
		Matcher m = NAMED.matcher(t);
		List<int[]> found = new ArrayList<>();
		List<String> names = new ArrayList<>();
		while (m.find()) {
			if (!ActorWords.get().is("fighter-noun", m.group(2))) {
				continue;
			}
			int b = m.start(1);
			String run = m.group(1);
			while (true) {
				int sp = run.indexOf(' ');
				String first = sp < 0 ? run : run.substring(0, sp);
				if (!LEADING.contains(first.toLowerCase(Locale.ROOT))) {
					break;
				}
				if (sp < 0) {
					run = "";
					break;
				}
				run = run.substring(sp + 1);
				b += sp + 1;
			}
			if (run.isEmpty() || actors.overlaps(b, m.end(2)) || participle(run)) {
				continue;
			}
			int known = knownTail(t, run, actors);
			if (known > 0) { // "ISM militants", "Islamist Houthi rebels": a name the readers took elsewhere
				int tail = b + run.length() - known;
				if (!actors.overlaps(tail, m.end(2))) {
					actors.mention(mentioned(t, run.substring(run.length() - known), actors), tail, m.end(2));
					Mechanisms.fired("forces.namedFighters", 1);
				}
				continue;
			}
			DocActor spelled = acronym(run) ? initialsOf(run, actors) : null;
			if (spelled != null) { // "ADF forces" after "Ambazonian Defense Force"
				actors.mention(spelled, b, m.end(2));
				Mechanisms.fired("forces.namedFighters", 1);
				continue;
			}
			if (!freeName(t, run, b, data) || anyKnownWord(t, run, actors)) {
				continue;
			}
			found.add(new int[] {b, m.end(2)});
			names.add(run);
		}
		Matcher g = GROUPED.matcher(t);
		while (g.find()) {
			String run = g.group(1);
			String between = g.group(2).trim();
			int b = g.start(1);
			if (!acronym(run) || !between.isEmpty() && !GROUP_KINDS.contains(between) || actors.overlaps(b, g.end(3))
					|| !data.countries().index().findAll(run).isEmpty()) {
				continue;
			}
			DocActor known = mentioned(t, run, actors);
			known = known != null ? known : initialsOf(run, actors);
			if (known != null) {
				actors.mention(known, b, g.end(3));
				Mechanisms.fired("forces.namedFighters", 1);
				continue;
			}
			found.add(new int[] {b, g.end(3)});
			names.add(run);
		}
		for (int i = 0; i < found.size(); i++) {
			String name = names.get(i);
			int[] s = found.get(i);
			if (actors.overlaps(s[0], s[1])) {
				continue;
			}
			DocActor a = actors.byName(name);
			if (a == null) {
				a = actors.actor(name, ActorKind.ARMED_GROUP, null, 0.6);
				bare(t, name, actors, a);
			}
			actors.mention(a, s[0], s[1]);
			Mechanisms.fired("forces.namedFighters", 1);
		}
	}

	/** Every free whole-word occurrence of {@code name} becomes a mention of {@code a}. */
	private static void bare(String t, String name, DocActors actors, DocActor a) {
		int from = 0;
		while ((from = t.indexOf(name, from)) >= 0) {
			int b = from;
			int e = from + name.length();
			from = e;
			if (!wholeWord(t, b, e) || actors.overlaps(b, e)) {
				continue;
			}
			String next = TextCursor.of(t).nextWord(e);
			if (ActorWords.get().is("fighter-noun", next) && t.charAt(e) == ' ') {
				continue; // taken with its noun
			}
			actors.mention(a, b, e);
		}
	}

	private static boolean wholeWord(String t, int b, int e) {
		return (b == 0 || !isNameChar(t.charAt(b - 1))) && (e == t.length() || !isNameChar(t.charAt(e)));
	}

	private static boolean isNameChar(char c) {
		return Character.isLetterOrDigit(c) || c == '-' || c == '/' || c == '\'' || c == '’';
	}

	/**
	 * Whether {@code run} at {@code b} may name an armed group: no country or place form in it, no demonym-like
	 * adjective, no body head at its end, and, for a capitalised word (not an acronym), a use inside a sentence.
	 */
	private static boolean freeName(String t, String run, int b, ExtractionData data) {
		if (!data.countries().index().findAll(run).isEmpty()) {
			return false;
		}
		for (PhraseIndex.Match<Place> p : data.gazetteer().index().findAll(run)) {
			if (p.value().curated() || p.value().population() >= MINOR_PLACE) {
				return false; // "Gaza militants", "Idlib rebels"; a small town's name may be a group's ("Fano")
			}
		}
		String[] words = run.split(" ");
		String last = words[words.length - 1];
		if (ActorWords.get().is("force-name-end", last)) {
			return false;
		}
		boolean acronym = acronym(last);
		if (!acronym && words.length == 1) {
			String low = last.toLowerCase(Locale.ROOT);
			for (String end : ADJECTIVE_ENDINGS) {
				if (low.endsWith(end)) {
					return false;
				}
			}
		}
		if (acronym) {
			return true;
		}
		int uses = 0;
		boolean inside = false;
		int from = 0;
		while ((from = t.indexOf(run, from)) >= 0) {
			int at = from;
			from += run.length();
			if (wholeWord(t, at, at + run.length())) {
				uses++;
				inside |= !TextCursor.of(t).sentenceStart(at);
			}
		}
		return inside && uses >= 2; // a people's name used once ("separatist Baloch militants") names no group
	}

	/** Length of the longest word-final part of {@code run} that an actor's mention reads ("Houthi"), or 0. */
	private static int knownTail(String t, String run, DocActors actors) {
		int i = 0;
		while (i >= 0) {
			String tail = run.substring(i);
			if (mentioned(t, tail, actors) != null) {
				return tail.length();
			}
			int sp = run.indexOf(' ', i);
			i = sp < 0 ? -1 : sp + 1;
		}
		return 0;
	}

	/** Whether a word of {@code run} is an actor's mention by itself. */
	private static boolean anyKnownWord(String t, String run, DocActors actors) {
		for (String w : run.split(" ")) {
			if (mentioned(t, w, actors) != null) {
				return true;
			}
		}
		return false;
	}

	/** "Kurdish-led", "Iran-backed": a participle makes the name a modifier. */
	private static boolean participle(String run) {
		int h = run.lastIndexOf('-');
		return h > 0 && ActorWords.get().is("participle", run.substring(h + 1));
	}

	/** The actor one of whose mentions reads {@code text}, or null. */
	private static DocActor mentioned(String t, String text, DocActors actors) {
		for (ActorMention m : actors.mentions()) {
			if (m.end() - m.begin() == text.length() && t.startsWith(text, m.begin())) {
				return m.actor();
			}
		}
		DocActor a = actors.byName(text);
		if (a != null && !a.spans().isEmpty()) {
			return a;
		}
		for (DocActor o : actors.actors()) { // a span a longer phrase took over ("the Houthi military spokesman")
			for (int[] sp : o.spans()) {
				if (sp[1] - sp[0] == text.length() && t.startsWith(text, sp[0])) {
					return o;
				}
			}
		}
		return null;
	}

	/** A capital, two or more capitals or digits and no lower-case letter or space ("SSPDF", "SPLM-IO", "M23"). */
	private static boolean acronym(String w) {
		int caps = 0;
		int digits = 0;
		for (int i = 0; i < w.length(); i++) {
			char c = w.charAt(i);
			if (Character.isLowerCase(c) || c == ' ') {
				return false;
			}
			caps += Character.isUpperCase(c) ? 1 : 0;
			digits += Character.isDigit(c) ? 1 : 0;
		}
		return caps >= 1 && caps + digits >= 2;
	}

	/** The one body or group whose name's capitalised words have {@code acronym}'s letters as initials, or null. */
	private static DocActor initialsOf(String acronym, DocActors actors) {
		DocActor found = null;
		for (DocActor a : actors.actors()) {
			if (a.kind() == ActorKind.PERSON || a.kind() == ActorKind.STATE || a.spans().isEmpty()) {
				continue;
			}
			String initials = TaggedBodies.initials(a.name());
			if (initials.length() >= 2 && initials.equals(acronym)) {
				if (found != null) {
					return null;
				}
				found = a;
			}
		}
		return found;
	}
}
