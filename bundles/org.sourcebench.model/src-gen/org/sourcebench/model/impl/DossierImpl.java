/**
 * Sourcebench - generated from model/sourcebench.ecore; do not edit, run regenerate.sh.
 */
package org.sourcebench.model.impl;

import java.time.Instant;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.sourcebench.model.Actor;
import org.sourcebench.model.Claim;
import org.sourcebench.model.Dossier;
import org.sourcebench.model.Location;
import org.sourcebench.model.Relationship;
import org.sourcebench.model.Source;
import org.sourcebench.model.SourcebenchPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Dossier</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.sourcebench.model.impl.DossierImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.sourcebench.model.impl.DossierImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.sourcebench.model.impl.DossierImpl#getCreated <em>Created</em>}</li>
 *   <li>{@link org.sourcebench.model.impl.DossierImpl#getModified <em>Modified</em>}</li>
 *   <li>{@link org.sourcebench.model.impl.DossierImpl#getSources <em>Sources</em>}</li>
 *   <li>{@link org.sourcebench.model.impl.DossierImpl#getActors <em>Actors</em>}</li>
 *   <li>{@link org.sourcebench.model.impl.DossierImpl#getLocations <em>Locations</em>}</li>
 *   <li>{@link org.sourcebench.model.impl.DossierImpl#getClaims <em>Claims</em>}</li>
 *   <li>{@link org.sourcebench.model.impl.DossierImpl#getRelationships <em>Relationships</em>}</li>
 *   <li>{@link org.sourcebench.model.impl.DossierImpl#getDiagrams <em>Diagrams</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DossierImpl extends IdentifiedElementImpl implements Dossier
{
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getCreated() <em>Created</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreated()
	 * @generated
	 * @ordered
	 */
	protected static final Instant CREATED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCreated() <em>Created</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreated()
	 * @generated
	 * @ordered
	 */
	protected Instant created = CREATED_EDEFAULT;

	/**
	 * The default value of the '{@link #getModified() <em>Modified</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModified()
	 * @generated
	 * @ordered
	 */
	protected static final Instant MODIFIED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getModified() <em>Modified</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModified()
	 * @generated
	 * @ordered
	 */
	protected Instant modified = MODIFIED_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSources() <em>Sources</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSources()
	 * @generated
	 * @ordered
	 */
	protected EList<Source> sources;

	/**
	 * The cached value of the '{@link #getActors() <em>Actors</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActors()
	 * @generated
	 * @ordered
	 */
	protected EList<Actor> actors;

	/**
	 * The cached value of the '{@link #getLocations() <em>Locations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocations()
	 * @generated
	 * @ordered
	 */
	protected EList<Location> locations;

	/**
	 * The cached value of the '{@link #getClaims() <em>Claims</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClaims()
	 * @generated
	 * @ordered
	 */
	protected EList<Claim> claims;

	/**
	 * The cached value of the '{@link #getRelationships() <em>Relationships</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRelationships()
	 * @generated
	 * @ordered
	 */
	protected EList<Relationship> relationships;

	/**
	 * The cached value of the '{@link #getDiagrams() <em>Diagrams</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDiagrams()
	 * @generated
	 * @ordered
	 */
	protected EList<EObject> diagrams;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DossierImpl()
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
		return SourcebenchPackage.Literals.DOSSIER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName()
	{
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName)
	{
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SourcebenchPackage.DOSSIER__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription()
	{
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription)
	{
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SourcebenchPackage.DOSSIER__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getCreated()
	{
		return created;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCreated(Instant newCreated)
	{
		Instant oldCreated = created;
		created = newCreated;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SourcebenchPackage.DOSSIER__CREATED, oldCreated, created));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getModified()
	{
		return modified;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setModified(Instant newModified)
	{
		Instant oldModified = modified;
		modified = newModified;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SourcebenchPackage.DOSSIER__MODIFIED, oldModified, modified));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Source> getSources()
	{
		if (sources == null)
		{
			sources = new EObjectContainmentEList<Source>(Source.class, this, SourcebenchPackage.DOSSIER__SOURCES);
		}
		return sources;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Actor> getActors()
	{
		if (actors == null)
		{
			actors = new EObjectContainmentEList<Actor>(Actor.class, this, SourcebenchPackage.DOSSIER__ACTORS);
		}
		return actors;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Location> getLocations()
	{
		if (locations == null)
		{
			locations = new EObjectContainmentEList<Location>(Location.class, this, SourcebenchPackage.DOSSIER__LOCATIONS);
		}
		return locations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Claim> getClaims()
	{
		if (claims == null)
		{
			claims = new EObjectContainmentEList<Claim>(Claim.class, this, SourcebenchPackage.DOSSIER__CLAIMS);
		}
		return claims;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Relationship> getRelationships()
	{
		if (relationships == null)
		{
			relationships = new EObjectContainmentEList<Relationship>(Relationship.class, this, SourcebenchPackage.DOSSIER__RELATIONSHIPS);
		}
		return relationships;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<EObject> getDiagrams()
	{
		if (diagrams == null)
		{
			diagrams = new EObjectContainmentEList<EObject>(EObject.class, this, SourcebenchPackage.DOSSIER__DIAGRAMS);
		}
		return diagrams;
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
			case SourcebenchPackage.DOSSIER__SOURCES:
				return ((InternalEList<?>)getSources()).basicRemove(otherEnd, msgs);
			case SourcebenchPackage.DOSSIER__ACTORS:
				return ((InternalEList<?>)getActors()).basicRemove(otherEnd, msgs);
			case SourcebenchPackage.DOSSIER__LOCATIONS:
				return ((InternalEList<?>)getLocations()).basicRemove(otherEnd, msgs);
			case SourcebenchPackage.DOSSIER__CLAIMS:
				return ((InternalEList<?>)getClaims()).basicRemove(otherEnd, msgs);
			case SourcebenchPackage.DOSSIER__RELATIONSHIPS:
				return ((InternalEList<?>)getRelationships()).basicRemove(otherEnd, msgs);
			case SourcebenchPackage.DOSSIER__DIAGRAMS:
				return ((InternalEList<?>)getDiagrams()).basicRemove(otherEnd, msgs);
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
			case SourcebenchPackage.DOSSIER__NAME:
				return getName();
			case SourcebenchPackage.DOSSIER__DESCRIPTION:
				return getDescription();
			case SourcebenchPackage.DOSSIER__CREATED:
				return getCreated();
			case SourcebenchPackage.DOSSIER__MODIFIED:
				return getModified();
			case SourcebenchPackage.DOSSIER__SOURCES:
				return getSources();
			case SourcebenchPackage.DOSSIER__ACTORS:
				return getActors();
			case SourcebenchPackage.DOSSIER__LOCATIONS:
				return getLocations();
			case SourcebenchPackage.DOSSIER__CLAIMS:
				return getClaims();
			case SourcebenchPackage.DOSSIER__RELATIONSHIPS:
				return getRelationships();
			case SourcebenchPackage.DOSSIER__DIAGRAMS:
				return getDiagrams();
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
			case SourcebenchPackage.DOSSIER__NAME:
				setName((String)newValue);
				return;
			case SourcebenchPackage.DOSSIER__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case SourcebenchPackage.DOSSIER__CREATED:
				setCreated((Instant)newValue);
				return;
			case SourcebenchPackage.DOSSIER__MODIFIED:
				setModified((Instant)newValue);
				return;
			case SourcebenchPackage.DOSSIER__SOURCES:
				getSources().clear();
				getSources().addAll((Collection<? extends Source>)newValue);
				return;
			case SourcebenchPackage.DOSSIER__ACTORS:
				getActors().clear();
				getActors().addAll((Collection<? extends Actor>)newValue);
				return;
			case SourcebenchPackage.DOSSIER__LOCATIONS:
				getLocations().clear();
				getLocations().addAll((Collection<? extends Location>)newValue);
				return;
			case SourcebenchPackage.DOSSIER__CLAIMS:
				getClaims().clear();
				getClaims().addAll((Collection<? extends Claim>)newValue);
				return;
			case SourcebenchPackage.DOSSIER__RELATIONSHIPS:
				getRelationships().clear();
				getRelationships().addAll((Collection<? extends Relationship>)newValue);
				return;
			case SourcebenchPackage.DOSSIER__DIAGRAMS:
				getDiagrams().clear();
				getDiagrams().addAll((Collection<? extends EObject>)newValue);
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
			case SourcebenchPackage.DOSSIER__NAME:
				setName(NAME_EDEFAULT);
				return;
			case SourcebenchPackage.DOSSIER__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case SourcebenchPackage.DOSSIER__CREATED:
				setCreated(CREATED_EDEFAULT);
				return;
			case SourcebenchPackage.DOSSIER__MODIFIED:
				setModified(MODIFIED_EDEFAULT);
				return;
			case SourcebenchPackage.DOSSIER__SOURCES:
				getSources().clear();
				return;
			case SourcebenchPackage.DOSSIER__ACTORS:
				getActors().clear();
				return;
			case SourcebenchPackage.DOSSIER__LOCATIONS:
				getLocations().clear();
				return;
			case SourcebenchPackage.DOSSIER__CLAIMS:
				getClaims().clear();
				return;
			case SourcebenchPackage.DOSSIER__RELATIONSHIPS:
				getRelationships().clear();
				return;
			case SourcebenchPackage.DOSSIER__DIAGRAMS:
				getDiagrams().clear();
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
			case SourcebenchPackage.DOSSIER__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case SourcebenchPackage.DOSSIER__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case SourcebenchPackage.DOSSIER__CREATED:
				return CREATED_EDEFAULT == null ? created != null : !CREATED_EDEFAULT.equals(created);
			case SourcebenchPackage.DOSSIER__MODIFIED:
				return MODIFIED_EDEFAULT == null ? modified != null : !MODIFIED_EDEFAULT.equals(modified);
			case SourcebenchPackage.DOSSIER__SOURCES:
				return sources != null && !sources.isEmpty();
			case SourcebenchPackage.DOSSIER__ACTORS:
				return actors != null && !actors.isEmpty();
			case SourcebenchPackage.DOSSIER__LOCATIONS:
				return locations != null && !locations.isEmpty();
			case SourcebenchPackage.DOSSIER__CLAIMS:
				return claims != null && !claims.isEmpty();
			case SourcebenchPackage.DOSSIER__RELATIONSHIPS:
				return relationships != null && !relationships.isEmpty();
			case SourcebenchPackage.DOSSIER__DIAGRAMS:
				return diagrams != null && !diagrams.isEmpty();
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
		result.append(" (name: ");
		result.append(name);
		result.append(", description: ");
		result.append(description);
		result.append(", created: ");
		result.append(created);
		result.append(", modified: ");
		result.append(modified);
		result.append(')');
		return result.toString();
	}

} //DossierImpl
