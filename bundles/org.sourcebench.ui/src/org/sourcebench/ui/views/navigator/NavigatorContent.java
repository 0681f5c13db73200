package org.sourcebench.ui.views.navigator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.eclipse.jface.viewers.ITreeContentProvider;
import org.sourcebench.model.Actor;
import org.sourcebench.model.ActorKind;
import org.sourcebench.model.Dossier;
import org.sourcebench.model.Location;
import org.sourcebench.model.LocationKind;
import org.sourcebench.model.Source;
import org.sourcebench.ui.internal.Messages;
import org.sourcebench.ui.labels.ElementLabels;
import org.sourcebench.ui.views.navigator.NavigatorGroup.Kind;

/**
 * The navigator's tree: sources by outlet (newest first), actors and locations by kind (most mentioned
 * first), the numbers of claims and relationships, and the saved diagrams. The input is the dossier.
 */
class NavigatorContent implements ITreeContentProvider {

	@Override
	public Object[] getElements(Object input) {
		if (!(input instanceof Dossier dossier)) {
			return new Object[0];
		}
		List<Object> top = new ArrayList<>();
		top.add(new NavigatorGroup(Kind.SOURCES, "", Messages.Navigator_sources, sourcesByOutlet(dossier.getSources())));
		top.add(new NavigatorGroup(Kind.ACTORS, "", Messages.Navigator_actors, actorsByKind(dossier.getActors())));
		top.add(new NavigatorGroup(Kind.LOCATIONS, "", Messages.Navigator_locations, locationsByKind(dossier.getLocations())));
		top.add(new NavigatorGroup(Kind.CLAIMS, "", Messages.Navigator_claims, new ArrayList<>(dossier.getClaims())));
		top.add(new NavigatorGroup(Kind.RELATIONSHIPS, "", Messages.Navigator_relationships, new ArrayList<>(dossier.getRelationships())));
		top.add(new NavigatorGroup(Kind.DIAGRAMS, "", Messages.Navigator_diagrams, new ArrayList<>(dossier.getDiagrams().stream()
				.sorted(Comparator.comparing(d -> ElementLabels.text(d).toLowerCase(java.util.Locale.ROOT))).toList())));
		return top.toArray();
	}

	private static List<Object> sourcesByOutlet(List<Source> sources) {
		Map<String, List<Source>> byOutlet = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
		for (Source source : sources) {
			String outlet = source.getOutlet() == null || source.getOutlet().isBlank() ? Messages.Navigator_unknownOutlet : source.getOutlet();
			byOutlet.computeIfAbsent(outlet, k -> new ArrayList<>()).add(source);
		}
		List<Object> groups = new ArrayList<>();
		byOutlet.forEach((outlet, list) -> groups.add(new NavigatorGroup(Kind.OUTLET, outlet, outlet, byDate(outlet, list))));
		return groups;
	}

	/** One folder per publication day, newest first; undated sources last. */
	private static List<Object> byDate(String outlet, List<Source> sources) {
		Map<String, List<Source>> byDay = new TreeMap<>(Comparator.<String, Boolean>comparing(String::isEmpty)
				.thenComparing(Comparator.<String>reverseOrder()));
		for (Source source : sources) {
			byDay.computeIfAbsent(ElementLabels.date(source), k -> new ArrayList<>()).add(source);
		}
		List<Object> days = new ArrayList<>();
		byDay.forEach((day, list) -> days.add(new NavigatorGroup(Kind.DATE, outlet + "\u0000" + day,
				day.isEmpty() ? Messages.Navigator_undated : day,
				new ArrayList<>(list.stream().sorted(Comparator.comparing(ElementLabels::text)).toList()))));
		return days;
	}

	private static List<Object> actorsByKind(List<Actor> actors) {
		return byKind(actors, Kind.ACTOR_KIND, a -> a.getKind() == null ? ActorKind.OTHER : a.getKind(), ActorKind.class,
				ElementLabels::kind, a -> a.getMentions().size());
	}

	private static List<Object> locationsByKind(List<Location> locations) {
		return byKind(locations, Kind.LOCATION_KIND, l -> l.getKind() == null ? LocationKind.OTHER : l.getKind(), LocationKind.class,
				ElementLabels::kind, l -> l.getMentions().size());
	}

	private static <T, K extends Enum<K>> List<Object> byKind(List<T> elements, Kind groupKind, Function<T, K> kindOf, Class<K> kinds,
			Function<K, String> kindLabel, Function<T, Integer> mentions) {
		Map<K, List<T>> grouped = new EnumMap<>(kinds);
		for (T element : elements) {
			grouped.computeIfAbsent(kindOf.apply(element), k -> new ArrayList<>()).add(element);
		}
		List<Object> groups = new ArrayList<>();
		grouped.forEach((kind, list) -> groups.add(new NavigatorGroup(groupKind, kind.name(), kindLabel.apply(kind),
				new ArrayList<>(list.stream().sorted(Comparator.comparing(mentions).reversed().thenComparing(ElementLabels::text)).toList()))));
		return groups;
	}

	@Override
	public Object[] getChildren(Object parent) {
		if (parent instanceof NavigatorGroup group && group.kind() != Kind.CLAIMS && group.kind() != Kind.RELATIONSHIPS) {
			return group.children().toArray();
		}
		return new Object[0];
	}

	@Override
	public Object getParent(Object element) {
		return null;
	}

	@Override
	public boolean hasChildren(Object element) {
		return getChildren(element).length > 0;
	}
}
