package org.sourcebench.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringWriter;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

class JsonWriterTest {

	private static String json(Consumer<JsonWriter> body) {
		StringWriter out = new StringWriter();
		JsonWriter writer = new JsonWriter(out);
		body.accept(writer);
		writer.finish();
		return out.toString();
	}

	@Test
	void stringsAreEscapedCompletely() {
		String written = json(w -> w.value("a\"b\\c\nd\te\u0001f\u2028g\u001fh/\u00e9\u2019"));

		assertEquals("\"a\\\"b\\\\c\\nd\\te\\u0001f\\u2028g\\u001fh/\u00e9\u2019\"\n", written);
	}

	@Test
	void surrogatePairsStayAndLoneSurrogatesAreEscaped() {
		assertEquals("\"\uD83D\uDE00\"\n", json(w -> w.value("\uD83D\uDE00")));
		assertEquals("\"x\\ud83dy\\ude00\"\n", json(w -> w.value("x\uD83Dy\uDE00")));
	}

	@Test
	void containersAreIndentedAndEmptyOnesStayShort() {
		String written = json(w -> w.beginObject().name("a").beginArray().value(1).value(2.5).value(true).nullValue()
				.endArray().name("b").beginObject().endObject().name("c").beginArray().endArray().endObject());

		assertEquals("{\n  \"a\": [\n    1,\n    2.5,\n    true,\n    null\n  ],\n  \"b\": {},\n  \"c\": []\n}\n", written);
	}

	@Test
	void numbersJsonCannotHoldBecomeNull() {
		assertEquals("[\n  null,\n  null,\n  3\n]\n",
				json(w -> w.beginArray().value(Double.NaN).value(Double.POSITIVE_INFINITY).value(3.0).endArray()));
	}

	@Test
	void misuseFailsInsteadOfWritingInvalidJson() {
		JsonWriter writer = new JsonWriter(new StringWriter());
		writer.beginObject();
		assertThrows(IllegalStateException.class, () -> writer.value("no name"));
		writer.name("x");
		assertThrows(IllegalStateException.class, () -> writer.name("y"));
		assertThrows(IllegalStateException.class, writer::endObject);
		writer.value(1);
		assertThrows(IllegalStateException.class, writer::endArray);
		assertThrows(IllegalStateException.class, writer::finish);
		writer.endObject();
		assertThrows(IllegalStateException.class, () -> writer.value(2));
		writer.finish();
	}
}
