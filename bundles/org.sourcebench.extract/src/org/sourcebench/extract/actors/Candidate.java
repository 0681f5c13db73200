package org.sourcebench.extract.actors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/**
 * A possible actor mention found by one matcher; overlapping candidates are settled longest first, then by
 * priority (lower wins). {@code apply} records the accepted mention.
 */
record Candidate(int begin, int end, int priority, Consumer<DocActors> apply) {

	int length() {
		return end - begin;
	}

	/** Non-overlapping candidates, longest first then by priority and position; returned in text order. */
	static List<Candidate> settle(List<Candidate> all) {
		List<Candidate> sorted = new ArrayList<>(all);
		sorted.sort(Comparator.comparingInt((Candidate c) -> -c.length()).thenComparingInt(Candidate::priority)
				.thenComparingInt(Candidate::begin));
		List<Candidate> kept = new ArrayList<>();
		for (Candidate c : sorted) {
			boolean free = true;
			for (Candidate k : kept) {
				if (c.begin() < k.end() && k.begin() < c.end()) {
					free = false;
					break;
				}
			}
			if (free) {
				kept.add(c);
			}
		}
		kept.sort(Comparator.comparingInt(Candidate::begin));
		return kept;
	}
}
