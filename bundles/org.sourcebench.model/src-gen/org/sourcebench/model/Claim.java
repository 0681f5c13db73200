/**
 * Sourcebench - generated from model/sourcebench.ecore; do not edit, run regenerate.sh.
 */
package org.sourcebench.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Claim</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Something an actor stated, quoted directly or reported.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.sourcebench.model.Claim#getSpeaker <em>Speaker</em>}</li>
 *   <li>{@link org.sourcebench.model.Claim#getText <em>Text</em>}</li>
 *   <li>{@link org.sourcebench.model.Claim#isDirectQuote <em>Direct Quote</em>}</li>
 *   <li>{@link org.sourcebench.model.Claim#getCue <em>Cue</em>}</li>
 *   <li>{@link org.sourcebench.model.Claim#getEvidence <em>Evidence</em>}</li>
 *   <li>{@link org.sourcebench.model.Claim#getCredibility <em>Credibility</em>}</li>
 *   <li>{@link org.sourcebench.model.Claim#getAboutActors <em>About Actors</em>}</li>
 *   <li>{@link org.sourcebench.model.Claim#getAboutLocations <em>About Locations</em>}</li>
 *   <li>{@link org.sourcebench.model.Claim#getDateStated <em>Date Stated</em>}</li>
 *   <li>{@link org.sourcebench.model.Claim#getNotes <em>Notes</em>}</li>
 * </ul>
 *
 * @see org.sourcebench.model.SourcebenchPackage#getClaim()
 * @model
 * @generated
 */
public interface Claim extends IdentifiedElement
{
	/**
	 * Returns the value of the '<em><b>Speaker</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Speaker</em>' reference.
	 * @see #setSpeaker(Actor)
	 * @see org.sourcebench.model.SourcebenchPackage#getClaim_Speaker()
	 * @model
	 * @generated
	 */
	Actor getSpeaker();

	/**
	 * Sets the value of the '{@link org.sourcebench.model.Claim#getSpeaker <em>Speaker</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Speaker</em>' reference.
	 * @see #getSpeaker()
	 * @generated
	 */
	void setSpeaker(Actor value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.sourcebench.model.SourcebenchPackage#getClaim_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.sourcebench.model.Claim#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Direct Quote</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * True for a direct quotation, false for reported speech.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Direct Quote</em>' attribute.
	 * @see #setDirectQuote(boolean)
	 * @see org.sourcebench.model.SourcebenchPackage#getClaim_DirectQuote()
	 * @model
	 * @generated
	 */
	boolean isDirectQuote();

	/**
	 * Sets the value of the '{@link org.sourcebench.model.Claim#isDirectQuote <em>Direct Quote</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Direct Quote</em>' attribute.
	 * @see #isDirectQuote()
	 * @generated
	 */
	void setDirectQuote(boolean value);

	/**
	 * Returns the value of the '<em><b>Cue</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The attribution cue as written: "said", "according to", ...
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cue</em>' attribute.
	 * @see #setCue(String)
	 * @see org.sourcebench.model.SourcebenchPackage#getClaim_Cue()
	 * @model
	 * @generated
	 */
	String getCue();

	/**
	 * Sets the value of the '{@link org.sourcebench.model.Claim#getCue <em>Cue</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cue</em>' attribute.
	 * @see #getCue()
	 * @generated
	 */
	void setCue(String value);

	/**
	 * Returns the value of the '<em><b>Evidence</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Evidence</em>' containment reference.
	 * @see #setEvidence(Span)
	 * @see org.sourcebench.model.SourcebenchPackage#getClaim_Evidence()
	 * @model containment="true"
	 * @generated
	 */
	Span getEvidence();

	/**
	 * Sets the value of the '{@link org.sourcebench.model.Claim#getEvidence <em>Evidence</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Evidence</em>' containment reference.
	 * @see #getEvidence()
	 * @generated
	 */
	void setEvidence(Span value);

	/**
	 * Returns the value of the '<em><b>Credibility</b></em>' attribute.
	 * The default value is <code>"CANNOT_BE_JUDGED"</code>.
	 * The literals are from the enumeration {@link org.sourcebench.model.ClaimCredibility}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Credibility</em>' attribute.
	 * @see org.sourcebench.model.ClaimCredibility
	 * @see #setCredibility(ClaimCredibility)
	 * @see org.sourcebench.model.SourcebenchPackage#getClaim_Credibility()
	 * @model default="CANNOT_BE_JUDGED"
	 * @generated
	 */
	ClaimCredibility getCredibility();

	/**
	 * Sets the value of the '{@link org.sourcebench.model.Claim#getCredibility <em>Credibility</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Credibility</em>' attribute.
	 * @see org.sourcebench.model.ClaimCredibility
	 * @see #getCredibility()
	 * @generated
	 */
	void setCredibility(ClaimCredibility value);

	/**
	 * Returns the value of the '<em><b>About Actors</b></em>' reference list.
	 * The list contents are of type {@link org.sourcebench.model.Actor}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>About Actors</em>' reference list.
	 * @see org.sourcebench.model.SourcebenchPackage#getClaim_AboutActors()
	 * @model
	 * @generated
	 */
	EList<Actor> getAboutActors();

	/**
	 * Returns the value of the '<em><b>About Locations</b></em>' reference list.
	 * The list contents are of type {@link org.sourcebench.model.Location}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>About Locations</em>' reference list.
	 * @see org.sourcebench.model.SourcebenchPackage#getClaim_AboutLocations()
	 * @model
	 * @generated
	 */
	EList<Location> getAboutLocations();

	/**
	 * Returns the value of the '<em><b>Date Stated</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date Stated</em>' attribute.
	 * @see #setDateStated(LocalDate)
	 * @see org.sourcebench.model.SourcebenchPackage#getClaim_DateStated()
	 * @model dataType="org.sourcebench.model.LocalDate"
	 * @generated
	 */
	LocalDate getDateStated();

	/**
	 * Sets the value of the '{@link org.sourcebench.model.Claim#getDateStated <em>Date Stated</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date Stated</em>' attribute.
	 * @see #getDateStated()
	 * @generated
	 */
	void setDateStated(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Notes</em>' attribute.
	 * @see #setNotes(String)
	 * @see org.sourcebench.model.SourcebenchPackage#getClaim_Notes()
	 * @model
	 * @generated
	 */
	String getNotes();

	/**
	 * Sets the value of the '{@link org.sourcebench.model.Claim#getNotes <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Notes</em>' attribute.
	 * @see #getNotes()
	 * @generated
	 */
	void setNotes(String value);

} // Claim
