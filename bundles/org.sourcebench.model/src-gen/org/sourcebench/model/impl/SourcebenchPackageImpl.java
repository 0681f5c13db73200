/**
 * Sourcebench - generated from model/sourcebench.ecore; do not edit, run regenerate.sh.
 */
package org.sourcebench.model.impl;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EOperation;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.sourcebench.model.Actor;
import org.sourcebench.model.ActorKind;
import org.sourcebench.model.AdmiraltyReliability;
import org.sourcebench.model.Claim;
import org.sourcebench.model.ClaimCredibility;
import org.sourcebench.model.Dossier;
import org.sourcebench.model.IdentifiedElement;
import org.sourcebench.model.Location;
import org.sourcebench.model.LocationKind;
import org.sourcebench.model.QuadClass;
import org.sourcebench.model.Relationship;
import org.sourcebench.model.RelationshipStatus;
import org.sourcebench.model.Source;
import org.sourcebench.model.SourcebenchFactory;
import org.sourcebench.model.SourcebenchPackage;
import org.sourcebench.model.Span;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class SourcebenchPackageImpl extends EPackageImpl implements SourcebenchPackage
{
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass identifiedElementEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass dossierEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass sourceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass spanEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass actorEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass locationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass claimEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass relationshipEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum admiraltyReliabilityEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum claimCredibilityEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum actorKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum locationKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum relationshipStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum quadClassEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType instantEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType offsetDateTimeEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType localDateEDataType = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.sourcebench.model.SourcebenchPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private SourcebenchPackageImpl()
	{
		super(eNS_URI, SourcebenchFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link SourcebenchPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static SourcebenchPackage init()
	{
		if (isInited) return (SourcebenchPackage)EPackage.Registry.INSTANCE.getEPackage(SourcebenchPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredSourcebenchPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		SourcebenchPackageImpl theSourcebenchPackage = registeredSourcebenchPackage instanceof SourcebenchPackageImpl ? (SourcebenchPackageImpl)registeredSourcebenchPackage : new SourcebenchPackageImpl();

		isInited = true;

		// Create package meta-data objects
		theSourcebenchPackage.createPackageContents();

		// Initialize created meta-data
		theSourcebenchPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theSourcebenchPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(SourcebenchPackage.eNS_URI, theSourcebenchPackage);
		return theSourcebenchPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIdentifiedElement()
	{
		return identifiedElementEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIdentifiedElement_Id()
	{
		return (EAttribute)identifiedElementEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDossier()
	{
		return dossierEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDossier_Name()
	{
		return (EAttribute)dossierEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDossier_Description()
	{
		return (EAttribute)dossierEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDossier_Created()
	{
		return (EAttribute)dossierEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDossier_Modified()
	{
		return (EAttribute)dossierEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDossier_Sources()
	{
		return (EReference)dossierEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDossier_Actors()
	{
		return (EReference)dossierEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDossier_Locations()
	{
		return (EReference)dossierEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDossier_Claims()
	{
		return (EReference)dossierEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDossier_Relationships()
	{
		return (EReference)dossierEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDossier_Diagrams()
	{
		return (EReference)dossierEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSource()
	{
		return sourceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSource_Title()
	{
		return (EAttribute)sourceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSource_Outlet()
	{
		return (EAttribute)sourceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSource_Url()
	{
		return (EAttribute)sourceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSource_Published()
	{
		return (EAttribute)sourceEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSource_PublishedZoneKnown()
	{
		return (EAttribute)sourceEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSource_Retrieved()
	{
		return (EAttribute)sourceEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSource_Language()
	{
		return (EAttribute)sourceEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSource_OriginalFileName()
	{
		return (EAttribute)sourceEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSource_Format()
	{
		return (EAttribute)sourceEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSource_StoryCode()
	{
		return (EAttribute)sourceEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSource_Body()
	{
		return (EAttribute)sourceEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSource_Sha256()
	{
		return (EAttribute)sourceEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSource_Reliability()
	{
		return (EAttribute)sourceEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSource_Notes()
	{
		return (EAttribute)sourceEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSource_Charset()
	{
		return (EAttribute)sourceEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSource_ImportRepairs()
	{
		return (EAttribute)sourceEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSpan()
	{
		return spanEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSpan_Source()
	{
		return (EReference)spanEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSpan_Begin()
	{
		return (EAttribute)spanEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSpan_End()
	{
		return (EAttribute)spanEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSpan_Text()
	{
		return (EAttribute)spanEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getActor()
	{
		return actorEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getActor_CanonicalName()
	{
		return (EAttribute)actorEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getActor_Kind()
	{
		return (EAttribute)actorEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getActor_Aliases()
	{
		return (EAttribute)actorEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getActor_Country()
	{
		return (EAttribute)actorEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getActor_Mentions()
	{
		return (EReference)actorEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getActor_ExternalId()
	{
		return (EAttribute)actorEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getActor_Notes()
	{
		return (EAttribute)actorEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLocation()
	{
		return locationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLocation_Name()
	{
		return (EAttribute)locationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLocation_Kind()
	{
		return (EAttribute)locationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLocation_CountryCode()
	{
		return (EAttribute)locationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLocation_Latitude()
	{
		return (EAttribute)locationEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLocation_Longitude()
	{
		return (EAttribute)locationEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLocation_GeoNamesId()
	{
		return (EAttribute)locationEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLocation_Mentions()
	{
		return (EReference)locationEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLocation_Notes()
	{
		return (EAttribute)locationEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getClaim()
	{
		return claimEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getClaim_Speaker()
	{
		return (EReference)claimEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getClaim_Text()
	{
		return (EAttribute)claimEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getClaim_DirectQuote()
	{
		return (EAttribute)claimEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getClaim_Cue()
	{
		return (EAttribute)claimEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getClaim_Evidence()
	{
		return (EReference)claimEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getClaim_Credibility()
	{
		return (EAttribute)claimEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getClaim_AboutActors()
	{
		return (EReference)claimEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getClaim_AboutLocations()
	{
		return (EReference)claimEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getClaim_DateStated()
	{
		return (EAttribute)claimEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getClaim_Notes()
	{
		return (EAttribute)claimEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRelationship()
	{
		return relationshipEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRelationship_From()
	{
		return (EReference)relationshipEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRelationship_To()
	{
		return (EReference)relationshipEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRelationship_EventCode()
	{
		return (EAttribute)relationshipEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRelationship_EventLabel()
	{
		return (EAttribute)relationshipEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRelationship_QuadClass()
	{
		return (EAttribute)relationshipEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRelationship_Goldstein()
	{
		return (EAttribute)relationshipEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRelationship_Evidence()
	{
		return (EReference)relationshipEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRelationship_Date()
	{
		return (EAttribute)relationshipEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRelationship_Confidence()
	{
		return (EAttribute)relationshipEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRelationship_Status()
	{
		return (EAttribute)relationshipEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRelationship_Notes()
	{
		return (EAttribute)relationshipEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getRelationship__Corroboration()
	{
		return relationshipEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAdmiraltyReliability()
	{
		return admiraltyReliabilityEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getClaimCredibility()
	{
		return claimCredibilityEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getActorKind()
	{
		return actorKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getLocationKind()
	{
		return locationKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRelationshipStatus()
	{
		return relationshipStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getQuadClass()
	{
		return quadClassEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getInstant()
	{
		return instantEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getOffsetDateTime()
	{
		return offsetDateTimeEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getLocalDate()
	{
		return localDateEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SourcebenchFactory getSourcebenchFactory()
	{
		return (SourcebenchFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents()
	{
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		identifiedElementEClass = createEClass(IDENTIFIED_ELEMENT);
		createEAttribute(identifiedElementEClass, IDENTIFIED_ELEMENT__ID);

		dossierEClass = createEClass(DOSSIER);
		createEAttribute(dossierEClass, DOSSIER__NAME);
		createEAttribute(dossierEClass, DOSSIER__DESCRIPTION);
		createEAttribute(dossierEClass, DOSSIER__CREATED);
		createEAttribute(dossierEClass, DOSSIER__MODIFIED);
		createEReference(dossierEClass, DOSSIER__SOURCES);
		createEReference(dossierEClass, DOSSIER__ACTORS);
		createEReference(dossierEClass, DOSSIER__LOCATIONS);
		createEReference(dossierEClass, DOSSIER__CLAIMS);
		createEReference(dossierEClass, DOSSIER__RELATIONSHIPS);
		createEReference(dossierEClass, DOSSIER__DIAGRAMS);

		sourceEClass = createEClass(SOURCE);
		createEAttribute(sourceEClass, SOURCE__TITLE);
		createEAttribute(sourceEClass, SOURCE__OUTLET);
		createEAttribute(sourceEClass, SOURCE__URL);
		createEAttribute(sourceEClass, SOURCE__PUBLISHED);
		createEAttribute(sourceEClass, SOURCE__PUBLISHED_ZONE_KNOWN);
		createEAttribute(sourceEClass, SOURCE__RETRIEVED);
		createEAttribute(sourceEClass, SOURCE__LANGUAGE);
		createEAttribute(sourceEClass, SOURCE__ORIGINAL_FILE_NAME);
		createEAttribute(sourceEClass, SOURCE__FORMAT);
		createEAttribute(sourceEClass, SOURCE__STORY_CODE);
		createEAttribute(sourceEClass, SOURCE__BODY);
		createEAttribute(sourceEClass, SOURCE__SHA256);
		createEAttribute(sourceEClass, SOURCE__RELIABILITY);
		createEAttribute(sourceEClass, SOURCE__NOTES);
		createEAttribute(sourceEClass, SOURCE__CHARSET);
		createEAttribute(sourceEClass, SOURCE__IMPORT_REPAIRS);

		spanEClass = createEClass(SPAN);
		createEReference(spanEClass, SPAN__SOURCE);
		createEAttribute(spanEClass, SPAN__BEGIN);
		createEAttribute(spanEClass, SPAN__END);
		createEAttribute(spanEClass, SPAN__TEXT);

		actorEClass = createEClass(ACTOR);
		createEAttribute(actorEClass, ACTOR__CANONICAL_NAME);
		createEAttribute(actorEClass, ACTOR__KIND);
		createEAttribute(actorEClass, ACTOR__ALIASES);
		createEAttribute(actorEClass, ACTOR__COUNTRY);
		createEReference(actorEClass, ACTOR__MENTIONS);
		createEAttribute(actorEClass, ACTOR__EXTERNAL_ID);
		createEAttribute(actorEClass, ACTOR__NOTES);

		locationEClass = createEClass(LOCATION);
		createEAttribute(locationEClass, LOCATION__NAME);
		createEAttribute(locationEClass, LOCATION__KIND);
		createEAttribute(locationEClass, LOCATION__COUNTRY_CODE);
		createEAttribute(locationEClass, LOCATION__LATITUDE);
		createEAttribute(locationEClass, LOCATION__LONGITUDE);
		createEAttribute(locationEClass, LOCATION__GEO_NAMES_ID);
		createEReference(locationEClass, LOCATION__MENTIONS);
		createEAttribute(locationEClass, LOCATION__NOTES);

		claimEClass = createEClass(CLAIM);
		createEReference(claimEClass, CLAIM__SPEAKER);
		createEAttribute(claimEClass, CLAIM__TEXT);
		createEAttribute(claimEClass, CLAIM__DIRECT_QUOTE);
		createEAttribute(claimEClass, CLAIM__CUE);
		createEReference(claimEClass, CLAIM__EVIDENCE);
		createEAttribute(claimEClass, CLAIM__CREDIBILITY);
		createEReference(claimEClass, CLAIM__ABOUT_ACTORS);
		createEReference(claimEClass, CLAIM__ABOUT_LOCATIONS);
		createEAttribute(claimEClass, CLAIM__DATE_STATED);
		createEAttribute(claimEClass, CLAIM__NOTES);

		relationshipEClass = createEClass(RELATIONSHIP);
		createEReference(relationshipEClass, RELATIONSHIP__FROM);
		createEReference(relationshipEClass, RELATIONSHIP__TO);
		createEAttribute(relationshipEClass, RELATIONSHIP__EVENT_CODE);
		createEAttribute(relationshipEClass, RELATIONSHIP__EVENT_LABEL);
		createEAttribute(relationshipEClass, RELATIONSHIP__QUAD_CLASS);
		createEAttribute(relationshipEClass, RELATIONSHIP__GOLDSTEIN);
		createEReference(relationshipEClass, RELATIONSHIP__EVIDENCE);
		createEAttribute(relationshipEClass, RELATIONSHIP__DATE);
		createEAttribute(relationshipEClass, RELATIONSHIP__CONFIDENCE);
		createEAttribute(relationshipEClass, RELATIONSHIP__STATUS);
		createEAttribute(relationshipEClass, RELATIONSHIP__NOTES);
		createEOperation(relationshipEClass, RELATIONSHIP___CORROBORATION);

		// Create enums
		admiraltyReliabilityEEnum = createEEnum(ADMIRALTY_RELIABILITY);
		claimCredibilityEEnum = createEEnum(CLAIM_CREDIBILITY);
		actorKindEEnum = createEEnum(ACTOR_KIND);
		locationKindEEnum = createEEnum(LOCATION_KIND);
		relationshipStatusEEnum = createEEnum(RELATIONSHIP_STATUS);
		quadClassEEnum = createEEnum(QUAD_CLASS);

		// Create data types
		instantEDataType = createEDataType(INSTANT);
		offsetDateTimeEDataType = createEDataType(OFFSET_DATE_TIME);
		localDateEDataType = createEDataType(LOCAL_DATE);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents()
	{
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		dossierEClass.getESuperTypes().add(this.getIdentifiedElement());
		sourceEClass.getESuperTypes().add(this.getIdentifiedElement());
		spanEClass.getESuperTypes().add(this.getIdentifiedElement());
		actorEClass.getESuperTypes().add(this.getIdentifiedElement());
		locationEClass.getESuperTypes().add(this.getIdentifiedElement());
		claimEClass.getESuperTypes().add(this.getIdentifiedElement());
		relationshipEClass.getESuperTypes().add(this.getIdentifiedElement());

		// Initialize classes, features, and operations; add parameters
		initEClass(identifiedElementEClass, IdentifiedElement.class, "IdentifiedElement", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getIdentifiedElement_Id(), ecorePackage.getEString(), "id", null, 0, 1, IdentifiedElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(dossierEClass, Dossier.class, "Dossier", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDossier_Name(), ecorePackage.getEString(), "name", null, 0, 1, Dossier.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDossier_Description(), ecorePackage.getEString(), "description", null, 0, 1, Dossier.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDossier_Created(), this.getInstant(), "created", null, 0, 1, Dossier.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDossier_Modified(), this.getInstant(), "modified", null, 0, 1, Dossier.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDossier_Sources(), this.getSource(), null, "sources", null, 0, -1, Dossier.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDossier_Actors(), this.getActor(), null, "actors", null, 0, -1, Dossier.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDossier_Locations(), this.getLocation(), null, "locations", null, 0, -1, Dossier.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDossier_Claims(), this.getClaim(), null, "claims", null, 0, -1, Dossier.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDossier_Relationships(), this.getRelationship(), null, "relationships", null, 0, -1, Dossier.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDossier_Diagrams(), ecorePackage.getEObject(), null, "diagrams", null, 0, -1, Dossier.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(sourceEClass, Source.class, "Source", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSource_Title(), ecorePackage.getEString(), "title", null, 0, 1, Source.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSource_Outlet(), ecorePackage.getEString(), "outlet", null, 0, 1, Source.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSource_Url(), ecorePackage.getEString(), "url", null, 0, 1, Source.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSource_Published(), this.getOffsetDateTime(), "published", null, 0, 1, Source.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSource_PublishedZoneKnown(), ecorePackage.getEBoolean(), "publishedZoneKnown", "true", 0, 1, Source.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSource_Retrieved(), this.getInstant(), "retrieved", null, 0, 1, Source.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSource_Language(), ecorePackage.getEString(), "language", null, 0, 1, Source.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSource_OriginalFileName(), ecorePackage.getEString(), "originalFileName", null, 0, 1, Source.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSource_Format(), ecorePackage.getEString(), "format", null, 0, 1, Source.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSource_StoryCode(), ecorePackage.getEString(), "storyCode", null, 0, 1, Source.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSource_Body(), ecorePackage.getEString(), "body", null, 0, 1, Source.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSource_Sha256(), ecorePackage.getEString(), "sha256", null, 0, 1, Source.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSource_Reliability(), this.getAdmiraltyReliability(), "reliability", "F", 0, 1, Source.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSource_Notes(), ecorePackage.getEString(), "notes", null, 0, 1, Source.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSource_Charset(), ecorePackage.getEString(), "charset", null, 0, 1, Source.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSource_ImportRepairs(), ecorePackage.getEString(), "importRepairs", null, 0, 1, Source.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(spanEClass, Span.class, "Span", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getSpan_Source(), this.getSource(), null, "source", null, 0, 1, Span.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSpan_Begin(), ecorePackage.getEInt(), "begin", null, 0, 1, Span.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSpan_End(), ecorePackage.getEInt(), "end", null, 0, 1, Span.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSpan_Text(), ecorePackage.getEString(), "text", null, 0, 1, Span.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(actorEClass, Actor.class, "Actor", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getActor_CanonicalName(), ecorePackage.getEString(), "canonicalName", null, 0, 1, Actor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getActor_Kind(), this.getActorKind(), "kind", "OTHER", 0, 1, Actor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getActor_Aliases(), ecorePackage.getEString(), "aliases", null, 0, -1, Actor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getActor_Country(), ecorePackage.getEString(), "country", null, 0, 1, Actor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getActor_Mentions(), this.getSpan(), null, "mentions", null, 0, -1, Actor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getActor_ExternalId(), ecorePackage.getEString(), "externalId", null, 0, 1, Actor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getActor_Notes(), ecorePackage.getEString(), "notes", null, 0, 1, Actor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(locationEClass, Location.class, "Location", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getLocation_Name(), ecorePackage.getEString(), "name", null, 0, 1, Location.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLocation_Kind(), this.getLocationKind(), "kind", "OTHER", 0, 1, Location.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLocation_CountryCode(), ecorePackage.getEString(), "countryCode", null, 0, 1, Location.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLocation_Latitude(), ecorePackage.getEDoubleObject(), "latitude", null, 0, 1, Location.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLocation_Longitude(), ecorePackage.getEDoubleObject(), "longitude", null, 0, 1, Location.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLocation_GeoNamesId(), ecorePackage.getEString(), "geoNamesId", null, 0, 1, Location.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLocation_Mentions(), this.getSpan(), null, "mentions", null, 0, -1, Location.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLocation_Notes(), ecorePackage.getEString(), "notes", null, 0, 1, Location.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(claimEClass, Claim.class, "Claim", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getClaim_Speaker(), this.getActor(), null, "speaker", null, 0, 1, Claim.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getClaim_Text(), ecorePackage.getEString(), "text", null, 0, 1, Claim.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getClaim_DirectQuote(), ecorePackage.getEBoolean(), "directQuote", null, 0, 1, Claim.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getClaim_Cue(), ecorePackage.getEString(), "cue", null, 0, 1, Claim.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getClaim_Evidence(), this.getSpan(), null, "evidence", null, 0, 1, Claim.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getClaim_Credibility(), this.getClaimCredibility(), "credibility", "CANNOT_BE_JUDGED", 0, 1, Claim.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getClaim_AboutActors(), this.getActor(), null, "aboutActors", null, 0, -1, Claim.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getClaim_AboutLocations(), this.getLocation(), null, "aboutLocations", null, 0, -1, Claim.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getClaim_DateStated(), this.getLocalDate(), "dateStated", null, 0, 1, Claim.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getClaim_Notes(), ecorePackage.getEString(), "notes", null, 0, 1, Claim.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(relationshipEClass, Relationship.class, "Relationship", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getRelationship_From(), this.getActor(), null, "from", null, 0, 1, Relationship.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRelationship_To(), this.getActor(), null, "to", null, 0, 1, Relationship.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRelationship_EventCode(), ecorePackage.getEString(), "eventCode", null, 0, 1, Relationship.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRelationship_EventLabel(), ecorePackage.getEString(), "eventLabel", null, 0, 1, Relationship.class, IS_TRANSIENT, IS_VOLATILE, !IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getRelationship_QuadClass(), this.getQuadClass(), "quadClass", null, 0, 1, Relationship.class, IS_TRANSIENT, IS_VOLATILE, !IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getRelationship_Goldstein(), ecorePackage.getEDoubleObject(), "goldstein", null, 0, 1, Relationship.class, IS_TRANSIENT, IS_VOLATILE, !IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEReference(getRelationship_Evidence(), this.getSpan(), null, "evidence", null, 0, -1, Relationship.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRelationship_Date(), this.getLocalDate(), "date", null, 0, 1, Relationship.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRelationship_Confidence(), ecorePackage.getEDouble(), "confidence", null, 0, 1, Relationship.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRelationship_Status(), this.getRelationshipStatus(), "status", null, 0, 1, Relationship.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRelationship_Notes(), ecorePackage.getEString(), "notes", null, 0, 1, Relationship.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEOperation(getRelationship__Corroboration(), ecorePackage.getEInt(), "corroboration", 0, 1, IS_UNIQUE, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(admiraltyReliabilityEEnum, AdmiraltyReliability.class, "AdmiraltyReliability");
		addEEnumLiteral(admiraltyReliabilityEEnum, AdmiraltyReliability.A);
		addEEnumLiteral(admiraltyReliabilityEEnum, AdmiraltyReliability.B);
		addEEnumLiteral(admiraltyReliabilityEEnum, AdmiraltyReliability.C);
		addEEnumLiteral(admiraltyReliabilityEEnum, AdmiraltyReliability.D);
		addEEnumLiteral(admiraltyReliabilityEEnum, AdmiraltyReliability.E);
		addEEnumLiteral(admiraltyReliabilityEEnum, AdmiraltyReliability.F);

		initEEnum(claimCredibilityEEnum, ClaimCredibility.class, "ClaimCredibility");
		addEEnumLiteral(claimCredibilityEEnum, ClaimCredibility.CONFIRMED);
		addEEnumLiteral(claimCredibilityEEnum, ClaimCredibility.PROBABLY_TRUE);
		addEEnumLiteral(claimCredibilityEEnum, ClaimCredibility.POSSIBLY_TRUE);
		addEEnumLiteral(claimCredibilityEEnum, ClaimCredibility.DOUBTFUL);
		addEEnumLiteral(claimCredibilityEEnum, ClaimCredibility.IMPROBABLE);
		addEEnumLiteral(claimCredibilityEEnum, ClaimCredibility.CANNOT_BE_JUDGED);

		initEEnum(actorKindEEnum, ActorKind.class, "ActorKind");
		addEEnumLiteral(actorKindEEnum, ActorKind.PERSON);
		addEEnumLiteral(actorKindEEnum, ActorKind.STATE);
		addEEnumLiteral(actorKindEEnum, ActorKind.GOVERNMENT);
		addEEnumLiteral(actorKindEEnum, ActorKind.MILITARY);
		addEEnumLiteral(actorKindEEnum, ActorKind.ORGANISATION);
		addEEnumLiteral(actorKindEEnum, ActorKind.ARMED_GROUP);
		addEEnumLiteral(actorKindEEnum, ActorKind.MEDIA);
		addEEnumLiteral(actorKindEEnum, ActorKind.COMPANY);
		addEEnumLiteral(actorKindEEnum, ActorKind.ALLIANCE);
		addEEnumLiteral(actorKindEEnum, ActorKind.OTHER);

		initEEnum(locationKindEEnum, LocationKind.class, "LocationKind");
		addEEnumLiteral(locationKindEEnum, LocationKind.COUNTRY);
		addEEnumLiteral(locationKindEEnum, LocationKind.REGION);
		addEEnumLiteral(locationKindEEnum, LocationKind.CITY);
		addEEnumLiteral(locationKindEEnum, LocationKind.SITE);
		addEEnumLiteral(locationKindEEnum, LocationKind.WATER);
		addEEnumLiteral(locationKindEEnum, LocationKind.OTHER);

		initEEnum(relationshipStatusEEnum, RelationshipStatus.class, "RelationshipStatus");
		addEEnumLiteral(relationshipStatusEEnum, RelationshipStatus.EXTRACTED);
		addEEnumLiteral(relationshipStatusEEnum, RelationshipStatus.CONFIRMED);
		addEEnumLiteral(relationshipStatusEEnum, RelationshipStatus.REJECTED);

		initEEnum(quadClassEEnum, QuadClass.class, "QuadClass");
		addEEnumLiteral(quadClassEEnum, QuadClass.VERBAL_COOPERATION);
		addEEnumLiteral(quadClassEEnum, QuadClass.MATERIAL_COOPERATION);
		addEEnumLiteral(quadClassEEnum, QuadClass.VERBAL_CONFLICT);
		addEEnumLiteral(quadClassEEnum, QuadClass.MATERIAL_CONFLICT);

		// Initialize data types
		initEDataType(instantEDataType, Instant.class, "Instant", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(offsetDateTimeEDataType, OffsetDateTime.class, "OffsetDateTime", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(localDateEDataType, LocalDate.class, "LocalDate", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);

		// Create resource
		createResource(eNS_URI);

		// Create annotations
		// http://www.eclipse.org/emf/2002/GenModel
		createGenModelAnnotations();
	}

	/**
	 * Initializes the annotations for <b>http://www.eclipse.org/emf/2002/GenModel</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createGenModelAnnotations()
	{
		String source = "http://www.eclipse.org/emf/2002/GenModel";
		addAnnotation
		  (this,
		   source,
		   new String[]
		   {
			   "documentation", "The Sourcebench domain model: an analyst\'s dossier of sources, the actors and locations mentioned in them, the claims made and the relationships (CAMEO events) between actors, each backed by evidence spans into the source texts."
		   });
		addAnnotation
		  (identifiedElementEClass,
		   source,
		   new String[]
		   {
			   "documentation", "Base of every dossier object: a stable identifier (a random UUID) that survives saves, exports and Excel round trips. It is the ID attribute, so references in the XMI file are written as these identifiers."
		   });
		addAnnotation
		  (getIdentifiedElement_Id(),
		   source,
		   new String[]
		   {
			   "documentation", "Stable identifier (a random UUID string); written as the XMI id and used for references. Objects made with org.sourcebench.model.Dossiers get one at creation; a DossierStore gives one to any object that has none when it is saved."
		   });
		addAnnotation
		  (dossierEClass,
		   source,
		   new String[]
		   {
			   "documentation", "Root of one analyst\'s dossier; one dossier is one .sbx file."
		   });
		addAnnotation
		  (getDossier_Diagrams(),
		   source,
		   new String[]
		   {
			   "documentation", "Diagrams of this dossier; their notation model is defined by the diagram bundle."
		   });
		addAnnotation
		  (sourceEClass,
		   source,
		   new String[]
		   {
			   "documentation", "One imported document (article, report, transcript) and its provenance."
		   });
		addAnnotation
		  (getSource_Outlet(),
		   source,
		   new String[]
		   {
			   "documentation", "Publisher or outlet, e.g. \"Reuters\"."
		   });
		addAnnotation
		  (getSource_Published(),
		   source,
		   new String[]
		   {
			   "documentation", "When the source was published. If the source gave no zone or offset, the value carries UTC and publishedZoneKnown is false."
		   });
		addAnnotation
		  (getSource_PublishedZoneKnown(),
		   source,
		   new String[]
		   {
			   "documentation", "False when the published time had no zone or offset in the source (UTC was assumed)."
		   });
		addAnnotation
		  (getSource_Language(),
		   source,
		   new String[]
		   {
			   "documentation", "BCP 47 language tag, e.g. \"en\"."
		   });
		addAnnotation
		  (getSource_Format(),
		   source,
		   new String[]
		   {
			   "documentation", "Format of the original file as a lower-case name: txt, html, pdf, docx, eml, ..."
		   });
		addAnnotation
		  (getSource_StoryCode(),
		   source,
		   new String[]
		   {
			   "documentation", "Agency story or slug code when the source carries one."
		   });
		addAnnotation
		  (getSource_Body(),
		   source,
		   new String[]
		   {
			   "documentation", "The text of the source as imported. Immutable after creation: there is no public setter (create sources with org.sourcebench.model.Dossiers.newSource), because every Span\'s offsets refer to this exact text.",
			   "suppressedSetVisibility", "true"
		   });
		addAnnotation
		  (getSource_Sha256(),
		   source,
		   new String[]
		   {
			   "documentation", "SHA-256 of the original file\'s bytes, lower-case hex."
		   });
		addAnnotation
		  (getSource_Charset(),
		   source,
		   new String[]
		   {
			   "documentation", "Character encoding the original file\'s text was decoded from (e.g. UTF-8, windows-1252, UTF-16LE); unset for formats that carry their own text encoding (PDF, Word)."
		   });
		addAnnotation
		  (getSource_ImportRepairs(),
		   source,
		   new String[]
		   {
			   "documentation", "What the import changed to make the text readable and storable, in words (e.g. \"2 bytes not valid UTF-8 read as windows-1252; 3 control characters replaced\"); unset when the text was taken as it was."
		   });
		addAnnotation
		  (spanEClass,
		   source,
		   new String[]
		   {
			   "documentation", "Evidence: the characters [begin, end) of a source\'s body, with the text they cover."
		   });
		addAnnotation
		  (getSpan_Begin(),
		   source,
		   new String[]
		   {
			   "documentation", "Offset of the first character (UTF-16 char index into Source.body, inclusive)."
		   });
		addAnnotation
		  (getSpan_End(),
		   source,
		   new String[]
		   {
			   "documentation", "Offset after the last character (exclusive)."
		   });
		addAnnotation
		  (getSpan_Text(),
		   source,
		   new String[]
		   {
			   "documentation", "The covered text, equal to source.body.substring(begin, end)."
		   });
		addAnnotation
		  (getActor_Country(),
		   source,
		   new String[]
		   {
			   "documentation", "ISO 3166-1 alpha-2 code of the actor\'s country, e.g. \"DE\"."
		   });
		addAnnotation
		  (getActor_ExternalId(),
		   source,
		   new String[]
		   {
			   "documentation", "Identifier in an external knowledge base, e.g. a Wikidata QID such as \"Q183\"."
		   });
		addAnnotation
		  (getLocation_CountryCode(),
		   source,
		   new String[]
		   {
			   "documentation", "ISO 3166-1 alpha-2 code, e.g. \"UA\"."
		   });
		addAnnotation
		  (getLocation_Latitude(),
		   source,
		   new String[]
		   {
			   "documentation", "WGS 84 degrees north; null when unknown."
		   });
		addAnnotation
		  (getLocation_Longitude(),
		   source,
		   new String[]
		   {
			   "documentation", "WGS 84 degrees east; null when unknown."
		   });
		addAnnotation
		  (claimEClass,
		   source,
		   new String[]
		   {
			   "documentation", "Something an actor stated, quoted directly or reported."
		   });
		addAnnotation
		  (getClaim_DirectQuote(),
		   source,
		   new String[]
		   {
			   "documentation", "True for a direct quotation, false for reported speech."
		   });
		addAnnotation
		  (getClaim_Cue(),
		   source,
		   new String[]
		   {
			   "documentation", "The attribution cue as written: \"said\", \"according to\", ..."
		   });
		addAnnotation
		  (relationshipEClass,
		   source,
		   new String[]
		   {
			   "documentation", "A CAMEO-coded event from one actor to another, backed by evidence spans that may come from several sources."
		   });
		addAnnotation
		  (getRelationship__Corroboration(),
		   source,
		   new String[]
		   {
			   "documentation", "Number of distinct sources among the evidence spans.",
			   "body", "<%java.util.Set%><<%org.sourcebench.model.Source%>> distinct = new <%java.util.HashSet%><<%org.sourcebench.model.Source%>>();\nfor (Span span : getEvidence()) {\n\tif (span.getSource() != null) {\n\t\tdistinct.add(span.getSource());\n\t}\n}\nreturn distinct.size();"
		   });
		addAnnotation
		  (getRelationship_EventCode(),
		   source,
		   new String[]
		   {
			   "documentation", "CAMEO event code, 2 to 4 digits (\"04\", \"042\", \"0421\")."
		   });
		addAnnotation
		  (getRelationship_EventLabel(),
		   source,
		   new String[]
		   {
			   "documentation", "Label of the event code from the CAMEO table; null for an unknown code.",
			   "get", "<%org.sourcebench.model.cameo.CameoEvent%> event = <%org.sourcebench.model.cameo.CameoTable%>.getDefault().lookup(getEventCode());\nreturn event == null ? null : event.label();"
		   });
		addAnnotation
		  (getRelationship_QuadClass(),
		   source,
		   new String[]
		   {
			   "documentation", "QuadClass of the event code from the CAMEO table; null for an unknown code.",
			   "get", "<%org.sourcebench.model.cameo.CameoEvent%> event = <%org.sourcebench.model.cameo.CameoTable%>.getDefault().lookup(getEventCode());\nreturn event == null ? null : event.quadClass();"
		   });
		addAnnotation
		  (getRelationship_Goldstein(),
		   source,
		   new String[]
		   {
			   "documentation", "Goldstein value (-10 .. +10) of the event code from the CAMEO table; null for an unknown code.",
			   "get", "<%org.sourcebench.model.cameo.CameoEvent%> event = <%org.sourcebench.model.cameo.CameoTable%>.getDefault().lookup(getEventCode());\nreturn event == null ? null : Double.valueOf(event.goldstein());"
		   });
		addAnnotation
		  (getRelationship_Confidence(),
		   source,
		   new String[]
		   {
			   "documentation", "Extractor or analyst confidence, 0.0 .. 1.0."
		   });
		addAnnotation
		  (admiraltyReliabilityEEnum,
		   source,
		   new String[]
		   {
			   "documentation", "Reliability of a source on the Admiralty (NATO) scale. It rates the source\'s track record, not a single report; meanings via org.sourcebench.model.Ratings."
		   });
		addAnnotation
		  (admiraltyReliabilityEEnum.getELiterals().get(0),
		   source,
		   new String[]
		   {
			   "documentation", "Completely reliable: no doubt of authenticity, trustworthiness or competency; a history of complete reliability."
		   });
		addAnnotation
		  (admiraltyReliabilityEEnum.getELiterals().get(1),
		   source,
		   new String[]
		   {
			   "documentation", "Usually reliable: minor doubt; a history of valid information most of the time."
		   });
		addAnnotation
		  (admiraltyReliabilityEEnum.getELiterals().get(2),
		   source,
		   new String[]
		   {
			   "documentation", "Fairly reliable: doubt; has provided valid information in the past."
		   });
		addAnnotation
		  (admiraltyReliabilityEEnum.getELiterals().get(3),
		   source,
		   new String[]
		   {
			   "documentation", "Not usually reliable: significant doubt; has provided valid information in the past."
		   });
		addAnnotation
		  (admiraltyReliabilityEEnum.getELiterals().get(4),
		   source,
		   new String[]
		   {
			   "documentation", "Unreliable: lacking authenticity, trustworthiness and competency; a history of invalid information."
		   });
		addAnnotation
		  (admiraltyReliabilityEEnum.getELiterals().get(5),
		   source,
		   new String[]
		   {
			   "documentation", "Reliability cannot be judged: no basis exists for evaluating the reliability of the source."
		   });
		addAnnotation
		  (claimCredibilityEEnum,
		   source,
		   new String[]
		   {
			   "documentation", "Credibility of one piece of information on the Admiralty scale, 1 (confirmed) .. 6 (cannot be judged); independent of the source\'s reliability."
		   });
		addAnnotation
		  (claimCredibilityEEnum.getELiterals().get(0),
		   source,
		   new String[]
		   {
			   "documentation", "1 Confirmed by other sources: confirmed by other independent sources; logical in itself; consistent with other information on the subject."
		   });
		addAnnotation
		  (claimCredibilityEEnum.getELiterals().get(1),
		   source,
		   new String[]
		   {
			   "documentation", "2 Probably true: not confirmed; logical in itself; consistent with other information on the subject."
		   });
		addAnnotation
		  (claimCredibilityEEnum.getELiterals().get(2),
		   source,
		   new String[]
		   {
			   "documentation", "3 Possibly true: not confirmed; reasonably logical in itself; agrees with some other information on the subject."
		   });
		addAnnotation
		  (claimCredibilityEEnum.getELiterals().get(3),
		   source,
		   new String[]
		   {
			   "documentation", "4 Doubtful: not confirmed; possible but not logical; no other information on the subject."
		   });
		addAnnotation
		  (claimCredibilityEEnum.getELiterals().get(4),
		   source,
		   new String[]
		   {
			   "documentation", "5 Improbable: not confirmed; not logical in itself; contradicted by other information on the subject."
		   });
		addAnnotation
		  (claimCredibilityEEnum.getELiterals().get(5),
		   source,
		   new String[]
		   {
			   "documentation", "6 Truth cannot be judged: no basis exists for evaluating the validity of the information."
		   });
		addAnnotation
		  (locationKindEEnum.getELiterals().get(1),
		   source,
		   new String[]
		   {
			   "documentation", "An administrative or geographic region below or across countries (province, oblast, Sahel)."
		   });
		addAnnotation
		  (locationKindEEnum.getELiterals().get(2),
		   source,
		   new String[]
		   {
			   "documentation", "A city, town or village."
		   });
		addAnnotation
		  (locationKindEEnum.getELiterals().get(3),
		   source,
		   new String[]
		   {
			   "documentation", "A specific place: a building, base, airport, port, border crossing."
		   });
		addAnnotation
		  (locationKindEEnum.getELiterals().get(4),
		   source,
		   new String[]
		   {
			   "documentation", "A sea, strait, river or lake."
		   });
		addAnnotation
		  (relationshipStatusEEnum.getELiterals().get(0),
		   source,
		   new String[]
		   {
			   "documentation", "Proposed by automatic extraction, not yet reviewed."
		   });
		addAnnotation
		  (relationshipStatusEEnum.getELiterals().get(1),
		   source,
		   new String[]
		   {
			   "documentation", "Reviewed and accepted by an analyst."
		   });
		addAnnotation
		  (relationshipStatusEEnum.getELiterals().get(2),
		   source,
		   new String[]
		   {
			   "documentation", "Reviewed and rejected by an analyst; kept so extraction does not propose it again."
		   });
		addAnnotation
		  (quadClassEEnum,
		   source,
		   new String[]
		   {
			   "documentation", "The four CAMEO/GDELT event classes; values 1..4 as in GDELT\'s QuadClass column."
		   });
		addAnnotation
		  (instantEDataType,
		   source,
		   new String[]
		   {
			   "documentation", "A point in time, serialised as ISO-8601 in UTC (2024-03-01T10:15:30Z).",
			   "create", "return it == null ? null : Instant.parse(it);",
			   "convert", "return it == null ? null : it.toString();"
		   });
		addAnnotation
		  (offsetDateTimeEDataType,
		   source,
		   new String[]
		   {
			   "documentation", "A local date-time with its UTC offset, serialised as ISO-8601 (2024-03-01T10:15:30+01:00).",
			   "create", "return it == null ? null : OffsetDateTime.parse(it);",
			   "convert", "return it == null ? null : it.toString();"
		   });
		addAnnotation
		  (localDateEDataType,
		   source,
		   new String[]
		   {
			   "documentation", "A calendar date without time or zone, serialised as ISO-8601 (2024-03-01).",
			   "create", "return it == null ? null : LocalDate.parse(it);",
			   "convert", "return it == null ? null : it.toString();"
		   });
	}

} //SourcebenchPackageImpl
