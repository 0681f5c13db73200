package org.sourcebench.test.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.sourcebench.model.Actor;
import org.sourcebench.model.ActorKind;
import org.sourcebench.model.Dossier;
import org.sourcebench.model.Dossiers;
import org.sourcebench.model.Relationship;
import org.sourcebench.model.Source;
import org.sourcebench.model.cameo.CameoEvent;
import org.sourcebench.model.cameo.CameoTable;

/** Large random (seeded) dossier contents for the benches, so that every bench measures the same shape of data. */
public final class BenchDossiers {

	private BenchDossiers() {
	}

	/**
	 * Adds a link chart to {@code dossier}: {@code actorCount} actors of random kinds and {@code relationshipCount}
	 * relationships of random CAMEO codes between them, each with one to three evidence spans in random
	 * {@code sources}. Sources of relationships are drawn by preferential attachment, which gives the hubs real link
	 * charts have.
	 *
	 * @return the actors, in the order added
	 */
	public static List<Actor> addLinkChart(Dossier dossier, List<Source> sources, int actorCount, int relationshipCount, Random random) {
		List<Actor> actors = new ArrayList<>();
		for (int i = 0; i < actorCount; i++) {
			Actor actor = Dossiers.newActor("Actor number " + i, ActorKind.values()[random.nextInt(ActorKind.values().length)]);
			actors.add(actor);
			dossier.getActors().add(actor);
		}
		List<CameoEvent> events = new ArrayList<>(CameoTable.getDefault().events());
		for (int i = 0; i < relationshipCount; i++) {
			Actor from = actors.get((int) (Math.pow(random.nextDouble(), 2) * actors.size()));
			Actor to = actors.get(random.nextInt(actors.size()));
			Relationship relationship = Dossiers.newRelationship(from, to, events.get(random.nextInt(events.size())).code());
			for (int s = 0, n = 1 + random.nextInt(3); s < n; s++) {
				relationship.getEvidence().add(Dossiers.newSpan(sources.get(random.nextInt(sources.size())), 0, 10));
			}
			dossier.getRelationships().add(relationship);
		}
		return actors;
	}
}
