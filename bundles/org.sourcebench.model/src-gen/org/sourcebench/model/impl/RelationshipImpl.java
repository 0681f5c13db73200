/**
 * Sourcebench - generated from model/sourcebench.ecore; do not edit, run regenerate.sh.
 */
package org.sourcebench.model.impl;

import java.lang.reflect.InvocationTargetException;

import java.time.LocalDate;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.sourcebench.model.Actor;
import org.sourcebench.model.QuadClass;
import org.sourcebench.model.Relationship;
import org.sourcebench.model.RelationshipStatus;
import org.sourcebench.model.Source;
import org.sourcebench.model.SourcebenchPackage;
import org.sourcebench.model.Span;

import org.sourcebench.model.cameo.CameoEvent;
import org.sourcebench.model.cameo.CameoTable;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Relationship</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.sourcebench.model.impl.RelationshipImpl#getFrom <em>From</em>}</li>
 *   <li>{@link org.sourcebench.model.impl.RelationshipImpl#getTo <em>To</em>}</li>
 *   <li>{@link org.sourcebench.model.impl.RelationshipImpl#getEventCode <em>Event Code</em>}</li>
 *   <li>{@link org.sourcebench.model.impl.RelationshipImpl#getEventLabel <em>Event Label</em>}</li>
 *   <li>{@link org.sourcebench.model.impl.RelationshipImpl#getQuadClass <em>Quad Class</em>}</li>
 *   <li>{@link org.sourcebench.model.impl.RelationshipImpl#getGoldstein <em>Goldstein</em>}</li>
 *   <li>{@link org.sourcebench.model.impl.RelationshipImpl#getEvidence <em>Evidence</em>}</li>
 *   <li>{@link org.sourcebench.model.impl.RelationshipImpl#getDate <em>Date</em>}</li>
 *   <li>{@link org.sourcebench.model.impl.RelationshipImpl#getConfidence <em>Confidence</em>}</li>
 *   <li>{@link org.sourcebench.model.impl.RelationshipImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.sourcebench.model.impl.RelationshipImpl#getNotes <em>Notes</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RelationshipImpl extends IdentifiedElementImpl implements Relationship
{
	/**
	 * The cached value of the '{@link #getFrom() <em>From</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFrom()
	 * @generated
	 * @ordered
	 */
	protected Actor from;

	/**
	 * The cached value of the '{@link #getTo() <em>To</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTo()
	 * @generated
	 * @ordered
	 */
	protected Actor to;

	/**
	 * The default value of the '{@link #getEventCode() <em>Event Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEventCode()
	 * @generated
	 * @ordered
	 */
	protected static final String EVENT_CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEventCode() <em>Event Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEventCode()
	 * @generated
	 * @ordered
	 */
	protected String eventCode = EVENT_CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getEventLabel() <em>Event Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEventLabel()
	 * @generated
	 * @ordered
	 */
	protected static final String EVENT_LABEL_EDEFAULT = null;

	/**
	 * The default value of the '{@link #getQuadClass() <em>Quad Class</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuadClass()
	 * @generated
	 * @ordered
	 */
	protected static final QuadClass QUAD_CLASS_EDEFAULT = QuadClass.VERBAL_COOPERATION;

	/**
	 * The default value of the '{@link #getGoldstein() <em>Goldstein</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGoldstein()
	 * @generated
	 * @ordered
	 */
	protected static final Double GOLDSTEIN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEvidence() <em>Evidence</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvidence()
	 * @generated
	 * @ordered
	 */
	protected EList<Span> evidence;

	/**
	 * The default value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate date = DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getConfidence() <em>Confidence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConfidence()
	 * @generated
	 * @ordered
	 */
	protected static final double CONFIDENCE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getConfidence() <em>Confidence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConfidence()
	 * @generated
	 * @ordered
	 */
	protected double confidence = CONFIDENCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final RelationshipStatus STATUS_EDEFAULT = RelationshipStatus.EXTRACTED;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected RelationshipStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getNotes() <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotes()
	 * @generated
	 * @ordered
	 */
	protected static final String NOTES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNotes() <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotes()
	 * @generated
	 * @ordered
	 */
	protected String notes = NOTES_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RelationshipImpl()
	{
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass()
	{
		return SourcebenchPackage.Literals.RELATIONSHIP;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Actor getFrom()
	{
		if (from != null && from.eIsProxy())
		{
			InternalEObject oldFrom = (InternalEObject)from;
			from = (Actor)eResolveProxy(oldFrom);
			if (from != oldFrom)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SourcebenchPackage.RELATIONSHIP__FROM, oldFrom, from));
			}
		}
		return from;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Actor basicGetFrom()
	{
		return from;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFrom(Actor newFrom)
	{
		Actor oldFrom = from;
		from = newFrom;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SourcebenchPackage.RELATIONSHIP__FROM, oldFrom, from));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Actor getTo()
	{
		if (to != null && to.eIsProxy())
		{
			InternalEObject oldTo = (InternalEObject)to;
			to = (Actor)eResolveProxy(oldTo);
			if (to != oldTo)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SourcebenchPackage.RELATIONSHIP__TO, oldTo, to));
			}
		}
		return to;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Actor basicGetTo()
	{
		return to;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTo(Actor newTo)
	{
		Actor oldTo = to;
		to = newTo;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SourcebenchPackage.RELATIONSHIP__TO, oldTo, to));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEventCode()
	{
		return eventCode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEventCode(String newEventCode)
	{
		String oldEventCode = eventCode;
		eventCode = newEventCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SourcebenchPackage.RELATIONSHIP__EVENT_CODE, oldEventCode, eventCode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEventLabel()
	{
		CameoEvent event = CameoTable.getDefault().lookup(getEventCode());
		return event == null ? null : event.label();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public QuadClass getQuadClass()
	{
		CameoEvent event = CameoTable.getDefault().lookup(getEventCode());
		return event == null ? null : event.quadClass();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getGoldstein()
	{
		CameoEvent event = CameoTable.getDefault().lookup(getEventCode());
		return event == null ? null : Double.valueOf(event.goldstein());
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Span> getEvidence()
	{
		if (evidence == null)
		{
			evidence = new EObjectContainmentEList<Span>(Span.class, this, SourcebenchPackage.RELATIONSHIP__EVIDENCE);
		}
		return evidence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getDate()
	{
		return date;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDate(LocalDate newDate)
	{
		LocalDate oldDate = date;
		date = newDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SourcebenchPackage.RELATIONSHIP__DATE, oldDate, date));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getConfidence()
	{
		return confidence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConfidence(double newConfidence)
	{
		double oldConfidence = confidence;
		confidence = newConfidence;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SourcebenchPackage.RELATIONSHIP__CONFIDENCE, oldConfidence, confidence));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RelationshipStatus getStatus()
	{
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(RelationshipStatus newStatus)
	{
		RelationshipStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SourcebenchPackage.RELATIONSHIP__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNotes()
	{
		return notes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNotes(String newNotes)
	{
		String oldNotes = notes;
		notes = newNotes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SourcebenchPackage.RELATIONSHIP__NOTES, oldNotes, notes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int corroboration()
	{
		Set<Source> distinct = new HashSet<Source>();
		for (Span span : getEvidence()) {
			if (span.getSource() != null) {
				distinct.add(span.getSource());
			}
		}
		return distinct.size();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs)
	{
		switch (featureID)
		{
			case SourcebenchPackage.RELATIONSHIP__EVIDENCE:
				return ((InternalEList<?>)getEvidence()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType)
	{
		switch (featureID)
		{
			case SourcebenchPackage.RELATIONSHIP__FROM:
				if (resolve) return getFrom();
				return basicGetFrom();
			case SourcebenchPackage.RELATIONSHIP__TO:
				if (resolve) return getTo();
				return basicGetTo();
			case SourcebenchPackage.RELATIONSHIP__EVENT_CODE:
				return getEventCode();
			case SourcebenchPackage.RELATIONSHIP__EVENT_LABEL:
				return getEventLabel();
			case SourcebenchPackage.RELATIONSHIP__QUAD_CLASS:
				return getQuadClass();
			case SourcebenchPackage.RELATIONSHIP__GOLDSTEIN:
				return getGoldstein();
			case SourcebenchPackage.RELATIONSHIP__EVIDENCE:
				return getEvidence();
			case SourcebenchPackage.RELATIONSHIP__DATE:
				return getDate();
			case SourcebenchPackage.RELATIONSHIP__CONFIDENCE:
				return getConfidence();
			case SourcebenchPackage.RELATIONSHIP__STATUS:
				return getStatus();
			case SourcebenchPackage.RELATIONSHIP__NOTES:
				return getNotes();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue)
	{
		switch (featureID)
		{
			case SourcebenchPackage.RELATIONSHIP__FROM:
				setFrom((Actor)newValue);
				return;
			case SourcebenchPackage.RELATIONSHIP__TO:
				setTo((Actor)newValue);
				return;
			case SourcebenchPackage.RELATIONSHIP__EVENT_CODE:
				setEventCode((String)newValue);
				return;
			case SourcebenchPackage.RELATIONSHIP__EVIDENCE:
				getEvidence().clear();
				getEvidence().addAll((Collection<? extends Span>)newValue);
				return;
			case SourcebenchPackage.RELATIONSHIP__DATE:
				setDate((LocalDate)newValue);
				return;
			case SourcebenchPackage.RELATIONSHIP__CONFIDENCE:
				setConfidence((Double)newValue);
				return;
			case SourcebenchPackage.RELATIONSHIP__STATUS:
				setStatus((RelationshipStatus)newValue);
				return;
			case SourcebenchPackage.RELATIONSHIP__NOTES:
				setNotes((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID)
	{
		switch (featureID)
		{
			case SourcebenchPackage.RELATIONSHIP__FROM:
				setFrom((Actor)null);
				return;
			case SourcebenchPackage.RELATIONSHIP__TO:
				setTo((Actor)null);
				return;
			case SourcebenchPackage.RELATIONSHIP__EVENT_CODE:
				setEventCode(EVENT_CODE_EDEFAULT);
				return;
			case SourcebenchPackage.RELATIONSHIP__EVIDENCE:
				getEvidence().clear();
				return;
			case SourcebenchPackage.RELATIONSHIP__DATE:
				setDate(DATE_EDEFAULT);
				return;
			case SourcebenchPackage.RELATIONSHIP__CONFIDENCE:
				setConfidence(CONFIDENCE_EDEFAULT);
				return;
			case SourcebenchPackage.RELATIONSHIP__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case SourcebenchPackage.RELATIONSHIP__NOTES:
				setNotes(NOTES_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID)
	{
		switch (featureID)
		{
			case SourcebenchPackage.RELATIONSHIP__FROM:
				return from != null;
			case SourcebenchPackage.RELATIONSHIP__TO:
				return to != null;
			case SourcebenchPackage.RELATIONSHIP__EVENT_CODE:
				return EVENT_CODE_EDEFAULT == null ? eventCode != null : !EVENT_CODE_EDEFAULT.equals(eventCode);
			case SourcebenchPackage.RELATIONSHIP__EVENT_LABEL:
				return EVENT_LABEL_EDEFAULT == null ? getEventLabel() != null : !EVENT_LABEL_EDEFAULT.equals(getEventLabel());
			case SourcebenchPackage.RELATIONSHIP__QUAD_CLASS:
				return getQuadClass() != QUAD_CLASS_EDEFAULT;
			case SourcebenchPackage.RELATIONSHIP__GOLDSTEIN:
				return GOLDSTEIN_EDEFAULT == null ? getGoldstein() != null : !GOLDSTEIN_EDEFAULT.equals(getGoldstein());
			case SourcebenchPackage.RELATIONSHIP__EVIDENCE:
				return evidence != null && !evidence.isEmpty();
			case SourcebenchPackage.RELATIONSHIP__DATE:
				return DATE_EDEFAULT == null ? date != null : !DATE_EDEFAULT.equals(date);
			case SourcebenchPackage.RELATIONSHIP__CONFIDENCE:
				return confidence != CONFIDENCE_EDEFAULT;
			case SourcebenchPackage.RELATIONSHIP__STATUS:
				return status != STATUS_EDEFAULT;
			case SourcebenchPackage.RELATIONSHIP__NOTES:
				return NOTES_EDEFAULT == null ? notes != null : !NOTES_EDEFAULT.equals(notes);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eInvoke(int operationID, EList<?> arguments) throws InvocationTargetException
	{
		switch (operationID)
		{
			case SourcebenchPackage.RELATIONSHIP___CORROBORATION:
				return corroboration();
		}
		return super.eInvoke(operationID, arguments);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString()
	{
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (eventCode: ");
		result.append(eventCode);
		result.append(", date: ");
		result.append(date);
		result.append(", confidence: ");
		result.append(confidence);
		result.append(", status: ");
		result.append(status);
		result.append(", notes: ");
		result.append(notes);
		result.append(')');
		return result.toString();
	}

} //RelationshipImpl
