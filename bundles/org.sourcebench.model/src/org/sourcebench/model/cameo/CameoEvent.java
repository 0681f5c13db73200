package org.sourcebench.model.cameo;

import org.sourcebench.model.QuadClass;

/**
 * One row of the CAMEO event code table.
 *
 * @param code      the CAMEO code as text, 2 to 4 digits ("04", "042", "0421"); never a number, because
 *                  "010" (Make statement) and "10" (DEMAND) are different codes
 * @param label     the codebook's label, e.g. "Make a visit"; root codes are upper case in the codebook
 * @param goldstein the Goldstein conflict-cooperation value, -10 (most conflictual) .. +10 (most cooperative)
 * @param quadClass the QuadClass, which follows from the two-digit root
 */
public record CameoEvent(String code, String label, double goldstein, QuadClass quadClass) {

	/** @return the two-digit root code of this event, e.g. "04" for "042" */
	public String root() {
		return code.substring(0, 2);
	}

	/**
	 * @return a codebook label as people read it: the upper-case root labels become sentences ("EXPRESS INTENT
	 *         TO COOPERATE" reads "Express intent to cooperate"), mixed-case labels stay, null becomes empty. The
	 *         workbench, the diagrams and the reports all show labels this way.
	 */
	public static String readable(String label) {
		if (label == null || label.isEmpty()) {
			return "";
		}
		if (!label.equals(label.toUpperCase(java.util.Locale.ROOT))) {
			return label;
		}
		String lower = label.toLowerCase(java.util.Locale.ROOT);
		return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
	}

	/** @return true for one of the 20 root codes */
	public boolean isRoot() {
		return code.length() == 2;
	}
}
