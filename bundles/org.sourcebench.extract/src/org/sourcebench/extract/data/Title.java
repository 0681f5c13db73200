package org.sourcebench.extract.data;

/** A title or role of titles.tsv; honorific titles are part of a person's mention ("President Al Assad"). */
public record Title(String title, boolean honorific, String office) {
}
