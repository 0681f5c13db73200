package org.sourcebench.extract.claims;

/** A quotation: {@code open} and {@code close} are the offsets of its opening and closing marks. */
record Quote(int open, int close) {

	int contentBegin() {
		return open + 1;
	}

	int contentEnd() {
		return close;
	}

	boolean contains(int offset) {
		return offset > open && offset < close;
	}
}
