package org.sourcebench.model.validation;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.sourcebench.core.nls.HeadlessMessages;
import org.sourcebench.model.Actor;
import org.sourcebench.model.Claim;
import org.sourcebench.model.Dossier;
import org.sourcebench.model.Dossiers;
import org.sourcebench.model.Location;
import org.sourcebench.model.Relationship;
import org.sourcebench.model.Source;
import org.sourcebench.model.SourcebenchPackage;
import org.sourcebench.model.Span;

/**
 * The Sourcebench rules a dossier must keep, on top of EMF's own (multiplicities, proxies, ...):
 * <ul>
 * <li>{@link #SPAN_OUT_OF_BODY} a span lies within its source's body: {@code 0 <= begin <= end <= length};</li>
 * <li>{@link #SPAN_TEXT_MISMATCH} a span's text is exactly the body's characters it covers;</li>
 * <li>{@link #SPAN_WITHOUT_SOURCE} a span names its source;</li>
 * <li>{@link #RELATIONSHIP_END_MISSING} a relationship has both ends;</li>
 * <li>{@link #DUPLICATE_ACTOR} no two actors share canonical name and kind (names compared ignoring case
 * and surrounding or repeated spaces, since "Hamas" and "HAMAS " are the same actor to an analyst);</li>
 * <li>{@link #FOREIGN_REFERENCE} every reference points into the same dossier.</li>
 * </ul>
 * Each diagnostic names the object (its kind, name or text, and id) and the reason; its data holds the
 * object first and the feature second, for views that select or mark it.
 *
 * <p>Use {@link #validate(Dossier)}, or {@link #register()} once so that EMF's {@link Diagnostician} (and
 * the workbench's validate action) apply these rules.
 */
public class DossierValidator extends EObjectValidator {

	/** Diagnostic source of these rules. */
	public static final String DIAGNOSTIC_SOURCE = "org.sourcebench.model";

	/** Diagnostic code: span range outside the body. */
	public static final int SPAN_OUT_OF_BODY = 1;
	/** Diagnostic code: span text differs from the body. */
	public static final int SPAN_TEXT_MISMATCH = 2;
	/** Diagnostic code: span without source. */
	public static final int SPAN_WITHOUT_SOURCE = 3;
	/** Diagnostic code: relationship without from or to. */
	public static final int RELATIONSHIP_END_MISSING = 4;
	/** Diagnostic code: two actors with the same canonical name and kind. */
	public static final int DUPLICATE_ACTOR = 5;
	/** Diagnostic code: a reference to an object that is not in this dossier. */
	public static final int FOREIGN_REFERENCE = 6;
	/** Two objects of one dossier share an id (a hand-edited or merged file): references to it are ambiguous. */
	public static final int DUPLICATE_ID = 7;

	/** The shared instance. */
	public static final DossierValidator INSTANCE = new DossierValidator();

	private static final HeadlessMessages.Keyed TEXTS = HeadlessMessages.keyed("org.sourcebench.model.validation.messages",
			DossierValidator.class);

	/**
	 * Registers {@link #INSTANCE} for the Sourcebench package in EMF's global validator registry, so every
	 * {@link Diagnostician} uses it. Idempotent.
	 */
	public static void register() {
		EValidator.Registry.INSTANCE.put(SourcebenchPackage.eINSTANCE, INSTANCE);
	}

	/**
	 * Validates a whole dossier with EMF's and these rules, without touching the global registry.
	 *
	 * @return the diagnostic tree; {@code getSeverity() == Diagnostic.OK} when the dossier keeps every rule
	 */
	public static Diagnostic validate(Dossier dossier) {
		EValidatorRegistryImpl registry = new EValidatorRegistryImpl(EValidator.Registry.INSTANCE);
		registry.put(SourcebenchPackage.eINSTANCE, INSTANCE);
		return new Diagnostician(registry).validate(dossier);
	}

	@Override
	public boolean validate(EClass eClass, EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean valid = super.validate(eClass, object, diagnostics, context);
		if (object.eClass().getEPackage() != SourcebenchPackage.eINSTANCE) {
			return valid;
		}
		valid &= validateReferencesStayInDossier(object, diagnostics);
		if (object instanceof Span span) {
			valid &= validateSpan(span, diagnostics);
		} else if (object instanceof Relationship relationship) {
			valid &= validateRelationshipEnds(relationship, diagnostics);
		} else if (object instanceof Dossier dossier) {
			valid &= validateUniqueActors(dossier, diagnostics);
			valid &= validateUniqueIds(dossier, diagnostics);
		}
		return valid;
	}

	boolean validateSpan(Span span, DiagnosticChain diagnostics) {
		Source source = span.getSource();
		if (source == null) {
			return report(diagnostics, SPAN_WITHOUT_SOURCE, span, SourcebenchPackage.Literals.SPAN__SOURCE, "spanWithoutSource", describe(span));
		}
		String body = source.getBody() == null ? "" : source.getBody();
		if (span.getBegin() < 0 || span.getEnd() < span.getBegin() || span.getEnd() > body.length()) {
			return report(diagnostics, SPAN_OUT_OF_BODY, span, SourcebenchPackage.Literals.SPAN__END, "spanOutOfBody", describe(span),
					span.getBegin(), span.getEnd(), describe(source), body.length());
		}
		String covered = body.substring(span.getBegin(), span.getEnd());
		if (!covered.equals(span.getText())) {
			return report(diagnostics, SPAN_TEXT_MISMATCH, span, SourcebenchPackage.Literals.SPAN__TEXT, "spanTextMismatch", describe(span),
					abbreviate(covered), describe(source));
		}
		return true;
	}

