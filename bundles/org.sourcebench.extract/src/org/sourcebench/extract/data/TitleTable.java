package org.sourcebench.extract.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** titles.tsv indexed case-insensitively, plus the set of offices definite descriptions may use. */
public final class TitleTable {

	private final PhraseIndex<Title> index = new PhraseIndex<>();
	private final PhraseIndex<String> offices = new PhraseIndex<>();
	private final Set<String> officeSet = new HashSet<>();
	private final List<Title> titles = new ArrayList<>();

	TitleTable(List<String[]> rows, ActorLexicon lexicon, List<String[]> actorRows) {
		for (String[] r : rows) {
			Title t = new Title(r[0], "yes".equals(DataFile.cell(r, 1)), DataFile.cell(r, 2));
			titles.add(t);
			index.add(t.title(), t, !t.honorific() && Character.isLowerCase(t.title().charAt(0)) ? false
					: t.honorific());
			addOffice(t.office());
		}
		for (String[] r : actorRows) {
			DataFile.list(DataFile.cell(r, 3)).forEach(this::addOffice);
		}
		index.freeze();
		offices.freeze();
	}

	private void addOffice(String office) {
		if (!office.isBlank() && officeSet.add(office.toLowerCase(Locale.ROOT))) {
			offices.add(office, office.toLowerCase(Locale.ROOT), false);
		}
	}

	/** The titles of titles.tsv in file order. */
	public List<Title> titles() {
		return Collections.unmodifiableList(titles);
	}

	public PhraseIndex<Title> index() {
		return index;
	}

	/** Whether a title of titles.tsv spans the whole of {@code phrase} ("President", "envoy", "Foreign Minister"). */
	public boolean isTitle(String phrase) {
		for (PhraseIndex.Match<Title> m : index.findAll(phrase)) {
			if (m.begin() == 0 && m.end() == phrase.length()) {
				return true;
			}
		}
		return false;
	}

	/** Offices ("president", "foreign minister", "top diplomat"), case-insensitive, value = lowercase office. */
	public PhraseIndex<String> offices() {
		return offices;
	}
}
