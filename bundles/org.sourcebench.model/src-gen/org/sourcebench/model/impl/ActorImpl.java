/**
 * Sourcebench - generated from model/sourcebench.ecore; do not edit, run regenerate.sh.
 */
package org.sourcebench.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.sourcebench.model.Actor;
import org.sourcebench.model.ActorKind;
import org.sourcebench.model.SourcebenchPackage;
import org.sourcebench.model.Span;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Actor</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.sourcebench.model.impl.ActorImpl#getCanonicalName <em>Canonical Name</em>}</li>
 *   <li>{@link org.sourcebench.model.impl.ActorImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.sourcebench.model.impl.ActorImpl#getAliases <em>Aliases</em>}</li>
 *   <li>{@link org.sourcebench.model.impl.ActorImpl#getCountry <em>Country</em>}</li>
 *   <li>{@link org.sourcebench.model.impl.ActorImpl#getMentions <em>Mentions</em>}</li>
 *   <li>{@link org.sourcebench.model.impl.ActorImpl#getExternalId <em>External Id</em>}</li>
 *   <li>{@link org.sourcebench.model.impl.ActorImpl#getNotes <em>Notes</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ActorImpl extends IdentifiedElementImpl implements Actor
{
	/**
	 * The default value of the '{@link #getCanonicalName() <em>Canonical Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCanonicalName()
	 * @generated
	 * @ordered
	 */
	protected static final String CANONICAL_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCanonicalName() <em>Canonical Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCanonicalName()
	 * @generated
	 * @ordered
	 */
	protected String canonicalName = CANONICAL_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final ActorKind KIND_EDEFAULT = ActorKind.OTHER;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected ActorKind kind = KIND_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAliases() <em>Aliases</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAliases()
	 * @generated
	 * @ordered
	 */
	protected EList<String> aliases;

	/**
	 * The default value of the '{@link #getCountry() <em>Country</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCountry()
	 * @generated
	 * @ordered
	 */
	protected static final String COUNTRY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCountry() <em>Country</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCountry()
	 * @generated
	 * @ordered
	 */
	protected String country = COUNTRY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getMentions() <em>Mentions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMentions()
	 * @generated
	 * @ordered
	 */
	protected EList<Span> mentions;

	/**
	 * The default value of the '{@link #getExternalId() <em>External Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExternalId()
	 * @generated
	 * @ordered
	 */
	protected static final String EXTERNAL_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getExternalId() <em>External Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExternalId()
	 * @generated
	 * @ordered
	 */
	protected String externalId = EXTERNAL_ID_EDEFAULT;

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
	protected ActorImpl()
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
		return SourcebenchPackage.Literals.ACTOR;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCanonicalName()
	{
		return canonicalName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCanonicalName(String newCanonicalName)
	{
		String oldCanonicalName = canonicalName;
		canonicalName = newCanonicalName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SourcebenchPackage.ACTOR__CANONICAL_NAME, oldCanonicalName, canonicalName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ActorKind getKind()
	{
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(ActorKind newKind)
	{
		ActorKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SourcebenchPackage.ACTOR__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getAliases()
	{
		if (aliases == null)
		{
			aliases = new EDataTypeUniqueEList<String>(String.class, this, SourcebenchPackage.ACTOR__ALIASES);
		}
		return aliases;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCountry()
	{
		return country;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCountry(String newCountry)
	{
		String oldCountry = country;
		country = newCountry;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SourcebenchPackage.ACTOR__COUNTRY, oldCountry, country));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Span> getMentions()
	{
		if (mentions == null)
		{
			mentions = new EObjectContainmentEList<Span>(Span.class, this, SourcebenchPackage.ACTOR__MENTIONS);
		}
		return mentions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getExternalId()
	{
		return externalId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExternalId(String newExternalId)
	{
		String oldExternalId = externalId;
		externalId = newExternalId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SourcebenchPackage.ACTOR__EXTERNAL_ID, oldExternalId, externalId));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SourcebenchPackage.ACTOR__NOTES, oldNotes, notes));
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
			case SourcebenchPackage.ACTOR__MENTIONS:
				return ((InternalEList<?>)getMentions()).basicRemove(otherEnd, msgs);
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
			case SourcebenchPackage.ACTOR__CANONICAL_NAME:
				return getCanonicalName();
			case SourcebenchPackage.ACTOR__KIND:
				return getKind();
			case SourcebenchPackage.ACTOR__ALIASES:
				return getAliases();
			case SourcebenchPackage.ACTOR__COUNTRY:
				return getCountry();
			case SourcebenchPackage.ACTOR__MENTIONS:
				return getMentions();
			case SourcebenchPackage.ACTOR__EXTERNAL_ID:
				return getExternalId();
			case SourcebenchPackage.ACTOR__NOTES:
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
			case SourcebenchPackage.ACTOR__CANONICAL_NAME:
				setCanonicalName((String)newValue);
				return;
			case SourcebenchPackage.ACTOR__KIND:
				setKind((ActorKind)newValue);
				return;
			case SourcebenchPackage.ACTOR__ALIASES:
				getAliases().clear();
				getAliases().addAll((Collection<? extends String>)newValue);
				return;
			case SourcebenchPackage.ACTOR__COUNTRY:
				setCountry((String)newValue);
				return;
			case SourcebenchPackage.ACTOR__MENTIONS:
				getMentions().clear();
				getMentions().addAll((Collection<? extends Span>)newValue);
				return;
			case SourcebenchPackage.ACTOR__EXTERNAL_ID:
				setExternalId((String)newValue);
				return;
			case SourcebenchPackage.ACTOR__NOTES:
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
			case SourcebenchPackage.ACTOR__CANONICAL_NAME:
				setCanonicalName(CANONICAL_NAME_EDEFAULT);
				return;
			case SourcebenchPackage.ACTOR__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case SourcebenchPackage.ACTOR__ALIASES:
				getAliases().clear();
				return;
			case SourcebenchPackage.ACTOR__COUNTRY:
				setCountry(COUNTRY_EDEFAULT);
				return;
			case SourcebenchPackage.ACTOR__MENTIONS:
				getMentions().clear();
				return;
			case SourcebenchPackage.ACTOR__EXTERNAL_ID:
				setExternalId(EXTERNAL_ID_EDEFAULT);
				return;
			case SourcebenchPackage.ACTOR__NOTES:
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
			case SourcebenchPackage.ACTOR__CANONICAL_NAME:
				return CANONICAL_NAME_EDEFAULT == null ? canonicalName != null : !CANONICAL_NAME_EDEFAULT.equals(canonicalName);
			case SourcebenchPackage.ACTOR__KIND:
				return kind != KIND_EDEFAULT;
			case SourcebenchPackage.ACTOR__ALIASES:
				return aliases != null && !aliases.isEmpty();
			case SourcebenchPackage.ACTOR__COUNTRY:
				return COUNTRY_EDEFAULT == null ? country != null : !COUNTRY_EDEFAULT.equals(country);
			case SourcebenchPackage.ACTOR__MENTIONS:
				return mentions != null && !mentions.isEmpty();
			case SourcebenchPackage.ACTOR__EXTERNAL_ID:
				return EXTERNAL_ID_EDEFAULT == null ? externalId != null : !EXTERNAL_ID_EDEFAULT.equals(externalId);
			case SourcebenchPackage.ACTOR__NOTES:
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
	public String toString()
	{
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (canonicalName: ");
		result.append(canonicalName);
		result.append(", kind: ");
		result.append(kind);
		result.append(", aliases: ");
		result.append(aliases);
		result.append(", country: ");
		result.append(country);
		result.append(", externalId: ");
		result.append(externalId);
		result.append(", notes: ");
		result.append(notes);
		result.append(')');
		return result.toString();
	}

} //ActorImpl
