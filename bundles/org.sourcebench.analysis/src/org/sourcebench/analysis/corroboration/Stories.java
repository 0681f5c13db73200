package org.sourcebench.analysis.corroboration;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sourcebench.model.Source;
import org.sourcebench.model.Span;

/**
 * Groups a dossier's sources into independent stories, so that a reprint never counts as a second source.
 * Two sources are the same story when
 * <ul>
 * <li>their files have the same SHA-256;</li>
 * <li>they carry the same agency story code (slug): one wire story run by several outlets; or</li>
 * <li>one is flagged as a reprint of the other: the importer writes the original's id into the reprint's
 * notes (the model has no reprint reference), so any other source's id found in a source's notes links them.</li>
 * </ul>
 * The relation is closed transitively (a reprint of a reprint is the same story).
 */
public final class Stories {

	private static final Pattern UUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

	private final Map<Source, Source> parent = new HashMap<>();

	/** @param sources every source of the dossier */
	public Stories(Collection<Source> sources) {
		Map<String, Source> byId = new HashMap<>();
		Map<String, Source> byHash = new HashMap<>();
		Map<String, Source> byStory = new HashMap<>();
		for (Source source : sources) {
			parent.put(source, source);
			if (source.getId() != null) {
				byId.put(source.getId(), source);
			}
		}
		for (Source source : sources) {
			link(source, byHash, source.getSha256());
			link(source, byStory, source.getStoryCode() == null ? null : source.getStoryCode().strip().toLowerCase(java.util.Locale.ROOT));
			if (source.getNotes() != null) {
				Matcher ids = UUID.matcher(source.getNotes());
				while (ids.find()) {
					Source original = byId.get(ids.group());
					if (original != null && original != source) {
						union(source, original);
					}
				}
			}
		}
	}

	private void link(Source source, Map<String, Source> seen, String key) {
		if (key == null || key.isBlank()) {
			return;
		}
		Source first = seen.putIfAbsent(key, source);
		if (first != null) {
			union(source, first);
		}
	}

	/** @return the representative source of {@code source}'s story (itself when it is no reprint) */
	public Source storyOf(Source source) {
		Source root = parent.getOrDefault(source, source);
		while (parent.containsKey(root) && parent.get(root) != root) {
			Source up = parent.get(root);
			parent.put(root, parent.getOrDefault(up, up)); // path halving
			root = up;
		}
		return root;
	}

	private void union(Source a, Source b) {
		Source ra = storyOf(a);
		Source rb = storyOf(b);
		if (ra != rb) {
			parent.put(ra, rb);
		}
	}

	/** @return whether {@code a} and {@code b} are the same story */
	public boolean sameStory(Source a, Source b) {
		return storyOf(a) == storyOf(b);
	}

	/** @return the number of independent stories among the sources of {@code evidence} */
	public int independentSources(Collection<Span> evidence) {
		Set<Source> stories = new HashSet<>();
		for (Span span : evidence) {
			if (span.getSource() != null) {
				stories.add(storyOf(span.getSource()));
			}
		}
		return stories.size();
	}

	/** @return the sources of {@code evidence}, one per independent story (the first met), in evidence order */
	public List<Source> independentSourcesOf(Collection<Span> evidence) {
		Set<Source> stories = new HashSet<>();
		List<Source> result = new java.util.ArrayList<>();
		for (Span span : evidence) {
			if (span.getSource() != null && stories.add(storyOf(span.getSource()))) {
				result.add(span.getSource());
			}
		}
		return result;
	}
}
