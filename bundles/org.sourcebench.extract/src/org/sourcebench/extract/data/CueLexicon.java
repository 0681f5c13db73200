package org.sourcebench.extract.data;

import java.util.List;

/** cues.tsv: every form of every cue ("said", "pointed out", "according to"), case-insensitive. */
public final class CueLexicon {

	private final PhraseIndex<Cue> index = new PhraseIndex<>();

	CueLexicon(List<String[]> rows, WordForms forms) {
		for (String[] r : rows) {
			Cue c = new Cue(r[0], "yes".equals(DataFile.cell(r, 2)), "that".equals(DataFile.cell(r, 3)));
			index.add(c.lemma(), c, false);
			DataFile.list(DataFile.cell(r, 1)).forEach(f -> index.add(f, c, false));
			if (!c.lemma().contains(" ")) {
				forms.formsOf(c.lemma()).forEach(f -> index.add(f, c, false));
			}
		}
		index.freeze();
	}

	public PhraseIndex<Cue> index() {
		return index;
	}
}
