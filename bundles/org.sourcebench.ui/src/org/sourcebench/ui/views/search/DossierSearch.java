package org.sourcebench.ui.views.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.sourcebench.model.Actor;
import org.sourcebench.model.Claim;
import org.sourcebench.model.Dossier;
import org.sourcebench.model.Location;
import org.sourcebench.model.Source;
import org.sourcebench.ui.internal.Messages;

/** Finds text anywhere in a dossier: source bodies (every occurrence), actor names and aliases, locations, claims. */
public final class DossierSearch {

	/** Characters of context shown on each side of a hit in a source text. */
	private static final int CONTEXT = 40;

	/**
	 * One hit.
	 *
	 * @param kind    what was searched ("Source text", "Actor alias", ...)
	 * @param element the source, actor, location or claim
	 * @param text    the matching text, with context for a source hit
	 * @param begin   for a source hit, the hit's offset in the body; else -1
	 * @param end     for a source hit, the offset after the hit; else -1
	 */
	public record Hit(String kind, EObject element, String text, int begin, int end) {
	}

	private DossierSearch() {
	}

	/** @return the hits for {@code query} (case ignored), sources first, in dossier order */
	public static List<Hit> find(Dossier dossier, String query) {
		List<Hit> hits = new ArrayList<>();
		String wanted = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
		if (dossier == null || wanted.isEmpty()) {
			return hits;
		}
		for (Source source : dossier.getSources()) {
			String body = source.getBody() == null ? "" : source.getBody();
			String lower = body.toLowerCase(Locale.ROOT);
			for (int at = lower.indexOf(wanted); at >= 0; at = lower.indexOf(wanted, at + wanted.length())) {
				hits.add(new Hit(Messages.Search_kindSource, source, snippet(body, at, at + wanted.length()), at, at + wanted.length()));
			}
		}
		for (Actor actor : dossier.getActors()) {
			if (contains(actor.getCanonicalName(), wanted)) {
				hits.add(new Hit(Messages.Search_kindActor, actor, actor.getCanonicalName(), -1, -1));
			}
			for (String alias : actor.getAliases()) {
				if (contains(alias, wanted)) {
					hits.add(new Hit(Messages.Search_kindAlias, actor, alias, -1, -1));
				}
			}
		}
		for (Location location : dossier.getLocations()) {
			if (contains(location.getName(), wanted)) {
				hits.add(new Hit(Messages.Search_kindLocation, location, location.getName(), -1, -1));
			}
		}
		for (Claim claim : dossier.getClaims()) {
			if (contains(claim.getText(), wanted)) {
				hits.add(new Hit(Messages.Search_kindClaim, claim, claim.getText(), -1, -1));
			}
		}
		return hits;
	}

	private static boolean contains(String text, String wanted) {
		return text != null && text.toLowerCase(Locale.ROOT).contains(wanted);
	}

	private static String snippet(String body, int begin, int end) {
		int from = Math.max(0, begin - CONTEXT);
		int to = Math.min(body.length(), end + CONTEXT);
		return (from > 0 ? "\u2026" : "") + body.substring(from, to).replaceAll("\\s+", " ") + (to < body.length() ? "\u2026" : "");
	}
}
