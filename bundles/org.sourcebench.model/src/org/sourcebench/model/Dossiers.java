package org.sourcebench.model;

import java.time.Instant;
import java.util.Iterator;
import java.util.UUID;

import org.eclipse.emf.ecore.EObject;

/**
 * Creates dossier objects the way the rest of Sourcebench expects them: with a fresh UUID {@code id}, and
 * for a {@link Source} with its immutable body. Prefer these to {@link SourcebenchFactory} directly, which
 * leaves {@code id} unset (a {@code DossierStore} fills in missing ids when saving, but views, exports and
 * commands want them from the start).
 *
 * <p>None of these methods adds the object to a dossier; inside the workbench do that with a command so it
 * can be undone.
 */
public final class Dossiers {

	private Dossiers() {
	}

	/** @return a new random identifier */
	public static String newId() {
		return UUID.randomUUID().toString();
	}

	/** Gives {@code element} a fresh id if it has none; returns it. */
	public static <T extends IdentifiedElement> T withId(T element) {
		if (element.getId() == null) {
			element.setId(newId());
		}
		return element;
	}

	/** Gives every {@link IdentifiedElement} in {@code root}'s containment tree (root included) an id if it has none. */
	public static void assignMissingIds(EObject root) {
		if (root instanceof IdentifiedElement element) {
			withId(element);
		}
		for (Iterator<EObject> it = root.eAllContents(); it.hasNext();) {
			if (it.next() instanceof IdentifiedElement element) {
				withId(element);
			}
		}
	}

	/** @return a new, empty dossier created and modified now */
	public static Dossier newDossier(String name) {
		Dossier dossier = withId(SourcebenchFactory.eINSTANCE.createDossier());
		dossier.setName(name);
		Instant now = Instant.now();
		dossier.setCreated(now);
		dossier.setModified(now);
		return dossier;
	}

	/**
	 * @param body the text as imported; it can never be changed afterwards, since every {@link Span} of the
	 *             source points into it
	 * @return a new source with that body
	 */
	public static Source newSource(String body) {
		Source source = withId(SourcebenchFactory.eINSTANCE.createSource());
		source.eSet(SourcebenchPackage.Literals.SOURCE__BODY, body);
		return source;
	}

	/**
	 * @return a span of {@code source}'s body from {@code begin} (inclusive) to {@code end} (exclusive), its
	 *         text copied from the body
	 * @throws IndexOutOfBoundsException if the range does not lie within the body
	 */
	public static Span newSpan(Source source, int begin, int end) {
		String body = source.getBody() == null ? "" : source.getBody();
		String text = body.substring(begin, end);
		Span span = withId(SourcebenchFactory.eINSTANCE.createSpan());
		span.setSource(source);
		span.setBegin(begin);
		span.setEnd(end);
		span.setText(text);
		return span;
	}

	/** @return a new actor with that canonical name and kind */
	public static Actor newActor(String canonicalName, ActorKind kind) {
		Actor actor = withId(SourcebenchFactory.eINSTANCE.createActor());
		actor.setCanonicalName(canonicalName);
		actor.setKind(kind);
		return actor;
	}

	/** @return a new location with that name and kind */
	public static Location newLocation(String name, LocationKind kind) {
		Location location = withId(SourcebenchFactory.eINSTANCE.createLocation());
		location.setName(name);
		location.setKind(kind);
		return location;
	}

	/** @return a new claim by {@code speaker} (may be null) with that text */
	public static Claim newClaim(Actor speaker, String text) {
		Claim claim = withId(SourcebenchFactory.eINSTANCE.createClaim());
		claim.setSpeaker(speaker);
		claim.setText(text);
		return claim;
	}

	/** @return a new relationship {@code from} → {@code to} with that CAMEO event code, status EXTRACTED */
	public static Relationship newRelationship(Actor from, Actor to, String eventCode) {
		Relationship relationship = withId(SourcebenchFactory.eINSTANCE.createRelationship());
		relationship.setFrom(from);
		relationship.setTo(to);
		relationship.setEventCode(eventCode);
		return relationship;
	}

	/** @return the dossier that (transitively) contains {@code object}, or null */
	public static Dossier dossierOf(EObject object) {
		for (EObject current = object; current != null; current = current.eContainer()) {
			if (current instanceof Dossier dossier) {
				return dossier;
			}
		}
		return null;
	}
}
