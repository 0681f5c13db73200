package org.sourcebench.report.excel.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CellTextTest {

	@Test
	void plainTextIsKept() {
		assertEquals("Kyiv", CellText.of("Kyiv").value());
	}
}
