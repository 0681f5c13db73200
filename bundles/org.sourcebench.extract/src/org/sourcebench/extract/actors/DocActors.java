package org.sourcebench.extract.actors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sourcebench.extract.Mechanisms;
import org.sourcebench.model.ActorKind;

/**
 * The actors of one document and their mentions, in text order. Local to one extract call. Later stages
 * (claims, relationships) look mentions up by position and may add actors (unnamed speakers).
 */
public final class DocActors {

	private final Map<String, DocActor> byName = new LinkedHashMap<>();
	private final List<ActorMention> mentions = new ArrayList<>();
	private boolean sorted = true;
	/** Whether the readers of each actor are recorded ({@link DocActor#readers()}, the learned filter's features). */
	private final boolean recording = LearnedActorFilter.recording();
	private static final StackWalker WALKER = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);

	/** The actor of that canonical name, created with the given kind, country and confidence if new. */
	public DocActor actor(String name, ActorKind kind, String iso, double confidence) {
		DocActor a = byName.computeIfAbsent(name, n -> new DocActor(n, kind, iso, confidence));
		a.raiseConfidence(confidence);
		if (recording) {
			a.readers().add(caller());
		}
		return a;
	}

	/** The simple name of the first class on the stack outside this one (the reader calling it). */
	private static String caller() {
		return WALKER.walk(s -> s.map(StackWalker.StackFrame::getDeclaringClass).filter(c -> c != DocActors.class)
				.findFirst().map(c -> {
					Class<?> top = c;
					while (top.getEnclosingClass() != null) {
						top = top.getEnclosingClass();
					}
					return top.getSimpleName();
				}).orElse(""));
	}

	public DocActor byName(String name) {
		return byName.get(name);
	}

	/**
	 * The one person of the document that {@code variant} names: the full name, its last words ("Peskov", "Al
	 * Thani") or, family name first, its first word ("Kim" of "Kim Yo Jong"); null when no person or several fit (a
	 * bare family name two people share is settled by position: {@link #lastBefore}).
	 */
	public DocActor person(String variant) {
		DocActor exact = byName.get(variant);
		if (exact != null && exact.kind() == ActorKind.PERSON) {
			return exact;
		}
		DocActor found = null;
		for (DocActor a : byName.values()) {
			if (a.kind() == ActorKind.PERSON && !a.spans().isEmpty()
					&& (a.name().endsWith(" " + variant) || a.name().startsWith(variant + " "))) {
				if (found != null) {
					return null;
				}
				found = a;
			}
		}
		return found;
	}

	/**
	 * Adds a mention. A span overlapping an earlier mention is dropped, unless it strictly contains the mentions of
	 * one other actor it overlaps: the longer phrase names the actor ("sources from Egypt" is the unnamed sources'
	 * mention, no longer the state's "Egypt"). A span covering mentions of two actors ("officials from Russia and
	 * Turkey") is dropped.
	 */
	public void mention(DocActor a, int begin, int end) {
		List<ActorMention> inside = new ArrayList<>();
		for (ActorMention m : mentions) {
			if (m.begin() < end && begin < m.end()) {
				boolean contained = begin <= m.begin() && m.end() <= end && end - begin > m.end() - m.begin();
				if (!contained || m.actor() == a || !inside.isEmpty() && inside.get(0).actor() != m.actor()) {
					return;
				}
				inside.add(m);
			}
		}
		inside.forEach(this::remove);
		if (recording) {
			a.readers().add(caller());
		}
		mentions.add(new ActorMention(begin, end, a));
		a.spans().add(new int[] {begin, end});
		sorted = false;
	}

	/** Moves every mention of {@code from} to {@code into} ("President Guaidó" read before "Juan Guaidó"). */
	void merge(DocActor from, DocActor into) {
		for (ActorMention m : List.copyOf(mentions)) {
			if (m.actor() == from) {
				remove(m);
				mentions.add(new ActorMention(m.begin(), m.end(), into));
				into.spans().add(new int[] {m.begin(), m.end()});
				sorted = false;
			}
		}
		into.offices().addAll(from.offices());
	}

	/**
	 * Moves every mention of {@code from} to {@code into} and forgets {@code from}'s name, so that later readers
	 * looking an actor up by that name find {@code into} through its mentions: a reader found that the one actor is
	 * the other ("Sergey Lavrov" is "Sergei Lavrov"; "a UN spokesperson" speaks for the United Nations).
	 */
	public void absorb(DocActor from, DocActor into) {
		merge(from, into);
		byName.remove(from.name(), from);
	}

	/** Removes a mention (a longer phrase took its place: "Ukraine" in "Ukraine's presidential office"). */
	void remove(ActorMention m) {
		if (mentions.remove(m)) {
			m.actor().spans().removeIf(s -> s[0] == m.begin() && s[1] == m.end());
			if (Mechanisms.on("actors.staleSpans")) {
				// "Army" of "Indian Army" (a second span the mention carried): no mention backs it any more
				int before = m.actor().spans().size();
				m.actor().spans().removeIf(s -> m.begin() <= s[0] && s[1] <= m.end() && !backed(m.actor(), s));
				Mechanisms.fired("actors.staleSpans", before - m.actor().spans().size());
			}
		}
	}

	/** Whether a mention of {@code a} covers span {@code s}. */
	private boolean backed(DocActor a, int[] s) {
		for (ActorMention m : mentions) {
			if (m.actor() == a && m.begin() <= s[0] && s[1] <= m.end()) {
				return true;
			}
		}
		return false;
	}

	public List<ActorMention> mentions() {
		if (!sorted) {
			mentions.sort(Comparator.comparingInt(ActorMention::begin));
			sorted = true;
		}
		return mentions;
	}

	public List<DocActor> actors() {
		return new ArrayList<>(byName.values());
	}

	/** The mention covering {@code offset}, or null. */
	public ActorMention at(int offset) {
		for (ActorMention m : mentions()) {
			if (m.begin() <= offset && offset < m.end()) {
				return m;
			}
		}
		return null;
	}

	/** Whether any mention overlaps {@code [begin, end)}. */
	public boolean overlaps(int begin, int end) {
		for (ActorMention m : mentions) {
			if (m.begin() < end && begin < m.end()) {
				return true;
			}
		}
		return false;
	}

	/** Mentions inside {@code [from, to)}, in order. */
	public List<ActorMention> within(int from, int to) {
		List<ActorMention> out = new ArrayList<>();
		for (ActorMention m : mentions()) {
			if (m.begin() >= from && m.end() <= to) {
				out.add(m);
			}
		}
		return out;
	}

	/** The last mention ending at or before {@code offset} whose actor satisfies the filter, or null. */
	public ActorMention lastBefore(int offset, java.util.function.Predicate<DocActor> filter) {
		ActorMention best = null;
		for (ActorMention m : mentions()) {
			if (m.end() > offset) {
				break;
			}
			if (filter.test(m.actor())) {
				best = m;
			}
		}
		return best;
	}
}
