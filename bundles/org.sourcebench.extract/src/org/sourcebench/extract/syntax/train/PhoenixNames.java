package org.sourcebench.extract.syntax.train;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.sourcebench.extract.syntax.Gazetteer;

/**
 * Names for the entity tagger's gazetteer from the PETRARCH/Phoenix dictionaries in their own format
 * ({@code data/petrarch}): an actor block is a headword line, its {@code +} synonyms and its {@code [CODE]} roles;
 * a block with a date-restricted role ({@code [RUSGOV 000507-080507]}) names a person, a block headed by a
 * country name lists that country's provinces and towns (PLACE), any other block an organisation or group (ORG).
 * Agent nouns: the one-word entries of the agents file.
 */
final class PhoenixNames {

	private static final Pattern DATED = Pattern.compile("\\[[~A-Z]+ *[<>]?\\d{6}");
	private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z .'-]*");

	private PhoenixNames() {
	}

	/** {type, name} of every headword and synonym, names in capitalised words. */
	static List<String[]> read(File file, Set<String> countryKeys) throws IOException {
		List<String[]> out = new ArrayList<>();
		List<String> block = new ArrayList<>();
		boolean dated = false;
		for (String raw : Files.readAllLines(file.toPath(), StandardCharsets.UTF_8)) {
			String line = raw.contains("#") ? raw.substring(0, raw.indexOf('#')) : raw;
			if (line.isBlank()) {
				continue;
			}
			char c = line.charAt(0);
			if (c != '+' && c != '[' && !Character.isWhitespace(c)) {
				flush(block, dated, countryKeys, out);
				dated = false;
			}
			dated |= DATED.matcher(line).find();
			if (c == '+' || c != '[' && !Character.isWhitespace(c)) {
				String entry = line.substring(c == '+' ? 1 : 0).split("[\\t\\[]")[0].strip();
				String name = entry.replaceAll("\\(.*?\\)", "").replace('_', ' ').strip().replaceAll(" +", " ");
				if (NAME.matcher(name).matches()) {
					block.add(capitalise(name));
				}
			}
		}
		flush(block, dated, countryKeys, out);
		return out;
	}

	private static void flush(List<String> block, boolean dated, Set<String> countryKeys, List<String[]> out) {
		if (block.isEmpty()) {
			return;
		}
		String type = dated ? "PERSON" : countryKeys.contains(Gazetteer.key(block.get(0))) ? "PLACE" : "ORG";
		for (String name : block) {
			out.add(new String[] {type, name});
		}
		block.clear();
	}

	private static String capitalise(String upper) {
		StringBuilder sb = new StringBuilder(upper.length());
		boolean start = true;
		for (char ch : upper.toCharArray()) {
			sb.append(start ? Character.toUpperCase(ch) : Character.toLowerCase(ch));
			start = ch == ' ' || ch == '-';
		}
		return sb.toString();
	}

	/** Lower-case one-word agent nouns ("president", "spokesman", "commander"). */
	static Set<String> agentWords(File agents) throws IOException {
		Set<String> out = new LinkedHashSet<>();
		for (String raw : Files.readAllLines(agents.toPath(), StandardCharsets.UTF_8)) {
			if (raw.startsWith("#") || raw.startsWith("!") || raw.isBlank()) {
				continue;
			}
			String entry = raw.split("[\\s\\[]")[0];
			while (entry.endsWith("_")) {
				entry = entry.substring(0, entry.length() - 1);
			}
			if (entry.length() >= 3 && entry.chars().allMatch(Character::isLetter)) {
				out.add(entry.toLowerCase(Locale.ROOT));
			}
		}
		return out;
	}
}
