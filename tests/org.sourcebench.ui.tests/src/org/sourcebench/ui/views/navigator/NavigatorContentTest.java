package org.sourcebench.ui.views.navigator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sourcebench.model.ActorKind;
import org.sourcebench.model.Dossier;
import org.sourcebench.model.Dossiers;
import org.sourcebench.model.Source;
import org.sourcebench.ui.views.navigator.NavigatorGroup.Kind;

class NavigatorContentTest {

	private final NavigatorContent content = new NavigatorContent();

	@Test
	void sourcesAreGroupedByOutletThenDayNewestFirstWithUndatedLast() {
		Dossier dossier = Dossiers.newDossier("d");
		dossier.getSources().add(source("Old", "Levant Wire", 2017, 6, 17));
		dossier.getSources().add(source("New", "Levant Wire", 2017, 7, 10));
		dossier.getSources().add(source("Same day", "Levant Wire", 2017, 7, 10));
		dossier.getSources().add(source("Undated", "Levant Wire", 0, 0, 0));
		dossier.getSources().add(source("Other", "Astana Times", 2017, 6, 20));

		NavigatorGroup sources = (NavigatorGroup) content.getElements(dossier)[0];
		assertEquals(Kind.SOURCES, sources.kind());
		assertEquals(5, sources.count());
		List<String> outlets = Arrays.stream(content.getChildren(sources)).map(o -> ((NavigatorGroup) o).label()).toList();
		assertEquals(List.of("Astana Times", "Levant Wire"), outlets);

		NavigatorGroup levant = (NavigatorGroup) content.getChildren(sources)[1];
		List<String> days = Arrays.stream(content.getChildren(levant)).map(o -> ((NavigatorGroup) o).label()).toList();
		assertEquals(List.of("2017-07-10", "2017-06-17", "(undated)"), days);
		NavigatorGroup july = (NavigatorGroup) content.getChildren(levant)[0];
		assertEquals(List.of("New", "Same day"), Arrays.stream(content.getChildren(july)).map(o -> ((Source) o).getTitle()).toList());
	}

	@Test
	void actorsAreGroupedByKindMostMentionedFirst() {
		Dossier dossier = Dossiers.newDossier("d");
		Source source = source("S", "Wire", 2017, 1, 1);
		dossier.getSources().add(source);
		var putin = Dossiers.newActor("Vladimir Putin", ActorKind.PERSON);
		var lavrov = Dossiers.newActor("Sergei Lavrov", ActorKind.PERSON);
		var russia = Dossiers.newActor("Russia", ActorKind.STATE);
		lavrov.getMentions().add(Dossiers.newSpan(source, 18, 24));
		lavrov.getMentions().add(Dossiers.newSpan(source, 18, 24));
		putin.getMentions().add(Dossiers.newSpan(source, 0, 5));
		dossier.getActors().addAll(List.of(putin, lavrov, russia));

		NavigatorGroup actors = (NavigatorGroup) content.getElements(dossier)[1];
		assertEquals(3, actors.count());
		NavigatorGroup people = (NavigatorGroup) content.getChildren(actors)[0];
		assertEquals(Kind.ACTOR_KIND, people.kind());
		assertEquals(List.of(lavrov, putin), Arrays.asList(content.getChildren(people)));
		assertEquals("Person (2)", new NavigatorLabels().getText(people));
	}

	private static Source source(String title, String outlet, int year, int month, int day) {
		Source source = Dossiers.newSource(title + ": Putin met Assad and Lavrov in Moscow.");
		source.setTitle(title);
		source.setOutlet(outlet);
		if (year > 0) {
			source.setPublished(OffsetDateTime.of(year, month, day, 9, 0, 0, 0, ZoneOffset.UTC));
		}
		return source;
	}
}
