package org.sourcebench.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class JsonReaderTest {

	@Test
	void readsWhatTheWriterWritesBackToTheSameValues() {
		StringWriter out = new StringWriter();
		String text = "a\"b\\c\nd\u0001\u2028\uD83D\uDE00 lone \uD83D";
		new JsonWriter(out).beginObject().name("text").value(text).name("n").value(42).name("x").value(-2.5e-3)
				.name("list").beginArray().value(true).nullValue().endArray().endObject().finish();

		Map<?, ?> read = (Map<?, ?>) JsonReader.parse(out.toString());

		assertEquals(List.of("text", "n", "x", "list"), List.copyOf(read.keySet()), "member order is kept");
		assertEquals(text, read.get("text"));
		assertEquals(42L, read.get("n"), "integers are longs");
		assertEquals(-2.5e-3, read.get("x"));
		List<?> list = (List<?>) read.get("list");
		assertEquals(Boolean.TRUE, list.get(0));
		assertNull(list.get(1));
	}

	@Test
	void whatRfc8259ForbidsIsRejectedWithItsOffset() {
		for (String bad : List.of("[1,]", "{\"a\":1,}", "{'a':1}", "[1] x", "{\"a\":1,\"a\":2}", "[01]", "[1.]", "[\"\\x\"]",
				"[\"\\u12\"]", "\"tab\there\"", "// c\n1", "[", "")) {
			IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> JsonReader.parse(bad), bad);
			assertTrue(e.getMessage().matches("JSON: .+ at offset \\d+"), e.getMessage());
		}
	}

	@Test
	void largeIntegersBecomeDoublesRatherThanOverflow() {
		assertEquals(123456789012345678L, JsonReader.parse("123456789012345678"));
		assertEquals(1.2345678901234567e19, JsonReader.parse("12345678901234567890"));
	}
}
