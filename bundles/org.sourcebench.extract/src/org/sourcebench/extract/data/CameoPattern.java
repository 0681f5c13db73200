package org.sourcebench.extract.data;

import java.util.List;

/**
 * An event trigger of event-triggers.tsv: a lemma sequence ("*" = up to six arbitrary words), its CAMEO root code,
 * whether the event is mutual, and whether the head is a noun.
 */
public record CameoPattern(List<String> lemmas, String code, boolean symmetric, String pos) {

	public boolean noun() {
		return "noun".equals(pos);
	}

	public boolean verb() {
		return "verb".equals(pos);
	}

	public boolean hasWildcard() {
		return lemmas.contains("*");
	}

	public String text() {
		return String.join(" ", lemmas);
	}
}
