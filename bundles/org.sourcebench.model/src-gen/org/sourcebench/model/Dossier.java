/**
 * Sourcebench - generated from model/sourcebench.ecore; do not edit, run regenerate.sh.
 */
package org.sourcebench.model;

import java.time.Instant;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Dossier</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Root of one analyst's dossier; one dossier is one .sbx file.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.sourcebench.model.Dossier#getName <em>Name</em>}</li>
 *   <li>{@link org.sourcebench.model.Dossier#getDescription <em>Description</em>}</li>
 *   <li>{@link org.sourcebench.model.Dossier#getCreated <em>Created</em>}</li>
 *   <li>{@link org.sourcebench.model.Dossier#getModified <em>Modified</em>}</li>
 *   <li>{@link org.sourcebench.model.Dossier#getSources <em>Sources</em>}</li>
 *   <li>{@link org.sourcebench.model.Dossier#getActors <em>Actors</em>}</li>
 *   <li>{@link org.sourcebench.model.Dossier#getLocations <em>Locations</em>}</li>
 *   <li>{@link org.sourcebench.model.Dossier#getClaims <em>Claims</em>}</li>
 *   <li>{@link org.sourcebench.model.Dossier#getRelationships <em>Relationships</em>}</li>
 *   <li>{@link org.sourcebench.model.Dossier#getDiagrams <em>Diagrams</em>}</li>
 * </ul>
 *
 * @see org.sourcebench.model.SourcebenchPackage#getDossier()
 * @model
 * @generated
 */
public interface Dossier extends IdentifiedElement
{
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.sourcebench.model.SourcebenchPackage#getDossier_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.sourcebench.model.Dossier#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.sourcebench.model.SourcebenchPackage#getDossier_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.sourcebench.model.Dossier#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Created</em>' attribute.
	 * @see #setCreated(Instant)
	 * @see org.sourcebench.model.SourcebenchPackage#getDossier_Created()
	 * @model dataType="org.sourcebench.model.Instant"
	 * @generated
	 */
	Instant getCreated();

	/**
	 * Sets the value of the '{@link org.sourcebench.model.Dossier#getCreated <em>Created</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Created</em>' attribute.
	 * @see #getCreated()
	 * @generated
	 */
	void setCreated(Instant value);

	/**
	 * Returns the value of the '<em><b>Modified</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Modified</em>' attribute.
	 * @see #setModified(Instant)
	 * @see org.sourcebench.model.SourcebenchPackage#getDossier_Modified()
	 * @model dataType="org.sourcebench.model.Instant"
	 * @generated
	 */
	Instant getModified();

	/**
	 * Sets the value of the '{@link org.sourcebench.model.Dossier#getModified <em>Modified</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Modified</em>' attribute.
	 * @see #getModified()
	 * @generated
	 */
	void setModified(Instant value);

	/**
	 * Returns the value of the '<em><b>Sources</b></em>' containment reference list.
	 * The list contents are of type {@link org.sourcebench.model.Source}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sources</em>' containment reference list.
	 * @see org.sourcebench.model.SourcebenchPackage#getDossier_Sources()
	 * @model containment="true"
	 * @generated
	 */
	EList<Source> getSources();

	/**
	 * Returns the value of the '<em><b>Actors</b></em>' containment reference list.
	 * The list contents are of type {@link org.sourcebench.model.Actor}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Actors</em>' containment reference list.
	 * @see org.sourcebench.model.SourcebenchPackage#getDossier_Actors()
	 * @model containment="true"
	 * @generated
	 */
	EList<Actor> getActors();

	/**
	 * Returns the value of the '<em><b>Locations</b></em>' containment reference list.
	 * The list contents are of type {@link org.sourcebench.model.Location}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Locations</em>' containment reference list.
	 * @see org.sourcebench.model.SourcebenchPackage#getDossier_Locations()
	 * @model containment="true"
	 * @generated
	 */
	EList<Location> getLocations();

	/**
	 * Returns the value of the '<em><b>Claims</b></em>' containment reference list.
	 * The list contents are of type {@link org.sourcebench.model.Claim}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Claims</em>' containment reference list.
	 * @see org.sourcebench.model.SourcebenchPackage#getDossier_Claims()
	 * @model containment="true"
	 * @generated
	 */
	EList<Claim> getClaims();

	/**
	 * Returns the value of the '<em><b>Relationships</b></em>' containment reference list.
	 * The list contents are of type {@link org.sourcebench.model.Relationship}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Relationships</em>' containment reference list.
	 * @see org.sourcebench.model.SourcebenchPackage#getDossier_Relationships()
	 * @model containment="true"
	 * @generated
	 */
	EList<Relationship> getRelationships();

	/**
	 * Returns the value of the '<em><b>Diagrams</b></em>' containment reference list.
	 * The list contents are of type {@link org.eclipse.emf.ecore.EObject}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Diagrams of this dossier; their notation model is defined by the diagram bundle.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Diagrams</em>' containment reference list.
	 * @see org.sourcebench.model.SourcebenchPackage#getDossier_Diagrams()
	 * @model containment="true"
	 * @generated
	 */
	EList<EObject> getDiagrams();

} // Dossier
