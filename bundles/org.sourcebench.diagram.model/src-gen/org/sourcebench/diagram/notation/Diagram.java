/**
 * Sourcebench - generated from model/notation.ecore; do not edit, run regenerate.sh.
 */
package org.sourcebench.diagram.notation;

import org.eclipse.emf.common.util.EList;

import org.sourcebench.model.IdentifiedElement;
import org.sourcebench.model.QuadClass;
import org.sourcebench.model.Source;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Diagram</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One actor-relationship diagram of a dossier (kept in Dossier.diagrams).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.sourcebench.diagram.notation.Diagram#getName <em>Name</em>}</li>
 *   <li>{@link org.sourcebench.diagram.notation.Diagram#getSources <em>Sources</em>}</li>
 *   <li>{@link org.sourcebench.diagram.notation.Diagram#getQuadClasses <em>Quad Classes</em>}</li>
 *   <li>{@link org.sourcebench.diagram.notation.Diagram#getMinCorroboration <em>Min Corroboration</em>}</li>
 *   <li>{@link org.sourcebench.diagram.notation.Diagram#isShowUnrelatedActors <em>Show Unrelated Actors</em>}</li>
 *   <li>{@link org.sourcebench.diagram.notation.Diagram#getNodes <em>Nodes</em>}</li>
 *   <li>{@link org.sourcebench.diagram.notation.Diagram#getEdges <em>Edges</em>}</li>
 * </ul>
 *
 * @see org.sourcebench.diagram.notation.NotationPackage#getDiagram()
 * @model
 * @generated
 */
public interface Diagram extends IdentifiedElement
{
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.sourcebench.diagram.notation.NotationPackage#getDiagram_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.sourcebench.diagram.notation.Diagram#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Sources</b></em>' reference list.
	 * The list contents are of type {@link org.sourcebench.model.Source}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Sources whose relationships the diagram shows: a relationship is shown when one of its evidence spans lies in one of them. Empty means the whole dossier.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sources</em>' reference list.
	 * @see org.sourcebench.diagram.notation.NotationPackage#getDiagram_Sources()
	 * @model
	 * @generated
	 */
	EList<Source> getSources();

	/**
	 * Returns the value of the '<em><b>Quad Classes</b></em>' attribute list.
	 * The list contents are of type {@link org.sourcebench.model.QuadClass}.
	 * The literals are from the enumeration {@link org.sourcebench.model.QuadClass}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * QuadClasses of the relationships shown. Empty means all four.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Quad Classes</em>' attribute list.
	 * @see org.sourcebench.model.QuadClass
	 * @see org.sourcebench.diagram.notation.NotationPackage#getDiagram_QuadClasses()
	 * @model
	 * @generated
	 */
	EList<QuadClass> getQuadClasses();

	/**
	 * Returns the value of the '<em><b>Min Corroboration</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Fewest distinct sources a relationship's evidence must come from to be shown.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Min Corroboration</em>' attribute.
	 * @see #setMinCorroboration(int)
	 * @see org.sourcebench.diagram.notation.NotationPackage#getDiagram_MinCorroboration()
	 * @model default="1"
	 * @generated
	 */
	int getMinCorroboration();

	/**
	 * Sets the value of the '{@link org.sourcebench.diagram.notation.Diagram#getMinCorroboration <em>Min Corroboration</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Min Corroboration</em>' attribute.
	 * @see #getMinCorroboration()
	 * @generated
	 */
	void setMinCorroboration(int value);

	/**
	 * Returns the value of the '<em><b>Show Unrelated Actors</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether actors that take part in none of the relationships shown are drawn too. Off by default: a text mentions many actors that do nothing in it, and they crowd the chart. An actor added on a diagram by hand (mentioned in no text) is always drawn.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Show Unrelated Actors</em>' attribute.
	 * @see #setShowUnrelatedActors(boolean)
	 * @see org.sourcebench.diagram.notation.NotationPackage#getDiagram_ShowUnrelatedActors()
	 * @model
	 * @generated
	 */
	boolean isShowUnrelatedActors();

	/**
	 * Sets the value of the '{@link org.sourcebench.diagram.notation.Diagram#isShowUnrelatedActors <em>Show Unrelated Actors</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Show Unrelated Actors</em>' attribute.
	 * @see #isShowUnrelatedActors()
	 * @generated
	 */
	void setShowUnrelatedActors(boolean value);

	/**
	 * Returns the value of the '<em><b>Nodes</b></em>' containment reference list.
	 * The list contents are of type {@link org.sourcebench.diagram.notation.Node}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Nodes</em>' containment reference list.
	 * @see org.sourcebench.diagram.notation.NotationPackage#getDiagram_Nodes()
	 * @model containment="true"
	 * @generated
	 */
	EList<Node> getNodes();

	/**
	 * Returns the value of the '<em><b>Edges</b></em>' containment reference list.
	 * The list contents are of type {@link org.sourcebench.diagram.notation.Edge}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Routing of the edges that have been given bendpoints; an edge without an entry here is drawn straight.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Edges</em>' containment reference list.
	 * @see org.sourcebench.diagram.notation.NotationPackage#getDiagram_Edges()
	 * @model containment="true"
	 * @generated
	 */
	EList<Edge> getEdges();

} // Diagram
