package org.sourcebench.core.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The one JSON reader of Sourcebench, {@link JsonWriter}'s counterpart: a strict parser of RFC 8259 (no trailing
 * commas, comments, single quotes, duplicate member names or text after the value), so that the map's TopoJSON
 * basemap is read as what it claims to be and the tests check the exporters' output against the grammar rather
 * than against themselves. Objects become {@link LinkedHashMap}s (member order kept), arrays {@link List}s,
 * numbers {@link Long} (integers) or {@link Double}; read numbers as {@link Number}.
 */
public final class JsonReader {

	private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");
	private static final Pattern INTEGER = Pattern.compile("-?[0-9]{1,18}");
	private static final Pattern HEX4 = Pattern.compile("[0-9a-fA-F]{4}");

	private final String text;
	private int pos;

	private JsonReader(String text) {
		this.text = text;
	}

	/**
	 * @param text one JSON value
	 * @return the value: a map, list, string, number, boolean or null
	 * @throws IllegalArgumentException naming the problem and the offset of the first error
	 */
	public static Object parse(String text) {
		JsonReader parser = new JsonReader(text);
		parser.whitespace();
		Object value = parser.value();
		parser.whitespace();
		if (parser.pos != text.length()) {
			throw parser.error("trailing characters");
		}
		return value;
	}

	private Object value() {
		if (pos >= text.length()) {
			throw error("unexpected end");
		}
		char c = text.charAt(pos);
		switch (c) {
			case '{':
				return object();
			case '[':
				return array();
			case '"':
				return string();
			case 't':
				return literal("true", Boolean.TRUE);
			case 'f':
				return literal("false", Boolean.FALSE);
			case 'n':
				return literal("null", null);
			default:
				if (c == '-' || c >= '0' && c <= '9') {
					return number();
				}
				throw error("unexpected character '" + c + "'");
		}
	}

	private Map<String, Object> object() {
		Map<String, Object> map = new LinkedHashMap<>();
		pos++;
		whitespace();
		if (peek('}')) {
			pos++;
			return map;
		}
		while (true) {
			whitespace();
			if (!peek('"')) {
				throw error("expected a member name");
			}
			String name = string();
			whitespace();
			expect(':');
			whitespace();
			if (map.containsKey(name)) {
				throw error("duplicate member " + name);
			}
			map.put(name, value());
			whitespace();
			if (peek(',')) {
				pos++;
				continue;
			}
			expect('}');
			return map;
		}
	}

	private List<Object> array() {
		List<Object> list = new ArrayList<>();
		pos++;
		whitespace();
		if (peek(']')) {
			pos++;
			return list;
		}
		while (true) {
			whitespace();
			list.add(value());
			whitespace();
			if (peek(',')) {
				pos++;
				continue;
			}
			expect(']');
			return list;
		}
	}

	private String string() {
		StringBuilder b = new StringBuilder();
		pos++;
		while (true) {
			if (pos >= text.length()) {
				throw error("unterminated string");
			}
			char c = text.charAt(pos++);
			if (c == '"') {
				return b.toString();
			}
			if (c < 0x20) {
				throw error("raw control character in string");
			}
			if (c != '\\') {
				b.append(c);
				continue;
			}
			if (pos >= text.length()) {
				throw error("unterminated string");
			}
			char e = text.charAt(pos++);
			switch (e) {
				case '"', '\\', '/' -> b.append(e);
				case 'b' -> b.append('\b');
				case 'f' -> b.append('\f');
				case 'n' -> b.append('\n');
				case 'r' -> b.append('\r');
				case 't' -> b.append('\t');
				case 'u' -> {
					if (pos + 4 > text.length() || !HEX4.matcher(text.substring(pos, pos + 4)).matches()) {
						throw error("bad \\u escape");
					}
					b.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
					pos += 4;
				}
				default -> throw error("bad escape \\" + e);
			}
		}
	}

	private Object number() {
		int start = pos;
		if (peek('-')) {
			pos++;
		}
		while (pos < text.length() && "0123456789.eE+-".indexOf(text.charAt(pos)) >= 0) {
			pos++;
		}
		String n = text.substring(start, pos);
		if (!NUMBER.matcher(n).matches()) {
			throw error("bad number " + n);
		}
		return INTEGER.matcher(n).matches() ? (Object) Long.valueOf(n) : (Object) Double.valueOf(n);
	}

	private Object literal(String word, Object value) {
		if (!text.startsWith(word, pos)) {
			throw error("expected " + word);
		}
		pos += word.length();
		return value;
	}

	private void whitespace() {
		while (pos < text.length() && " \t\n\r".indexOf(text.charAt(pos)) >= 0) {
			pos++;
		}
	}

	private boolean peek(char c) {
		return pos < text.length() && text.charAt(pos) == c;
	}

	private void expect(char c) {
		if (!peek(c)) {
			throw error("expected '" + c + "'");
		}
		pos++;
	}

	private IllegalArgumentException error(String message) {
		return new IllegalArgumentException("JSON: " + message + " at offset " + pos);
	}
}
