package org.sourcebench.report.excel;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.sourcebench.model.AdmiraltyReliability;
import org.sourcebench.model.ClaimCredibility;
import org.sourcebench.model.Ratings;
import org.sourcebench.model.RelationshipStatus;
import org.sourcebench.report.ReportMessages;

/**
 * How ratings and statuses appear in report cells and drop-downs ("B - Usually reliable", "2 - Probably true",
 * "Confirmed"), and how cell text is read back. Reading looks only at the code (the letter, the digit, the
 * status name or label), so a workbook is still read if the meanings are worded differently.
 */
public final class RatingCells {

	private RatingCells() {
	}

	/** @return e.g. "B - Usually reliable" */
	public static String text(AdmiraltyReliability reliability) {
		return Ratings.label(reliability);
	}

	/** @return e.g. "2 - Probably true" */
	public static String text(ClaimCredibility credibility) {
		return Ratings.label(credibility);
	}

	/** @return e.g. "Confirmed" */
	public static String text(RelationshipStatus status) {
		return ReportMessages.text("status." + status.getName());
	}

	/** @return every reliability's cell text, looked up once (for writing many rows) */
	static Map<AdmiraltyReliability, String> reliabilityTexts() {
		Map<AdmiraltyReliability, String> texts = new EnumMap<>(AdmiraltyReliability.class);
		AdmiraltyReliability.VALUES.forEach(r -> texts.put(r, text(r)));
		return texts;
	}

	/** @return every credibility's cell text, looked up once */
	static Map<ClaimCredibility, String> credibilityTexts() {
		Map<ClaimCredibility, String> texts = new EnumMap<>(ClaimCredibility.class);
		ClaimCredibility.VALUES.forEach(c -> texts.put(c, text(c)));
		return texts;
	}

	/** @return every status's cell text, looked up once */
	static Map<RelationshipStatus, String> statusTexts() {
		Map<RelationshipStatus, String> texts = new EnumMap<>(RelationshipStatus.class);
		RelationshipStatus.VALUES.forEach(s -> texts.put(s, text(s)));
		return texts;
	}

	/** @return the reliability whose letter starts {@code cell} ("B", "b", "B - anything"), or null */
	public static AdmiraltyReliability parseReliability(String cell) {
		String code = leadingCode(cell);
		return code == null ? null : AdmiraltyReliability.get(code.toUpperCase(Locale.ROOT));
	}

	/** @return the credibility whose digit starts {@code cell} ("2", "2 - anything"), or null */
	public static ClaimCredibility parseCredibility(String cell) {
		String code = leadingCode(cell);
		if (code == null || code.length() != 1 || !Character.isDigit(code.charAt(0))) {
			return null;
		}
		return ClaimCredibility.get(code.charAt(0) - '0');
	}

	/** @return the status named or labelled {@code cell}, ignoring case, or null */
	public static RelationshipStatus parseStatus(String cell) {
		if (cell == null) {
			return null;
		}
		String value = cell.strip();
		for (RelationshipStatus status : RelationshipStatus.VALUES) {
			if (status.getName().equalsIgnoreCase(value) || text(status).equalsIgnoreCase(value)) {
				return status;
			}
		}
		return null;
	}

	/** @return the drop-down choices for reliability, A first */
	public static List<String> reliabilityChoices() {
		List<String> choices = new ArrayList<>();
		AdmiraltyReliability.VALUES.forEach(r -> choices.add(text(r)));
		return choices;
	}

	/** @return the drop-down choices for credibility, 1 first */
	public static List<String> credibilityChoices() {
		List<String> choices = new ArrayList<>();
		ClaimCredibility.VALUES.forEach(c -> choices.add(text(c)));
		return choices;
	}

	/** @return the drop-down choices for relationship status */
	public static List<String> statusChoices() {
		List<String> choices = new ArrayList<>();
		RelationshipStatus.VALUES.forEach(s -> choices.add(text(s)));
		return choices;
	}

	/** @return the first word of {@code cell} if it is a one-character code followed by nothing or " - ...", else null */
	private static String leadingCode(String cell) {
		if (cell == null) {
			return null;
		}
		String value = cell.strip();
		if (value.isEmpty()) {
			return null;
		}
		if (value.length() == 1 || !Character.isLetterOrDigit(value.charAt(1))) {
			return value.substring(0, 1);
		}
		return null;
	}
}
