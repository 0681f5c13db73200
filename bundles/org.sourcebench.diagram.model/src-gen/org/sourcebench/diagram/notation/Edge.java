/**
 * Sourcebench - generated from model/notation.ecore; do not edit, run regenerate.sh.
 */
package org.sourcebench.diagram.notation;

import org.eclipse.emf.common.util.EList;

import org.sourcebench.model.IdentifiedElement;
import org.sourcebench.model.Relationship;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Edge</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The routing of one relationship's edge.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.sourcebench.diagram.notation.Edge#getRelationship <em>Relationship</em>}</li>
 *   <li>{@link org.sourcebench.diagram.notation.Edge#getBendpoints <em>Bendpoints</em>}</li>
 * </ul>
 *
 * @see org.sourcebench.diagram.notation.NotationPackage#getEdge()
 * @model
 * @generated
 */
public interface Edge extends IdentifiedElement
{
	/**
	 * Returns the value of the '<em><b>Relationship</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Relationship</em>' reference.
	 * @see #setRelationship(Relationship)
	 * @see org.sourcebench.diagram.notation.NotationPackage#getEdge_Relationship()
	 * @model
	 * @generated
	 */
	Relationship getRelationship();

	/**
	 * Sets the value of the '{@link org.sourcebench.diagram.notation.Edge#getRelationship <em>Relationship</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Relationship</em>' reference.
	 * @see #getRelationship()
	 * @generated
	 */
	void setRelationship(Relationship value);

	/**
	 * Returns the value of the '<em><b>Bendpoints</b></em>' containment reference list.
	 * The list contents are of type {@link org.sourcebench.diagram.notation.Bendpoint}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Bendpoints</em>' containment reference list.
	 * @see org.sourcebench.diagram.notation.NotationPackage#getEdge_Bendpoints()
	 * @model containment="true"
	 * @generated
	 */
	EList<Bendpoint> getBendpoints();

} // Edge
