package org.sourcebench.ui.views;

import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import org.sourcebench.model.Dossier;

/**
 * A filter one view sets on a dossier for all the others (the timeline's brushed time range): the element
 * tables show only the elements it keeps. One filter per dossier; listeners are told on the display thread
 * (filters are set from views).
 */
public final class ElementFilters {

	private static final Map<Dossier, Predicate<Object>> FILTERS = new WeakHashMap<>();
	private static final List<Runnable> LISTENERS = new CopyOnWriteArrayList<>();

	private ElementFilters() {
	}

	/** Sets the filter of {@code dossier} ({@code null} clears it) and tells the listeners. */
	public static void set(Dossier dossier, Predicate<Object> filter) {
		if (filter == null) {
			FILTERS.remove(dossier);
		} else {
			FILTERS.put(dossier, filter);
		}
		LISTENERS.forEach(Runnable::run);
	}

	/** @return whether {@code element} of {@code dossier} passes its filter (true when there is none) */
	public static boolean keeps(Dossier dossier, Object element) {
		Predicate<Object> filter = dossier == null ? null : FILTERS.get(dossier);
		return filter == null || filter.test(element);
	}

	/** @return whether {@code dossier} has a filter */
	public static boolean isFiltered(Dossier dossier) {
		return dossier != null && FILTERS.containsKey(dossier);
	}

	public static void addListener(Runnable listener) {
		LISTENERS.add(listener);
	}

	public static void removeListener(Runnable listener) {
		LISTENERS.remove(listener);
	}
}
