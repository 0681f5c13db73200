package org.sourcebench.ui.handlers;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.preference.IPreferenceStore;
import org.sourcebench.ui.preferences.HighlightPreferences;

/** The most recently opened dossiers, newest first, kept in the workbench bundle's preferences. */
public final class RecentDossiers {

	private static final String KEY = "recentDossiers";
	private static final int MAX = 8;

	private RecentDossiers() {
	}

	/** Puts {@code file} at the top of the list. */
	public static void add(Path file) {
		List<String> files = new ArrayList<>(names());
		String name = file.toAbsolutePath().normalize().toString();
		files.remove(name);
		files.add(0, name);
		store().setValue(KEY, String.join("\n", files.subList(0, Math.min(MAX, files.size()))));
	}

	/** @return the recent dossier files, newest first */
	public static List<Path> list() {
		return names().stream().map(Path::of).toList();
	}

	private static List<String> names() {
		String value = store().getString(KEY);
		return value == null || value.isBlank() ? List.of() : Arrays.asList(value.split("\n"));
	}

	private static IPreferenceStore store() {
		return HighlightPreferences.store();
	}
}
