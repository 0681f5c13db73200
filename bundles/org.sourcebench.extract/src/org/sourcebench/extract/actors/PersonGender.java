package org.sourcebench.extract.actors;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sourcebench.extract.data.WordClasses;
import org.sourcebench.model.ActorKind;

/**
 * The grammatical gender the text gives a person, so that "she said" is not read as a man's words: a gendered title
 * or noun right before a mention ("Mrs", "spokeswoman Name"), in a description in apposition after it ("Name, the
 * sister of ...", "Name, a spokesman for ..."), or the pronoun a person uses of themselves in reported speech
 * ("Name said she ..."). Gendered words: claim-words.tsv female / male. Evidence for both genders, or none, leaves
 * the person unknown. Local to one document.
 */
public final class PersonGender {

	public enum Gender {
		FEMALE, MALE, UNKNOWN
	}

	private static final WordClasses GENDERS = WordClasses.read("claim-words.tsv", 0, 1);
	private static final Set<String> FEMALE = Set.copyOf(GENDERS.words("female"));
	private static final Set<String> MALE = Set.copyOf(GENDERS.words("male"));
	/** The title right before a mention ("spokeswoman Name", "Mrs. Name"). */
	private static final Pattern WORDS_BEFORE = Pattern.compile("\\b(\\w+)\\.? $");
	/** A description in apposition after a mention, up to its first comma or full stop. */
	private static final Pattern APPOSITION = Pattern.compile("^, (?:a|an|the|his|her) ([^,.;:\"\u201c\u201d]{1,80})");
	/** A speech verb and a subject pronoun after a mention ("Name said she", "Name told reporters that he"). */
	private static final Pattern OWN_PRONOUN = Pattern.compile(
			"^ (?:\\w+ ){0,1}?(?:said|says|told|added|stated|noted|stressed|insisted|explained|argued|warned)"
					+ "(?: [\\w-]+){0,2}? (?:that )?(he|she)\\b");

	private final String body;
	private final DocActors actors;
	private final Map<DocActor, Gender> known = new HashMap<>();

	public PersonGender(String body, DocActors actors) {
		this.body = body;
		this.actors = actors;
	}

	/** The gender of person {@code a} as the text gives it. */
	public Gender of(DocActor a) {
		if (a.kind() != ActorKind.PERSON) {
			return Gender.UNKNOWN;
		}
		return known.computeIfAbsent(a, this::read);
	}

	/** Whether {@code a} may be referred to by pronoun {@code pronoun} ("he", "she"; anything else: yes). */
	public boolean agrees(DocActor a, String pronoun) {
		Gender g = of(a);
		return switch (pronoun.toLowerCase(Locale.ROOT)) {
			case "he", "him", "his" -> g != Gender.FEMALE;
			case "she", "her", "hers" -> g != Gender.MALE;
			default -> true;
		};
	}

	private Gender read(DocActor a) {
		boolean female = false;
		boolean male = false;
		for (ActorMention m : actors.mentions()) {
			if (m.actor() != a) {
				continue;
			}
			Matcher before = WORDS_BEFORE.matcher(body.substring(Math.max(0, m.begin() - 40), m.begin()));
			if (before.find()) {
				String w = before.group(1).toLowerCase(Locale.ROOT);
				female |= FEMALE.contains(w);
				male |= MALE.contains(w);
			}
			String after = body.substring(m.end(), Math.min(body.length(), m.end() + 120));
			Matcher app = APPOSITION.matcher(after);
			if (app.find()) {
				for (String w : app.group(1).toLowerCase(Locale.ROOT).split("[^\\w]+")) {
					female |= FEMALE.contains(w);
					male |= MALE.contains(w);
				}
			}
			Matcher own = OWN_PRONOUN.matcher(after);
			if (own.find()) {
				female |= own.group(1).equals("she");
				male |= own.group(1).equals("he");
			}
		}
		return female == male ? Gender.UNKNOWN : female ? Gender.FEMALE : Gender.MALE;
	}
}
