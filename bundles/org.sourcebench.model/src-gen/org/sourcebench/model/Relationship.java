/**
 * Sourcebench - generated from model/sourcebench.ecore; do not edit, run regenerate.sh.
 */
package org.sourcebench.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Relationship</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A CAMEO-coded event from one actor to another, backed by evidence spans that may come from several sources.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.sourcebench.model.Relationship#getFrom <em>From</em>}</li>
 *   <li>{@link org.sourcebench.model.Relationship#getTo <em>To</em>}</li>
 *   <li>{@link org.sourcebench.model.Relationship#getEventCode <em>Event Code</em>}</li>
 *   <li>{@link org.sourcebench.model.Relationship#getEventLabel <em>Event Label</em>}</li>
 *   <li>{@link org.sourcebench.model.Relationship#getQuadClass <em>Quad Class</em>}</li>
 *   <li>{@link org.sourcebench.model.Relationship#getGoldstein <em>Goldstein</em>}</li>
 *   <li>{@link org.sourcebench.model.Relationship#getEvidence <em>Evidence</em>}</li>
 *   <li>{@link org.sourcebench.model.Relationship#getDate <em>Date</em>}</li>
 *   <li>{@link org.sourcebench.model.Relationship#getConfidence <em>Confidence</em>}</li>
 *   <li>{@link org.sourcebench.model.Relationship#getStatus <em>Status</em>}</li>
 *   <li>{@link org.sourcebench.model.Relationship#getNotes <em>Notes</em>}</li>
 * </ul>
 *
 * @see org.sourcebench.model.SourcebenchPackage#getRelationship()
 * @model
 * @generated
 */
public interface Relationship extends IdentifiedElement
{
	/**
	 * Returns the value of the '<em><b>From</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>From</em>' reference.
	 * @see #setFrom(Actor)
	 * @see org.sourcebench.model.SourcebenchPackage#getRelationship_From()
	 * @model
	 * @generated
	 */
	Actor getFrom();

	/**
	 * Sets the value of the '{@link org.sourcebench.model.Relationship#getFrom <em>From</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>From</em>' reference.
	 * @see #getFrom()
	 * @generated
	 */
	void setFrom(Actor value);

	/**
	 * Returns the value of the '<em><b>To</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>To</em>' reference.
	 * @see #setTo(Actor)
	 * @see org.sourcebench.model.SourcebenchPackage#getRelationship_To()
	 * @model
	 * @generated
	 */
	Actor getTo();

	/**
	 * Sets the value of the '{@link org.sourcebench.model.Relationship#getTo <em>To</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>To</em>' reference.
	 * @see #getTo()
	 * @generated
	 */
	void setTo(Actor value);

	/**
	 * Returns the value of the '<em><b>Event Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * CAMEO event code, 2 to 4 digits ("04", "042", "0421").
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Event Code</em>' attribute.
	 * @see #setEventCode(String)
	 * @see org.sourcebench.model.SourcebenchPackage#getRelationship_EventCode()
	 * @model
	 * @generated
	 */
	String getEventCode();

	/**
	 * Sets the value of the '{@link org.sourcebench.model.Relationship#getEventCode <em>Event Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Event Code</em>' attribute.
	 * @see #getEventCode()
	 * @generated
	 */
	void setEventCode(String value);

	/**
	 * Returns the value of the '<em><b>Event Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Label of the event code from the CAMEO table; null for an unknown code.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Event Label</em>' attribute.
	 * @see org.sourcebench.model.SourcebenchPackage#getRelationship_EventLabel()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 *        annotation="http://www.eclipse.org/emf/2002/GenModel get='&lt;%org.sourcebench.model.cameo.CameoEvent%&gt; event = &lt;%org.sourcebench.model.cameo.CameoTable%&gt;.getDefault().lookup(getEventCode());\nreturn event == null ? null : event.label();'"
	 * @generated
	 */
	String getEventLabel();

	/**
	 * Returns the value of the '<em><b>Quad Class</b></em>' attribute.
	 * The literals are from the enumeration {@link org.sourcebench.model.QuadClass}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * QuadClass of the event code from the CAMEO table; null for an unknown code.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Quad Class</em>' attribute.
	 * @see org.sourcebench.model.QuadClass
	 * @see org.sourcebench.model.SourcebenchPackage#getRelationship_QuadClass()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 *        annotation="http://www.eclipse.org/emf/2002/GenModel get='&lt;%org.sourcebench.model.cameo.CameoEvent%&gt; event = &lt;%org.sourcebench.model.cameo.CameoTable%&gt;.getDefault().lookup(getEventCode());\nreturn event == null ? null : event.quadClass();'"
	 * @generated
	 */
	QuadClass getQuadClass();

	/**
	 * Returns the value of the '<em><b>Goldstein</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Goldstein value (-10 .. +10) of the event code from the CAMEO table; null for an unknown code.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Goldstein</em>' attribute.
	 * @see org.sourcebench.model.SourcebenchPackage#getRelationship_Goldstein()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 *        annotation="http://www.eclipse.org/emf/2002/GenModel get='&lt;%org.sourcebench.model.cameo.CameoEvent%&gt; event = &lt;%org.sourcebench.model.cameo.CameoTable%&gt;.getDefault().lookup(getEventCode());\nreturn event == null ? null : Double.valueOf(event.goldstein());'"
	 * @generated
	 */
	Double getGoldstein();

	/**
	 * Returns the value of the '<em><b>Evidence</b></em>' containment reference list.
	 * The list contents are of type {@link org.sourcebench.model.Span}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Evidence</em>' containment reference list.
	 * @see org.sourcebench.model.SourcebenchPackage#getRelationship_Evidence()
	 * @model containment="true"
	 * @generated
	 */
	EList<Span> getEvidence();

	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(LocalDate)
	 * @see org.sourcebench.model.SourcebenchPackage#getRelationship_Date()
	 * @model dataType="org.sourcebench.model.LocalDate"
	 * @generated
	 */
	LocalDate getDate();

	/**
	 * Sets the value of the '{@link org.sourcebench.model.Relationship#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Confidence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Extractor or analyst confidence, 0.0 .. 1.0.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Confidence</em>' attribute.
	 * @see #setConfidence(double)
	 * @see org.sourcebench.model.SourcebenchPackage#getRelationship_Confidence()
	 * @model
	 * @generated
	 */
	double getConfidence();

	/**
	 * Sets the value of the '{@link org.sourcebench.model.Relationship#getConfidence <em>Confidence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Confidence</em>' attribute.
	 * @see #getConfidence()
	 * @generated
	 */
	void setConfidence(double value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.sourcebench.model.RelationshipStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.sourcebench.model.RelationshipStatus
	 * @see #setStatus(RelationshipStatus)
	 * @see org.sourcebench.model.SourcebenchPackage#getRelationship_Status()
	 * @model
	 * @generated
	 */
	RelationshipStatus getStatus();

	/**
	 * Sets the value of the '{@link org.sourcebench.model.Relationship#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.sourcebench.model.RelationshipStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(RelationshipStatus value);

	/**
	 * Returns the value of the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Notes</em>' attribute.
	 * @see #setNotes(String)
	 * @see org.sourcebench.model.SourcebenchPackage#getRelationship_Notes()
	 * @model
	 * @generated
	 */
	String getNotes();

	/**
	 * Sets the value of the '{@link org.sourcebench.model.Relationship#getNotes <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Notes</em>' attribute.
	 * @see #getNotes()
	 * @generated
	 */
	void setNotes(String value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Number of distinct sources among the evidence spans.
	 * <!-- end-model-doc -->
	 * @model annotation="http://www.eclipse.org/emf/2002/GenModel body='&lt;%java.util.Set%&gt;&lt;&lt;%org.sourcebench.model.Source%&gt;&gt; distinct = new &lt;%java.util.HashSet%&gt;&lt;&lt;%org.sourcebench.model.Source%&gt;&gt;();\nfor (Span span : getEvidence()) {\n\tif (span.getSource() != null) {\n\t\tdistinct.add(span.getSource());\n\t}\n}\nreturn distinct.size();'"
	 * @generated
	 */
	int corroboration();

} // Relationship
