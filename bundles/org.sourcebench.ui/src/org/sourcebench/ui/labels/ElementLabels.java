package org.sourcebench.ui.labels;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
import org.sourcebench.model.Actor;
import org.sourcebench.model.ActorKind;
import org.sourcebench.model.Claim;
import org.sourcebench.model.Dossier;
import org.sourcebench.model.Location;
import org.sourcebench.model.LocationKind;
import org.sourcebench.model.Relationship;
import org.sourcebench.model.Source;
import org.sourcebench.model.Span;
import org.sourcebench.ui.internal.Messages;

/** The short texts by which the views name dossier elements, in one place so every view says the same. */
public final class ElementLabels {

	/** Dates as the navigator and tables show them: 2017-06-17. */
	public static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

	private static final int MAX_TEXT = 80;

	private ElementLabels() {
	}

	/** @return a one-line name of {@code element} */
	public static String text(Object element) {
		if (element instanceof Dossier dossier) {
			return orUntitled(dossier.getName());
		}
		if (element instanceof Source source) {
			return orUntitled(source.getTitle());
		}
		if (element instanceof Actor actor) {
			return orUntitled(actor.getCanonicalName());
		}
		if (element instanceof Location location) {
			return orUntitled(location.getName());
		}
		if (element instanceof Claim claim) {
			return NLS.bind(Messages.Label_claim, name(claim.getSpeaker()), shorten(claim.getText()));
		}
		if (element instanceof Relationship relationship) {
			return NLS.bind(Messages.Label_relationship,
					new Object[] { name(relationship.getFrom()), eventName(relationship), name(relationship.getTo()) });
		}
		if (element instanceof Span span) {
			return '"' + shorten(span.getText()) + '"';
		}
		if (element instanceof EObject object && org.sourcebench.model.edit.commands.RenameCommand.nameFeature(object) != null
				&& object.eGet(org.sourcebench.model.edit.commands.RenameCommand.nameFeature(object)) instanceof String name) {
			return orUntitled(name); // a diagram
		}
		if (element instanceof EObject object) {
			return object.eClass().getName();
		}
		return element == null ? "" : element.toString();
	}

	/** @return the actor's name, or "(unknown)" */
	public static String name(Actor actor) {
		return actor == null ? Messages.Label_unknownActor : orUntitled(actor.getCanonicalName());
	}

	/** @return "042 Make a visit" or just the code when the CAMEO table does not know it */
	public static String eventName(Relationship relationship) {
		String code = relationship.getEventCode() == null ? "?" : relationship.getEventCode();
		String label = relationship.getEventLabel();
		return label == null ? code : code + " " + sentenceCase(label);
	}

	/**
	 * @return a CAMEO label as a sentence: "EXPRESS INTENT TO COOPERATE" reads "Express intent to cooperate";
	 *         labels in mixed case stay as they are, null becomes empty
	 */
	public static String sentenceCase(String label) {
		return org.sourcebench.model.cameo.CameoEvent.readable(label);
	}

	/** @return "Armed group" for {@link ActorKind#ARMED_GROUP} */
	public static String kind(ActorKind kind) {
		return kind == null ? "" : humanise(kind.getName());
	}

	/** @return "City" for {@link LocationKind#CITY} */
	public static String kind(LocationKind kind) {
		return kind == null ? "" : humanise(kind.getName());
	}

	/** @return an enum literal name as words: VERBAL_COOPERATION → "Verbal cooperation" */
	public static String humanise(String literal) {
		if (literal == null || literal.isEmpty()) {
			return "";
		}
		String words = literal.replace('_', ' ').toLowerCase(Locale.ROOT);
		return Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

	/** @return the source's publication date, or an empty string */
	public static String date(Source source) {
		return source.getPublished() == null ? "" : DATE.format(source.getPublished());
	}

	/** @return {@code text} on one line, cut to a readable length */
	public static String shorten(String text) {
		if (text == null) {
			return "";
		}
		String line = text.strip().replaceAll("\\s+", " ");
		return line.length() <= MAX_TEXT ? line : line.substring(0, MAX_TEXT - 1) + "\u2026";
	}

	private static String orUntitled(String name) {
		return name == null || name.isBlank() ? Messages.Label_untitled : name;
	}
}