	boolean validateRelationshipEnds(Relationship relationship, DiagnosticChain diagnostics) {
		boolean valid = true;
		if (relationship.getFrom() == null) {
			valid = report(diagnostics, RELATIONSHIP_END_MISSING, relationship, SourcebenchPackage.Literals.RELATIONSHIP__FROM,
					"relationshipWithoutFrom", describe(relationship));
		}
		if (relationship.getTo() == null) {
			valid &= report(diagnostics, RELATIONSHIP_END_MISSING, relationship, SourcebenchPackage.Literals.RELATIONSHIP__TO,
					"relationshipWithoutTo", describe(relationship));
		}
		return valid;
	}

	boolean validateUniqueActors(Dossier dossier, DiagnosticChain diagnostics) {
		boolean valid = true;
		Map<String, Actor> seen = new HashMap<>();
		for (Actor actor : dossier.getActors()) {
			if (actor.getCanonicalName() == null || actor.getCanonicalName().isBlank()) {
				continue;
			}
			String key = normalise(actor.getCanonicalName()) + "\u0000" + actor.getKind();
			Actor first = seen.putIfAbsent(key, actor);
			if (first != null) {
				valid = report(diagnostics, DUPLICATE_ACTOR, actor, SourcebenchPackage.Literals.ACTOR__CANONICAL_NAME, "duplicateActor",
						describe(actor), describe(first), actor.getKind().getName());
			}
		}
		return valid;
	}

	boolean validateUniqueIds(Dossier dossier, DiagnosticChain diagnostics) {
		boolean valid = true;
		Map<String, EObject> seen = new HashMap<>();
		if (dossier.getId() != null) {
			seen.put(dossier.getId(), dossier);
		}
		for (java.util.Iterator<EObject> it = dossier.eAllContents(); it.hasNext();) {
			EObject object = it.next();
			String id = org.eclipse.emf.ecore.util.EcoreUtil.getID(object);
			if (id == null) {
				continue;
			}
			EObject first = seen.putIfAbsent(id, object);
			if (first != null) {
				valid = report(diagnostics, DUPLICATE_ID, object, null, "duplicateId", describe(object), id, describe(first));
			}
		}
		return valid;
	}

	boolean validateReferencesStayInDossier(EObject object, DiagnosticChain diagnostics) {
		Dossier home = Dossiers.dossierOf(object);
		if (home == null) {
			return true;
		}
		boolean valid = true;
		for (EReference reference : object.eClass().getEAllReferences()) {
			if (reference.isContainment() || reference.isContainer() || reference.isDerived() || !object.eIsSet(reference)) {
				continue;
			}
			Object value = object.eGet(reference, false);
			List<?> targets = reference.isMany() ? (List<?>) value : List.of(value);
			for (Object target : targets) {
				EObject eTarget = (EObject) target;
				if (eTarget.eIsProxy() || Dossiers.dossierOf(eTarget) != home) {
					valid = report(diagnostics, FOREIGN_REFERENCE, object, reference, "foreignReference", describe(object),
							reference.getName(), eTarget.eIsProxy() ? String.valueOf(((org.eclipse.emf.ecore.InternalEObject) eTarget).eProxyURI())
									: describe(eTarget));
				}
			}
		}
		return valid;
	}

	private boolean report(DiagnosticChain diagnostics, int code, EObject object, Object feature, String key, Object... arguments) {
		if (diagnostics != null) {
			diagnostics.add(new BasicDiagnostic(Diagnostic.ERROR, DIAGNOSTIC_SOURCE, code, message(key, arguments),
					new Object[] { object, feature }));
		}
		return false;
	}

	/**
	 * @return how a diagnostic names an object: kind, what a person recognises it by, and its id, e.g.
	 *         {@code Actor "Hamas" (3f2a…)}
	 */
	public static String describe(EObject object) {
		String name;
		if (object instanceof Actor actor) {
			name = actor.getCanonicalName();
		} else if (object instanceof Location location) {
			name = location.getName();
		} else if (object instanceof Source source) {
			name = source.getTitle() != null ? source.getTitle() : source.getOriginalFileName();
		} else if (object instanceof Claim claim) {
			name = claim.getText();
		} else if (object instanceof Span span) {
			name = span.getText();
		} else if (object instanceof Relationship relationship) {
			name = nameOf(relationship.getFrom()) + " \u2192 " + nameOf(relationship.getTo()) + " (" + relationship.getEventCode() + ")";
		} else if (object instanceof Dossier dossier) {
			name = dossier.getName();
		} else {
			name = null;
		}
		String id = object instanceof org.sourcebench.model.IdentifiedElement element ? element.getId() : null;
		return object.eClass().getName() + (name == null ? "" : " \"" + abbreviate(name) + "\"") + (id == null ? "" : " (" + id + ")");
	}

	private static String nameOf(Actor actor) {
		return actor == null ? "?" : String.valueOf(actor.getCanonicalName());
	}

	private static String abbreviate(String text) {
		String flat = text.replaceAll("\\s+", " ").strip();
		return flat.length() <= 60 ? flat : flat.substring(0, 57) + "...";
	}

	static String normalise(String name) {
		return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

	private static String message(String key, Object... arguments) {
		return TEXTS.format(key, arguments);
	}
}
