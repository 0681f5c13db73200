package org.sourcebench.extract.claims;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.syntax.ParsedSentence;

/**
 * A participle cue after a quotation that closes on its comma (switch {@code claims.quoted-comma}): American
 * punctuation puts the comma inside the quotation marks ("called the raid \u201ccowardly,\u201d saying that ..."), so
 * the token before the participle is the closing mark, not the comma the shared-subject rule looks for. Such a
 * participle still shares the subject of the verb it follows, as after a plain comma.
 */
final class QuotedComma {

	private QuotedComma() {
	}

	/** Whether token {@code v} follows a comma and then a closing quotation mark. */
	static boolean follows(ParsedSentence s, int v) {
		if (v < 2 || !s.word(v - 2).equals(",") || !closing(s.word(v - 1)) || !Mechanisms.on("claims.quoted-comma")) {
			return false;
		}
		Mechanisms.fired("claims.quoted-comma", 1);
		return true;
	}

	private static boolean closing(String w) {
		return w.equals("\"") || w.equals("\u201d") || w.equals("''") || w.equals("'") || w.equals("\u2019");
	}
}
