package org.sourcebench.analysis.corroboration;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.sourcebench.model.AdmiraltyReliability;
import org.sourcebench.model.Dossier;
import org.sourcebench.model.Relationship;
import org.sourcebench.model.Source;

/**
 * Corroboration of a dossier's relationships: the number of independent sources behind each (reprints of one
 * story count once, see {@link Stories}) and the reliability grades of those sources. Built once per dossier
 * state; cheap to query.
 */
public final class CorroborationIndex {

	private final Dossier dossier;
	private final Stories stories;

	public CorroborationIndex(Dossier dossier) {
		this.dossier = dossier;
		this.stories = new Stories(dossier.getSources());
	}

	/** @return the stories of the dossier's sources */
	public Stories stories() {
		return stories;
	}

	/** @return the number of independent sources reporting {@code relationship} */
	public int count(Relationship relationship) {
		return stories.independentSources(relationship.getEvidence());
	}

	/** @return one source per independent story reporting {@code relationship} */
	public List<Source> sources(Relationship relationship) {
		return stories.independentSourcesOf(relationship.getEvidence());
	}

	/**
	 * @return the Admiralty grades of the independent sources, best first, e.g. "A, B, F"; an ungraded source
	 *         is F (reliability cannot be judged)
	 */
	public String grades(Relationship relationship) {
		List<String> grades = new ArrayList<>();
		for (Source source : sources(relationship)) {
			AdmiraltyReliability grade = source.getReliability() == null ? AdmiraltyReliability.F : source.getReliability();
			grades.add(grade.getLiteral());
		}
		grades.sort(Comparator.naturalOrder());
		return String.join(", ", grades);
	}

	/** @return the relationships, most independent sources first (then dossier order) */
	public List<Relationship> byCorroboration() {
		List<Relationship> result = new ArrayList<>(dossier.getRelationships());
		java.util.Map<Relationship, Integer> counts = new java.util.HashMap<>();
		result.forEach(r -> counts.put(r, count(r)));
		result.sort(Comparator.comparing((Relationship r) -> -counts.get(r)));
		return result;
	}
}
