package org.sourcebench.extract.relations;

import org.sourcebench.extract.data.CameoPattern;

/** A CAMEO pattern matched on tokens {@code [first, end)} of one sentence. */
record EventTrigger(CameoPattern pattern, int first, int end) {
}
