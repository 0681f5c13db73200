package org.sourcebench.model.geo;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Converts between the ISO 3166-1 alpha-2 codes the dossier stores and the English short country names the
 * export and the extraction engine use. Both sides take the names from the Unicode CLDR data of the JDK
 * ({@link Locale#getDisplayCountry(Locale)}), so a name survives the round trip exactly.
 */
public final class CountryNames {

	private static final Map<String, String> CODE_BY_NAME = new HashMap<>();
	private static final Map<String, String> NAME_BY_CODE = new HashMap<>();

	static {
		for (String code : Locale.getISOCountries()) {
			String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
			CODE_BY_NAME.put(key(name), code);
			NAME_BY_CODE.put(code, name);
		}
	}

	private CountryNames() {
	}

	/**
	 * @param code an ISO 3166-1 alpha-2 code such as {@code "SY"}, or {@code null}
	 * @return the English short name such as {@code "Syria"}, or {@code null} for no or an unknown code
	 */
	public static String name(String code) {
		if (code == null || code.isBlank()) {
			return null;
		}
		return NAME_BY_CODE.get(code.strip().toUpperCase(Locale.ROOT));
	}

	/**
	 * @param name an English short country name, any case, or {@code null}
	 * @return its ISO 3166-1 alpha-2 code, or {@code null} when the name is not a country's
	 */
	public static String code(String name) {
		return name == null ? null : CODE_BY_NAME.get(key(name));
	}

	private static String key(String name) {
		return name.strip().toLowerCase(Locale.ROOT);
	}
}
