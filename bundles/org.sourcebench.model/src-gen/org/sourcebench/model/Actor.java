/**
 * Sourcebench - generated from model/sourcebench.ecore; do not edit, run regenerate.sh.
 */
package org.sourcebench.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Actor</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.sourcebench.model.Actor#getCanonicalName <em>Canonical Name</em>}</li>
 *   <li>{@link org.sourcebench.model.Actor#getKind <em>Kind</em>}</li>
 *   <li>{@link org.sourcebench.model.Actor#getAliases <em>Aliases</em>}</li>
 *   <li>{@link org.sourcebench.model.Actor#getCountry <em>Country</em>}</li>
 *   <li>{@link org.sourcebench.model.Actor#getMentions <em>Mentions</em>}</li>
 *   <li>{@link org.sourcebench.model.Actor#getExternalId <em>External Id</em>}</li>
 *   <li>{@link org.sourcebench.model.Actor#getNotes <em>Notes</em>}</li>
 * </ul>
 *
 * @see org.sourcebench.model.SourcebenchPackage#getActor()
 * @model
 * @generated
 */
public interface Actor extends IdentifiedElement
{
	/**
	 * Returns the value of the '<em><b>Canonical Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Canonical Name</em>' attribute.
	 * @see #setCanonicalName(String)
	 * @see org.sourcebench.model.SourcebenchPackage#getActor_CanonicalName()
	 * @model
	 * @generated
	 */
	String getCanonicalName();

	/**
	 * Sets the value of the '{@link org.sourcebench.model.Actor#getCanonicalName <em>Canonical Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Canonical Name</em>' attribute.
	 * @see #getCanonicalName()
	 * @generated
	 */
	void setCanonicalName(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The default value is <code>"OTHER"</code>.
	 * The literals are from the enumeration {@link org.sourcebench.model.ActorKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.sourcebench.model.ActorKind
	 * @see #setKind(ActorKind)
	 * @see org.sourcebench.model.SourcebenchPackage#getActor_Kind()
	 * @model default="OTHER"
	 * @generated
	 */
	ActorKind getKind();

	/**
	 * Sets the value of the '{@link org.sourcebench.model.Actor#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.sourcebench.model.ActorKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(ActorKind value);

	/**
	 * Returns the value of the '<em><b>Aliases</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Aliases</em>' attribute list.
	 * @see org.sourcebench.model.SourcebenchPackage#getActor_Aliases()
	 * @model
	 * @generated
	 */
	EList<String> getAliases();

	/**
	 * Returns the value of the '<em><b>Country</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ISO 3166-1 alpha-2 code of the actor's country, e.g. "DE".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Country</em>' attribute.
	 * @see #setCountry(String)
	 * @see org.sourcebench.model.SourcebenchPackage#getActor_Country()
	 * @model
	 * @generated
	 */
	String getCountry();

	/**
	 * Sets the value of the '{@link org.sourcebench.model.Actor#getCountry <em>Country</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Country</em>' attribute.
	 * @see #getCountry()
	 * @generated
	 */
	void setCountry(String value);

	/**
	 * Returns the value of the '<em><b>Mentions</b></em>' containment reference list.
	 * The list contents are of type {@link org.sourcebench.model.Span}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mentions</em>' containment reference list.
	 * @see org.sourcebench.model.SourcebenchPackage#getActor_Mentions()
	 * @model containment="true"
	 * @generated
	 */
	EList<Span> getMentions();

	/**
	 * Returns the value of the '<em><b>External Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Identifier in an external knowledge base, e.g. a Wikidata QID such as "Q183".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>External Id</em>' attribute.
	 * @see #setExternalId(String)
	 * @see org.sourcebench.model.SourcebenchPackage#getActor_ExternalId()
	 * @model
	 * @generated
	 */
	String getExternalId();

	/**
	 * Sets the value of the '{@link org.sourcebench.model.Actor#getExternalId <em>External Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>External Id</em>' attribute.
	 * @see #getExternalId()
	 * @generated
	 */
	void setExternalId(String value);

	/**
	 * Returns the value of the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Notes</em>' attribute.
	 * @see #setNotes(String)
	 * @see org.sourcebench.model.SourcebenchPackage#getActor_Notes()
	 * @model
	 * @generated
	 */
	String getNotes();

	/**
	 * Sets the value of the '{@link org.sourcebench.model.Actor#getNotes <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Notes</em>' attribute.
	 * @see #getNotes()
	 * @generated
	 */
	void setNotes(String value);

} // Actor
