package org.sourcebench.extract.data;

import java.util.List;


/** institutions.tsv indexed by surface form (case-sensitive). */
public final class InstitutionTable {

	private final PhraseIndex<Institution> index = new PhraseIndex<>();

	InstitutionTable(List<String[]> rows) {
		for (String[] r : rows) {
			Institution inst = new Institution(r[0], org.sourcebench.extract.ActorKinds.fromId(r[1]));
			DataFile.list(DataFile.cell(r, 2)).forEach(s -> index.add(s, inst, true));
		}
		index.freeze();
	}

	public PhraseIndex<Institution> index() {
		return index;
	}
}
