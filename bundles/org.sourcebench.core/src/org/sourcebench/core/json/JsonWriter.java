package org.sourcebench.core.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A small streaming JSON writer (RFC 8259), indented by two spaces.
 * <p>
 * Strings are escaped completely: quote, backslash and every control character below U+0020 (short forms
 * where JSON has them, {@code \}{@code uXXXX} otherwise), U+2028/U+2029 (which break JavaScript string
 * literals), and unpaired UTF-16 surrogates (which have no UTF-8 form; escaping keeps the text's length in
 * UTF-16 units, so character offsets into exported bodies stay right). Everything else is written as is
 * and encoded by the underlying writer, which must be UTF-8.
 * <p>
 * The writer checks its nesting (a name only inside an object, a value after a name), so a bug in an
 * exporter fails loudly instead of producing invalid JSON.
 */
public final class JsonWriter {

	private enum Scope { OBJECT, ARRAY }

	private final Writer out;
	private final Deque<Scope> scopes = new ArrayDeque<>();
	private boolean first = true;
	private boolean afterName;
	private boolean done;

	/** @param out where the JSON goes, a UTF-8 writer; not closed by this writer */
	public JsonWriter(Writer out) {
		this.out = out;
	}

	/** @return this, after {@code &#123;} */
	public JsonWriter beginObject() {
		beforeValue();
		write("{");
		scopes.push(Scope.OBJECT);
		first = true;
		return this;
	}

	/** @return this, after {@code &#125;} */
	public JsonWriter endObject() {
		return end(Scope.OBJECT, "}");
	}

	/** @return this, after {@code [} */
	public JsonWriter beginArray() {
		beforeValue();
		write("[");
		scopes.push(Scope.ARRAY);
		first = true;
		return this;
	}

	/** @return this, after {@code ]} */
	public JsonWriter endArray() {
		return end(Scope.ARRAY, "]");
	}

	/**
	 * @param name a member name of the current object
	 * @return this, ready for the member's value
	 */
	public JsonWriter name(String name) {
		if (scopes.peek() != Scope.OBJECT || afterName) {
			throw new IllegalStateException("a name is only allowed directly inside an object: " + name);
		}
		separator();
		string(name);
		write(": ");
		afterName = true;
		return this;
	}

	/** @param value a string, or {@code null} @return this */
	public JsonWriter value(String value) {
		if (value == null) {
			return nullValue();
		}
		beforeValue();
		string(value);
		afterScalar();
		return this;
	}

	/** @param value a number @return this */
	public JsonWriter value(long value) {
		beforeValue();
		write(Long.toString(value));
		afterScalar();
		return this;
	}

	/** @param value a finite number; NaN and infinities become {@code null} (JSON has no form for them) @return this */
	public JsonWriter value(double value) {
		if (Double.isNaN(value) || Double.isInfinite(value)) {
			return nullValue();
		}
		beforeValue();
		write(value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value));
		afterScalar();
		return this;
	}

	/** @param value a boolean @return this */
	public JsonWriter value(boolean value) {
		beforeValue();
		write(Boolean.toString(value));
		afterScalar();
		return this;
	}

	/** @return this, after {@code null} */
	public JsonWriter nullValue() {
		beforeValue();
		write("null");
		afterScalar();
		return this;
	}

	/** Ends the document with a line break; checks that every object and array was closed. */
	public void finish() {
		if (!scopes.isEmpty() || !done) {
			throw new IllegalStateException("unclosed JSON: " + scopes);
		}
		write("\n");
	}

	private JsonWriter end(Scope scope, String token) {
		if (scopes.peek() != scope || afterName) {
			throw new IllegalStateException("cannot close " + scope + " here");
		}
		scopes.pop();
		if (!first) {
			newline();
		}
		write(token);
		first = false;
		if (scopes.isEmpty()) {
			done = true;
		}
		return this;
	}

	private void beforeValue() {
		if (done) {
			throw new IllegalStateException("the JSON document is complete");
		}
		if (scopes.peek() == Scope.OBJECT) {
			if (!afterName) {
				throw new IllegalStateException("a value inside an object needs a name first");
			}
			afterName = false;
		} else if (scopes.peek() == Scope.ARRAY) {
			separator();
		}
		first = false;
	}

	/** A scalar at the top level is the whole document; containers complete it when closed (see end()). */
	private void afterScalar() {
		if (scopes.isEmpty()) {
			done = true;
		}
	}

	private void separator() {
		if (!first) {
			write(",");
		}
		newline();
		first = false;
	}

	private void newline() {
		StringBuilder indent = new StringBuilder("\n");
		indent.append("  ".repeat(scopes.size()));
		write(indent.toString());
	}

	private void string(String s) {
		StringBuilder b = new StringBuilder(s.length() + 2).append('"');
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			switch (c) {
				case '"' -> b.append("\\\"");
				case '\\' -> b.append("\\\\");
				case '\n' -> b.append("\\n");
				case '\r' -> b.append("\\r");
				case '\t' -> b.append("\\t");
				case '\b' -> b.append("\\b");
				case '\f' -> b.append("\\f");
				default -> {
					if (c < 0x20 || c == '\u2028' || c == '\u2029' || isUnpairedSurrogate(s, i)) {
						b.append(String.format("\\u%04x", (int) c));
					} else {
						b.append(c);
					}
				}
			}
		}
		write(b.append('"').toString());
	}

	private static boolean isUnpairedSurrogate(String s, int i) {
		char c = s.charAt(i);
		if (Character.isHighSurrogate(c)) {
			return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
		}
		if (Character.isLowSurrogate(c)) {
			return i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
		}
		return false;
	}

	private void write(String s) {
		try {
			out.write(s);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
