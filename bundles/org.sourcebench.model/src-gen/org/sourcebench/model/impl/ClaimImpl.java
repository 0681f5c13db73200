/**
 * Sourcebench - generated from model/sourcebench.ecore; do not edit, run regenerate.sh.
 */
package org.sourcebench.model.impl;

import java.time.LocalDate;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.sourcebench.model.Actor;
import org.sourcebench.model.Claim;
import org.sourcebench.model.ClaimCredibility;
import org.sourcebench.model.Location;
import org.sourcebench.model.SourcebenchPackage;
import org.sourcebench.model.Span;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Claim</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.sourcebench.model.impl.ClaimImpl#getSpeaker <em>Speaker</em>}</li>
 *   <li>{@link org.sourcebench.model.impl.ClaimImpl#getText <em>Text</em>}</li>
 *   <li>{@link org.sourcebench.model.impl.ClaimImpl#isDirectQuote <em>Direct Quote</em>}</li>
 *   <li>{@link org.sourcebench.model.impl.ClaimImpl#getCue <em>Cue</em>}</li>
 *   <li>{@link org.sourcebench.model.impl.ClaimImpl#getEvidence <em>Evidence</em>}</li>
 *   <li>{@link org.sourcebench.model.impl.ClaimImpl#getCredibility <em>Credibility</em>}</li>
 *   <li>{@link org.sourcebench.model.impl.ClaimImpl#getAboutActors <em>About Actors</em>}</li>
 *   <li>{@link org.sourcebench.model.impl.ClaimImpl#getAboutLocations <em>About Locations</em>}</li>
 *   <li>{@link org.sourcebench.model.impl.ClaimImpl#getDateStated <em>Date Stated</em>}</li>
 *   <li>{@link org.sourcebench.model.impl.ClaimImpl#getNotes <em>Notes</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ClaimImpl extends IdentifiedElementImpl implements Claim
{
	/**
	 * The cached value of the '{@link #getSpeaker() <em>Speaker</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSpeaker()
	 * @generated
	 * @ordered
	 */
	protected Actor speaker;

	/**
	 * The default value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected static final String TEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected String text = TEXT_EDEFAULT;

	/**
	 * The default value of the '{@link #isDirectQuote() <em>Direct Quote</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDirectQuote()
	 * @generated
	 * @ordered
	 */
	protected static final boolean DIRECT_QUOTE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isDirectQuote() <em>Direct Quote</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDirectQuote()
	 * @generated
	 * @ordered
	 */
	protected boolean directQuote = DIRECT_QUOTE_EDEFAULT;

	/**
	 * The default value of the '{@link #getCue() <em>Cue</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCue()
	 * @generated
	 * @ordered
	 */
	protected static final String CUE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCue() <em>Cue</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCue()
	 * @generated
	 * @ordered
	 */
	protected String cue = CUE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getEvidence() <em>Evidence</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvidence()
	 * @generated
	 * @ordered
	 */
	protected Span evidence;

	/**
	 * The default value of the '{@link #getCredibility() <em>Credibility</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCredibility()
	 * @generated
	 * @ordered
	 */
	protected static final ClaimCredibility CREDIBILITY_EDEFAULT = ClaimCredibility.CANNOT_BE_JUDGED;

	/**
	 * The cached value of the '{@link #getCredibility() <em>Credibility</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCredibility()
	 * @generated
	 * @ordered
	 */
	protected ClaimCredibility credibility = CREDIBILITY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAboutActors() <em>About Actors</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAboutActors()
	 * @generated
	 * @ordered
	 */
	protected EList<Actor> aboutActors;

	/**
	 * The cached value of the '{@link #getAboutLocations() <em>About Locations</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAboutLocations()
	 * @generated
	 * @ordered
	 */
	protected EList<Location> aboutLocations;

	/**
	 * The default value of the '{@link #getDateStated() <em>Date Stated</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDateStated()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate DATE_STATED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDateStated() <em>Date Stated</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDateStated()
	 * @generated
	 * @ordered
	 */
	protected LocalDate dateStated = DATE_STATED_EDEFAULT;

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
	protected ClaimImpl()
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
		return SourcebenchPackage.Literals.CLAIM;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Actor getSpeaker()
	{
		if (speaker != null && speaker.eIsProxy())
		{
			InternalEObject oldSpeaker = (InternalEObject)speaker;
			speaker = (Actor)eResolveProxy(oldSpeaker);
			if (speaker != oldSpeaker)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SourcebenchPackage.CLAIM__SPEAKER, oldSpeaker, speaker));
			}
		}
		return speaker;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Actor basicGetSpeaker()
	{
		return speaker;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSpeaker(Actor newSpeaker)
	{
		Actor oldSpeaker = speaker;
		speaker = newSpeaker;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SourcebenchPackage.CLAIM__SPEAKER, oldSpeaker, speaker));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText()
	{
		return text;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setText(String newText)
	{
		String oldText = text;
		text = newText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SourcebenchPackage.CLAIM__TEXT, oldText, text));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isDirectQuote()
	{
		return directQuote;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDirectQuote(boolean newDirectQuote)
	{
		boolean oldDirectQuote = directQuote;
		directQuote = newDirectQuote;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SourcebenchPackage.CLAIM__DIRECT_QUOTE, oldDirectQuote, directQuote));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCue()
	{
		return cue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCue(String newCue)
	{
		String oldCue = cue;
		cue = newCue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SourcebenchPackage.CLAIM__CUE, oldCue, cue));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Span getEvidence()
	{
		return evidence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetEvidence(Span newEvidence, NotificationChain msgs)
	{
		Span oldEvidence = evidence;
		evidence = newEvidence;
		if (eNotificationRequired())
		{
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, SourcebenchPackage.CLAIM__EVIDENCE, oldEvidence, newEvidence);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEvidence(Span newEvidence)
	{
		if (newEvidence != evidence)
		{
			NotificationChain msgs = null;
			if (evidence != null)
				msgs = ((InternalEObject)evidence).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - SourcebenchPackage.CLAIM__EVIDENCE, null, msgs);
			if (newEvidence != null)
				msgs = ((InternalEObject)newEvidence).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - SourcebenchPackage.CLAIM__EVIDENCE, null, msgs);
			msgs = basicSetEvidence(newEvidence, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SourcebenchPackage.CLAIM__EVIDENCE, newEvidence, newEvidence));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ClaimCredibility getCredibility()
	{
		return credibility;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCredibility(ClaimCredibility newCredibility)
	{
		ClaimCredibility oldCredibility = credibility;
		credibility = newCredibility == null ? CREDIBILITY_EDEFAULT : newCredibility;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SourcebenchPackage.CLAIM__CREDIBILITY, oldCredibility, credibility));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Actor> getAboutActors()
	{
		if (aboutActors == null)
		{
			aboutActors = new EObjectResolvingEList<Actor>(Actor.class, this, SourcebenchPackage.CLAIM__ABOUT_ACTORS);
		}
		return aboutActors;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Location> getAboutLocations()
	{
		if (aboutLocations == null)
		{
			aboutLocations = new EObjectResolvingEList<Location>(Location.class, this, SourcebenchPackage.CLAIM__ABOUT_LOCATIONS);
		}
		return aboutLocations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getDateStated()
	{
		return dateStated;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDateStated(LocalDate newDateStated)
	{
		LocalDate oldDateStated = dateStated;
		dateStated = newDateStated;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SourcebenchPackage.CLAIM__DATE_STATED, oldDateStated, dateStated));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SourcebenchPackage.CLAIM__NOTES, oldNotes, notes));
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
			case SourcebenchPackage.CLAIM__EVIDENCE:
				return basicSetEvidence(null, msgs);
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
			case SourcebenchPackage.CLAIM__SPEAKER:
				if (resolve) return getSpeaker();
				return basicGetSpeaker();
			case SourcebenchPackage.CLAIM__TEXT:
				return getText();
			case SourcebenchPackage.CLAIM__DIRECT_QUOTE:
				return isDirectQuote();
			case SourcebenchPackage.CLAIM__CUE:
				return getCue();
			case SourcebenchPackage.CLAIM__EVIDENCE:
				return getEvidence();
			case SourcebenchPackage.CLAIM__CREDIBILITY:
				return getCredibility();
			case SourcebenchPackage.CLAIM__ABOUT_ACTORS:
				return getAboutActors();
			case SourcebenchPackage.CLAIM__ABOUT_LOCATIONS:
				return getAboutLocations();
			case SourcebenchPackage.CLAIM__DATE_STATED:
				return getDateStated();
			case SourcebenchPackage.CLAIM__NOTES:
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
			case SourcebenchPackage.CLAIM__SPEAKER:
				setSpeaker((Actor)newValue);
				return;
			case SourcebenchPackage.CLAIM__TEXT:
				setText((String)newValue);
				return;
			case SourcebenchPackage.CLAIM__DIRECT_QUOTE:
				setDirectQuote((Boolean)newValue);
				return;
			case SourcebenchPackage.CLAIM__CUE:
				setCue((String)newValue);
				return;
			case SourcebenchPackage.CLAIM__EVIDENCE:
				setEvidence((Span)newValue);
				return;
			case SourcebenchPackage.CLAIM__CREDIBILITY:
				setCredibility((ClaimCredibility)newValue);
				return;
			case SourcebenchPackage.CLAIM__ABOUT_ACTORS:
				getAboutActors().clear();
				getAboutActors().addAll((Collection<? extends Actor>)newValue);
				return;
			case SourcebenchPackage.CLAIM__ABOUT_LOCATIONS:
				getAboutLocations().clear();
				getAboutLocations().addAll((Collection<? extends Location>)newValue);
				return;
			case SourcebenchPackage.CLAIM__DATE_STATED:
				setDateStated((LocalDate)newValue);
				return;
			case SourcebenchPackage.CLAIM__NOTES:
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
			case SourcebenchPackage.CLAIM__SPEAKER:
				setSpeaker((Actor)null);
				return;
			case SourcebenchPackage.CLAIM__TEXT:
				setText(TEXT_EDEFAULT);
				return;
			case SourcebenchPackage.CLAIM__DIRECT_QUOTE:
				setDirectQuote(DIRECT_QUOTE_EDEFAULT);
				return;
			case SourcebenchPackage.CLAIM__CUE:
				setCue(CUE_EDEFAULT);
				return;
			case SourcebenchPackage.CLAIM__EVIDENCE:
				setEvidence((Span)null);
				return;
			case SourcebenchPackage.CLAIM__CREDIBILITY:
				setCredibility(CREDIBILITY_EDEFAULT);
				return;
			case SourcebenchPackage.CLAIM__ABOUT_ACTORS:
				getAboutActors().clear();
				return;
			case SourcebenchPackage.CLAIM__ABOUT_LOCATIONS:
				getAboutLocations().clear();
				return;
			case SourcebenchPackage.CLAIM__DATE_STATED:
				setDateStated(DATE_STATED_EDEFAULT);
				return;
			case SourcebenchPackage.CLAIM__NOTES:
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
			case SourcebenchPackage.CLAIM__SPEAKER:
				return speaker != null;
			case SourcebenchPackage.CLAIM__TEXT:
				return TEXT_EDEFAULT == null ? text != null : !TEXT_EDEFAULT.equals(text);
			case SourcebenchPackage.CLAIM__DIRECT_QUOTE:
				return directQuote != DIRECT_QUOTE_EDEFAULT;
			case SourcebenchPackage.CLAIM__CUE:
				return CUE_EDEFAULT == null ? cue != null : !CUE_EDEFAULT.equals(cue);
			case SourcebenchPackage.CLAIM__EVIDENCE:
				return evidence != null;
			case SourcebenchPackage.CLAIM__CREDIBILITY:
				return credibility != CREDIBILITY_EDEFAULT;
			case SourcebenchPackage.CLAIM__ABOUT_ACTORS:
				return aboutActors != null && !aboutActors.isEmpty();
			case SourcebenchPackage.CLAIM__ABOUT_LOCATIONS:
				return aboutLocations != null && !aboutLocations.isEmpty();
			case SourcebenchPackage.CLAIM__DATE_STATED:
				return DATE_STATED_EDEFAULT == null ? dateStated != null : !DATE_STATED_EDEFAULT.equals(dateStated);
			case SourcebenchPackage.CLAIM__NOTES:
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
		result.append(" (text: ");
		result.append(text);
		result.append(", directQuote: ");
		result.append(directQuote);
		result.append(", cue: ");
		result.append(cue);
		result.append(", credibility: ");
		result.append(credibility);
		result.append(", dateStated: ");
		result.append(dateStated);
		result.append(", notes: ");
		result.append(notes);
		result.append(')');
		return result.toString();
	}

} //ClaimImpl
