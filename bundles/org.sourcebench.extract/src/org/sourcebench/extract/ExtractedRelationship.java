package org.sourcebench.extract;

import org.sourcebench.model.QuadClass;
import org.sourcebench.model.cameo.CameoTable;

/**
 * A directed event between two actors of the document, typed with its CAMEO code: the two-digit root ("19") or,
 * where the verb dictionary's pattern gives one, the full 3- or 4-digit code ("193"); with the evidence span it was
 * read from and a confidence. Label, QuadClass and Goldstein value come from the one CAMEO table
 * ({@link CameoTable} of the model).
 */
public record ExtractedRelationship(String from, String to, String cameoCode, TextSpan evidence, double confidence) {

	/** The two-digit CAMEO root code. */
	public String root() {
		return cameoCode.substring(0, 2);
	}

	/** CAMEO QuadClass of the code (verbal/material cooperation/conflict). */
	public QuadClass quadClass() {
		return CameoTable.getDefault().quadClass(cameoCode);
	}

	/** The CAMEO table's label for the code (or its nearest listed ancestor). */
	public String label() {
		return CameoTable.getDefault().label(cameoCode);
	}

	/** The Goldstein value of the code (or its nearest listed ancestor). */
	public Double goldstein() {
		return CameoTable.getDefault().goldstein(cameoCode);
	}
}
