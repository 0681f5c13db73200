package org.sourcebench.extract.actors;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.text.TextCursor;

/**
 * A run of capitalised words that can be a personal name ("Mikhail Bogdanov", "Bashar Al Assad",
 * "Abu Bakr al-Baghdadi"): up to four words, name particles allowed inside.
 */
final class NameRun {


	private NameRun() {
	}

	/**
	 * The name run starting at {@code begin} (spaces skipped) as {@code [begin, end]}, or null when there is none:
	 * up to four capitalised words, particles free inside ("Mohammed bin Abdulrahman Al Thani"), a regnal number
	 * last ("Leo XIV").
	 */
	static int[] after(String t, int begin) {
		int i = TextCursor.of(t).skipSpaces(begin);
		int start = i;
		int end = -1;
		int words = 0;
		int all = 0;
		while (i < t.length() && words < 4 && all < 7) {
			int s = i;
			while (i < t.length() && (Character.isLetter(t.charAt(i)) || t.charAt(i) == '-'
					|| (t.charAt(i) == '\'' && i + 1 < t.length() && Character.isLetter(t.charAt(i + 1))
							&& !t.startsWith("'s", i)))) {
				i++;
			}
			if (i == s) {
				break;
			}
			String w = t.substring(s, i);
			if (end >= 0 && w.length() > 1 && REGNAL.matcher(w).matches()) {
				end = i; // "Pope Leo XIV", "King Abdullah II"
				break;
			}
			if (end >= 0 && ActorWords.get().is("date-word", w)) {
				break; // "President Biden Friday": a weekday ends the name
			}
			if (end < 0 && ActorWords.get().is("date-word", w) && Mechanisms.on("actors.dateWordOpening")) {
				Mechanisms.fired("actors.dateWordOpening", 1);
				if (i < t.length() && t.charAt(i) == ' ') {
					i++;
				}
				start = i; // "This Wednesday Jane Roe met": a weekday never opens a name either
				continue;
			}
			boolean cap = Character.isUpperCase(w.charAt(0)) && !isAllCapsShort(w);
			boolean particle = isParticle(w);
			if (!cap && !particle) {
				break;
			}
			all++;
			if (!particle) {
				words++;
			}
			if (cap || w.contains("-")) {
				end = i;
			}
			if (i < t.length() && t.charAt(i) == ' ') {
				i++;
			} else {
				break;
			}
		}
		return end < 0 ? null : new int[] {start, end};
	}

	private static final java.util.regex.Pattern REGNAL = java.util.regex.Pattern.compile(
			"(?:X{0,2})(?:IX|IV|V?I{0,3})");

	/** "al-Khazali", "bin", "de": a lowercase word that may sit inside a personal name. */
	static boolean isParticle(String w) {
		return ActorWords.get().is("particle", w) || w.startsWith("al-") || w.startsWith("el-");
	}

	private static boolean isAllCapsShort(String w) {
		return w.length() <= 4 && w.equals(w.toUpperCase()) && w.length() > 1;
	}

	/** "Hamas-run Gaza", "Iran-backed": a name joined to a participle modifies what follows; no personal name. */
	static boolean hasParticipleCompound(String name) {
		return PARTICIPLE_COMPOUND.matcher(name).find();
	}

	private static final java.util.regex.Pattern PARTICIPLE_COMPOUND = java.util.regex.Pattern.compile(
			"-(?:" + ActorWords.get().alternation("participle") + ")\\b");

	static int wordCount(String name) {
		return name.trim().split("\\s+").length;
	}

	static String lastWord(String name) {
		String[] w = name.trim().split("\\s+");
		return w[w.length - 1];
	}
}
