/**
 * Sourcebench - generated from model/sourcebench.ecore; do not edit, run regenerate.sh.
 */
package org.sourcebench.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EOperation;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The Sourcebench domain model: an analyst's dossier of sources, the actors and locations mentioned in them, the claims made and the relationships (CAMEO events) between actors, each backed by evidence spans into the source texts.
 * <!-- end-model-doc -->
 * @see org.sourcebench.model.SourcebenchFactory
 * @model kind="package"
 * @generated
 */
public interface SourcebenchPackage extends EPackage
{
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://www.sourcebench.org/model/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "sb";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	SourcebenchPackage eINSTANCE = org.sourcebench.model.impl.SourcebenchPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.sourcebench.model.impl.IdentifiedElementImpl <em>Identified Element</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sourcebench.model.impl.IdentifiedElementImpl
	 * @see org.sourcebench.model.impl.SourcebenchPackageImpl#getIdentifiedElement()
	 * @generated
	 */
	int IDENTIFIED_ELEMENT = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED_ELEMENT__ID = 0;

	/**
	 * The number of structural features of the '<em>Identified Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED_ELEMENT_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Identified Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED_ELEMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.sourcebench.model.impl.DossierImpl <em>Dossier</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sourcebench.model.impl.DossierImpl
	 * @see org.sourcebench.model.impl.SourcebenchPackageImpl#getDossier()
	 * @generated
	 */
	int DOSSIER = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOSSIER__ID = IDENTIFIED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOSSIER__NAME = IDENTIFIED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOSSIER__DESCRIPTION = IDENTIFIED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOSSIER__CREATED = IDENTIFIED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Modified</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOSSIER__MODIFIED = IDENTIFIED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOSSIER__SOURCES = IDENTIFIED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Actors</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOSSIER__ACTORS = IDENTIFIED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Locations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOSSIER__LOCATIONS = IDENTIFIED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Claims</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOSSIER__CLAIMS = IDENTIFIED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Relationships</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOSSIER__RELATIONSHIPS = IDENTIFIED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Diagrams</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOSSIER__DIAGRAMS = IDENTIFIED_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The number of structural features of the '<em>Dossier</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOSSIER_FEATURE_COUNT = IDENTIFIED_ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The number of operations of the '<em>Dossier</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOSSIER_OPERATION_COUNT = IDENTIFIED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.sourcebench.model.impl.SourceImpl <em>Source</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sourcebench.model.impl.SourceImpl
	 * @see org.sourcebench.model.impl.SourcebenchPackageImpl#getSource()
	 * @generated
	 */
	int SOURCE = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__ID = IDENTIFIED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__TITLE = IDENTIFIED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Outlet</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__OUTLET = IDENTIFIED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__URL = IDENTIFIED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Published</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__PUBLISHED = IDENTIFIED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Published Zone Known</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__PUBLISHED_ZONE_KNOWN = IDENTIFIED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Retrieved</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__RETRIEVED = IDENTIFIED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Language</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__LANGUAGE = IDENTIFIED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Original File Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__ORIGINAL_FILE_NAME = IDENTIFIED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Format</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__FORMAT = IDENTIFIED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Story Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__STORY_CODE = IDENTIFIED_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Body</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__BODY = IDENTIFIED_ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Sha256</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__SHA256 = IDENTIFIED_ELEMENT_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Reliability</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__RELIABILITY = IDENTIFIED_ELEMENT_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__NOTES = IDENTIFIED_ELEMENT_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Charset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__CHARSET = IDENTIFIED_ELEMENT_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Import Repairs</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__IMPORT_REPAIRS = IDENTIFIED_ELEMENT_FEATURE_COUNT + 15;

	/**
	 * The number of structural features of the '<em>Source</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_FEATURE_COUNT = IDENTIFIED_ELEMENT_FEATURE_COUNT + 16;

	/**
	 * The number of operations of the '<em>Source</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_OPERATION_COUNT = IDENTIFIED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.sourcebench.model.impl.SpanImpl <em>Span</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sourcebench.model.impl.SpanImpl
	 * @see org.sourcebench.model.impl.SourcebenchPackageImpl#getSpan()
	 * @generated
	 */
	int SPAN = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPAN__ID = IDENTIFIED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPAN__SOURCE = IDENTIFIED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Begin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPAN__BEGIN = IDENTIFIED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPAN__END = IDENTIFIED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPAN__TEXT = IDENTIFIED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Span</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPAN_FEATURE_COUNT = IDENTIFIED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Span</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPAN_OPERATION_COUNT = IDENTIFIED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.sourcebench.model.impl.ActorImpl <em>Actor</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sourcebench.model.impl.ActorImpl
	 * @see org.sourcebench.model.impl.SourcebenchPackageImpl#getActor()
	 * @generated
	 */
	int ACTOR = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR__ID = IDENTIFIED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Canonical Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR__CANONICAL_NAME = IDENTIFIED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR__KIND = IDENTIFIED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Aliases</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR__ALIASES = IDENTIFIED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Country</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR__COUNTRY = IDENTIFIED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Mentions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR__MENTIONS = IDENTIFIED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>External Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR__EXTERNAL_ID = IDENTIFIED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR__NOTES = IDENTIFIED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Actor</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR_FEATURE_COUNT = IDENTIFIED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Actor</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR_OPERATION_COUNT = IDENTIFIED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.sourcebench.model.impl.LocationImpl <em>Location</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sourcebench.model.impl.LocationImpl
	 * @see org.sourcebench.model.impl.SourcebenchPackageImpl#getLocation()
	 * @generated
	 */
	int LOCATION = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCATION__ID = IDENTIFIED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCATION__NAME = IDENTIFIED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCATION__KIND = IDENTIFIED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Country Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCATION__COUNTRY_CODE = IDENTIFIED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Latitude</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCATION__LATITUDE = IDENTIFIED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Longitude</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCATION__LONGITUDE = IDENTIFIED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Geo Names Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCATION__GEO_NAMES_ID = IDENTIFIED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Mentions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCATION__MENTIONS = IDENTIFIED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCATION__NOTES = IDENTIFIED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Location</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCATION_FEATURE_COUNT = IDENTIFIED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>Location</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCATION_OPERATION_COUNT = IDENTIFIED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.sourcebench.model.impl.ClaimImpl <em>Claim</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sourcebench.model.impl.ClaimImpl
	 * @see org.sourcebench.model.impl.SourcebenchPackageImpl#getClaim()
	 * @generated
	 */
	int CLAIM = 6;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM__ID = IDENTIFIED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Speaker</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM__SPEAKER = IDENTIFIED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM__TEXT = IDENTIFIED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Direct Quote</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM__DIRECT_QUOTE = IDENTIFIED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Cue</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM__CUE = IDENTIFIED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Evidence</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM__EVIDENCE = IDENTIFIED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Credibility</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM__CREDIBILITY = IDENTIFIED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>About Actors</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM__ABOUT_ACTORS = IDENTIFIED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>About Locations</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM__ABOUT_LOCATIONS = IDENTIFIED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Date Stated</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM__DATE_STATED = IDENTIFIED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM__NOTES = IDENTIFIED_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The number of structural features of the '<em>Claim</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM_FEATURE_COUNT = IDENTIFIED_ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The number of operations of the '<em>Claim</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM_OPERATION_COUNT = IDENTIFIED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.sourcebench.model.impl.RelationshipImpl <em>Relationship</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sourcebench.model.impl.RelationshipImpl
	 * @see org.sourcebench.model.impl.SourcebenchPackageImpl#getRelationship()
	 * @generated
	 */
	int RELATIONSHIP = 7;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATIONSHIP__ID = IDENTIFIED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>From</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATIONSHIP__FROM = IDENTIFIED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>To</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATIONSHIP__TO = IDENTIFIED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Event Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATIONSHIP__EVENT_CODE = IDENTIFIED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Event Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATIONSHIP__EVENT_LABEL = IDENTIFIED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Quad Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATIONSHIP__QUAD_CLASS = IDENTIFIED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Goldstein</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATIONSHIP__GOLDSTEIN = IDENTIFIED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Evidence</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATIONSHIP__EVIDENCE = IDENTIFIED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATIONSHIP__DATE = IDENTIFIED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Confidence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATIONSHIP__CONFIDENCE = IDENTIFIED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATIONSHIP__STATUS = IDENTIFIED_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATIONSHIP__NOTES = IDENTIFIED_ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The number of structural features of the '<em>Relationship</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATIONSHIP_FEATURE_COUNT = IDENTIFIED_ELEMENT_FEATURE_COUNT + 11;

	/**
	 * The operation id for the '<em>Corroboration</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATIONSHIP___CORROBORATION = IDENTIFIED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Relationship</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATIONSHIP_OPERATION_COUNT = IDENTIFIED_ELEMENT_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link org.sourcebench.model.AdmiraltyReliability <em>Admiralty Reliability</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sourcebench.model.AdmiraltyReliability
	 * @see org.sourcebench.model.impl.SourcebenchPackageImpl#getAdmiraltyReliability()
	 * @generated
	 */
	int ADMIRALTY_RELIABILITY = 8;

	/**
	 * The meta object id for the '{@link org.sourcebench.model.ClaimCredibility <em>Claim Credibility</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sourcebench.model.ClaimCredibility
	 * @see org.sourcebench.model.impl.SourcebenchPackageImpl#getClaimCredibility()
	 * @generated
	 */
	int CLAIM_CREDIBILITY = 9;

	/**
	 * The meta object id for the '{@link org.sourcebench.model.ActorKind <em>Actor Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sourcebench.model.ActorKind
	 * @see org.sourcebench.model.impl.SourcebenchPackageImpl#getActorKind()
	 * @generated
	 */
	int ACTOR_KIND = 10;

	/**
	 * The meta object id for the '{@link org.sourcebench.model.LocationKind <em>Location Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sourcebench.model.LocationKind
	 * @see org.sourcebench.model.impl.SourcebenchPackageImpl#getLocationKind()
	 * @generated
	 */
	int LOCATION_KIND = 11;

	/**
	 * The meta object id for the '{@link org.sourcebench.model.RelationshipStatus <em>Relationship Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sourcebench.model.RelationshipStatus
	 * @see org.sourcebench.model.impl.SourcebenchPackageImpl#getRelationshipStatus()
	 * @generated
	 */
	int RELATIONSHIP_STATUS = 12;

	/**
	 * The meta object id for the '{@link org.sourcebench.model.QuadClass <em>Quad Class</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sourcebench.model.QuadClass
	 * @see org.sourcebench.model.impl.SourcebenchPackageImpl#getQuadClass()
	 * @generated
	 */
	int QUAD_CLASS = 13;

	/**
	 * The meta object id for the '<em>Instant</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.Instant
	 * @see org.sourcebench.model.impl.SourcebenchPackageImpl#getInstant()
	 * @generated
	 */
	int INSTANT = 14;

	/**
	 * The meta object id for the '<em>Offset Date Time</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.OffsetDateTime
	 * @see org.sourcebench.model.impl.SourcebenchPackageImpl#getOffsetDateTime()
	 * @generated
	 */
	int OFFSET_DATE_TIME = 15;

	/**
	 * The meta object id for the '<em>Local Date</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.LocalDate
	 * @see org.sourcebench.model.impl.SourcebenchPackageImpl#getLocalDate()
	 * @generated
	 */
	int LOCAL_DATE = 16;


	/**
	 * Returns the meta object for class '{@link org.sourcebench.model.IdentifiedElement <em>Identified Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Identified Element</em>'.
	 * @see org.sourcebench.model.IdentifiedElement
	 * @generated
	 */
	EClass getIdentifiedElement();

	/**
	 * Returns the meta object for the attribute '{@link org.sourcebench.model.IdentifiedElement#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.sourcebench.model.IdentifiedElement#getId()
	 * @see #getIdentifiedElement()
	 * @generated
	 */
	EAttribute getIdentifiedElement_Id();

	/**
	 * Returns the meta object for class '{@link org.sourcebench.model.Dossier <em>Dossier</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Dossier</em>'.
	 * @see org.sourcebench.model.Dossier
	 * @generated
	 */
	EClass getDossier();

	/**
	 * Returns the meta object for the attribute '{@link org.sourcebench.model.Dossier#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.sourcebench.model.Dossier#getName()
	 * @see #getDossier()
	 * @generated
	 */
	EAttribute getDossier_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.sourcebench.model.Dossier#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.sourcebench.model.Dossier#getDescription()
	 * @see #getDossier()
	 * @generated
	 */
	EAttribute getDossier_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.sourcebench.model.Dossier#getCreated <em>Created</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created</em>'.
	 * @see org.sourcebench.model.Dossier#getCreated()
	 * @see #getDossier()
	 * @generated
	 */
	EAttribute getDossier_Created();

	/**
	 * Returns the meta object for the attribute '{@link org.sourcebench.model.Dossier#getModified <em>Modified</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Modified</em>'.
	 * @see org.sourcebench.model.Dossier#getModified()
	 * @see #getDossier()
	 * @generated
	 */
	EAttribute getDossier_Modified();

	/**
	 * Returns the meta object for the containment reference list '{@link org.sourcebench.model.Dossier#getSources <em>Sources</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sources</em>'.
	 * @see org.sourcebench.model.Dossier#getSources()
	 * @see #getDossier()
	 * @generated
	 */
	EReference getDossier_Sources();

	/**
	 * Returns the meta object for the containment reference list '{@link org.sourcebench.model.Dossier#getActors <em>Actors</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Actors</em>'.
	 * @see org.sourcebench.model.Dossier#getActors()
	 * @see #getDossier()
	 * @generated
	 */
	EReference getDossier_Actors();

	/**
	 * Returns the meta object for the containment reference list '{@link org.sourcebench.model.Dossier#getLocations <em>Locations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Locations</em>'.
	 * @see org.sourcebench.model.Dossier#getLocations()
	 * @see #getDossier()
	 * @generated
	 */
	EReference getDossier_Locations();

	/**
	 * Returns the meta object for the containment reference list '{@link org.sourcebench.model.Dossier#getClaims <em>Claims</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Claims</em>'.
	 * @see org.sourcebench.model.Dossier#getClaims()
	 * @see #getDossier()
	 * @generated
	 */
	EReference getDossier_Claims();

	/**
	 * Returns the meta object for the containment reference list '{@link org.sourcebench.model.Dossier#getRelationships <em>Relationships</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Relationships</em>'.
	 * @see org.sourcebench.model.Dossier#getRelationships()
	 * @see #getDossier()
	 * @generated
	 */
	EReference getDossier_Relationships();

	/**
	 * Returns the meta object for the containment reference list '{@link org.sourcebench.model.Dossier#getDiagrams <em>Diagrams</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Diagrams</em>'.
	 * @see org.sourcebench.model.Dossier#getDiagrams()
	 * @see #getDossier()
	 * @generated
	 */
	EReference getDossier_Diagrams();

	/**
	 * Returns the meta object for class '{@link org.sourcebench.model.Source <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Source</em>'.
	 * @see org.sourcebench.model.Source
	 * @generated
	 */
	EClass getSource();

	/**
	 * Returns the meta object for the attribute '{@link org.sourcebench.model.Source#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.sourcebench.model.Source#getTitle()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.sourcebench.model.Source#getOutlet <em>Outlet</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Outlet</em>'.
	 * @see org.sourcebench.model.Source#getOutlet()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_Outlet();

	/**
	 * Returns the meta object for the attribute '{@link org.sourcebench.model.Source#getUrl <em>Url</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Url</em>'.
	 * @see org.sourcebench.model.Source#getUrl()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_Url();

	/**
	 * Returns the meta object for the attribute '{@link org.sourcebench.model.Source#getPublished <em>Published</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Published</em>'.
	 * @see org.sourcebench.model.Source#getPublished()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_Published();

	/**
	 * Returns the meta object for the attribute '{@link org.sourcebench.model.Source#isPublishedZoneKnown <em>Published Zone Known</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Published Zone Known</em>'.
	 * @see org.sourcebench.model.Source#isPublishedZoneKnown()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_PublishedZoneKnown();

	/**
	 * Returns the meta object for the attribute '{@link org.sourcebench.model.Source#getRetrieved <em>Retrieved</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Retrieved</em>'.
	 * @see org.sourcebench.model.Source#getRetrieved()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_Retrieved();

	/**
	 * Returns the meta object for the attribute '{@link org.sourcebench.model.Source#getLanguage <em>Language</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Language</em>'.
	 * @see org.sourcebench.model.Source#getLanguage()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_Language();

	/**
	 * Returns the meta object for the attribute '{@link org.sourcebench.model.Source#getOriginalFileName <em>Original File Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Original File Name</em>'.
	 * @see org.sourcebench.model.Source#getOriginalFileName()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_OriginalFileName();

	/**
	 * Returns the meta object for the attribute '{@link org.sourcebench.model.Source#getFormat <em>Format</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Format</em>'.
	 * @see org.sourcebench.model.Source#getFormat()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_Format();

	/**
	 * Returns the meta object for the attribute '{@link org.sourcebench.model.Source#getStoryCode <em>Story Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Story Code</em>'.
	 * @see org.sourcebench.model.Source#getStoryCode()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_StoryCode();

	/**
	 * Returns the meta object for the attribute '{@link org.sourcebench.model.Source#getBody <em>Body</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Body</em>'.
	 * @see org.sourcebench.model.Source#getBody()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_Body();

	/**
	 * Returns the meta object for the attribute '{@link org.sourcebench.model.Source#getSha256 <em>Sha256</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sha256</em>'.
	 * @see org.sourcebench.model.Source#getSha256()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_Sha256();

	/**
	 * Returns the meta object for the attribute '{@link org.sourcebench.model.Source#getReliability <em>Reliability</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reliability</em>'.
	 * @see org.sourcebench.model.Source#getReliability()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_Reliability();

	/**
	 * Returns the meta object for the attribute '{@link org.sourcebench.model.Source#getNotes <em>Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Notes</em>'.
	 * @see org.sourcebench.model.Source#getNotes()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_Notes();

	/**
	 * Returns the meta object for the attribute '{@link org.sourcebench.model.Source#getCharset <em>Charset</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Charset</em>'.
	 * @see org.sourcebench.model.Source#getCharset()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_Charset();

	/**
	 * Returns the meta object for the attribute '{@link org.sourcebench.model.Source#getImportRepairs <em>Import Repairs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Import Repairs</em>'.
	 * @see org.sourcebench.model.Source#getImportRepairs()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_ImportRepairs();

	/**
	 * Returns the meta object for class '{@link org.sourcebench.model.Span <em>Span</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Span</em>'.
	 * @see org.sourcebench.model.Span
	 * @generated
	 */
	EClass getSpan();

	/**
	 * Returns the meta object for the reference '{@link org.sourcebench.model.Span#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Source</em>'.
	 * @see org.sourcebench.model.Span#getSource()
	 * @see #getSpan()
	 * @generated
	 */
	EReference getSpan_Source();

	/**
	 * Returns the meta object for the attribute '{@link org.sourcebench.model.Span#getBegin <em>Begin</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Begin</em>'.
	 * @see org.sourcebench.model.Span#getBegin()
	 * @see #getSpan()
	 * @generated
	 */
	EAttribute getSpan_Begin();

	/**
	 * Returns the meta object for the attribute '{@link org.sourcebench.model.Span#getEnd <em>End</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End</em>'.
	 * @see org.sourcebench.model.Span#getEnd()
	 * @see #getSpan()
	 * @generated
	 */
	EAttribute getSpan_End();

	/**
	 * Returns the meta object for the attribute '{@link org.sourcebench.model.Span#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.sourcebench.model.Span#getText()
	 * @see #getSpan()
	 * @generated
	 */
	EAttribute getSpan_Text();

	/**
	 * Returns the meta object for class '{@link org.sourcebench.model.Actor <em>Actor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Actor</em>'.
	 * @see org.sourcebench.model.Actor
	 * @generated
	 */
	EClass getActor();

	/**
	 * Returns the meta object for the attribute '{@link org.sourcebench.model.Actor#getCanonicalName <em>Canonical Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Canonical Name</em>'.
	 * @see org.sourcebench.model.Actor#getCanonicalName()
	 * @see #getActor()
	 * @generated
	 */
	EAttribute getActor_CanonicalName();

	/**
	 * Returns the meta object for the attribute '{@link org.sourcebench.model.Actor#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.sourcebench.model.Actor#getKind()
	 * @see #getActor()
	 * @generated
	 */
	EAttribute getActor_Kind();

	/**
	 * Returns the meta object for the attribute list '{@link org.sourcebench.model.Actor#getAliases <em>Aliases</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Aliases</em>'.
	 * @see org.sourcebench.model.Actor#getAliases()
	 * @see #getActor()
	 * @generated
	 */
	EAttribute getActor_Aliases();

	/**
	 * Returns the meta object for the attribute '{@link org.sourcebench.model.Actor#getCountry <em>Country</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Country</em>'.
	 * @see org.sourcebench.model.Actor#getCountry()
	 * @see #getActor()
	 * @generated
	 */
	EAttribute getActor_Country();

	/**
	 * Returns the meta object for the containment reference list '{@link org.sourcebench.model.Actor#getMentions <em>Mentions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Mentions</em>'.
	 * @see org.sourcebench.model.Actor#getMentions()
	 * @see #getActor()
	 * @generated
	 */
	EReference getActor_Mentions();

	/**
	 * Returns the meta object for the attribute '{@link org.sourcebench.model.Actor#getExternalId <em>External Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>External Id</em>'.
	 * @see org.sourcebench.model.Actor#getExternalId()
	 * @see #getActor()
	 * @generated
	 */
	EAttribute getActor_ExternalId();

	/**
	 * Returns the meta object for the attribute '{@link org.sourcebench.model.Actor#getNotes <em>Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Notes</em>'.
	 * @see org.sourcebench.model.Actor#getNotes()
	 * @see #getActor()
	 * @generated
	 */
	EAttribute getActor_Notes();

	/**
	 * Returns the meta object for class '{@link org.sourcebench.model.Location <em>Location</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Location</em>'.
	 * @see org.sourcebench.model.Location
	 * @generated
	 */
	EClass getLocation();

	/**
	 * Returns the meta object for the attribute '{@link org.sourcebench.model.Location#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.sourcebench.model.Location#getName()
	 * @see #getLocation()
	 * @generated
	 */
	EAttribute getLocation_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.sourcebench.model.Location#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.sourcebench.model.Location#getKind()
	 * @see #getLocation()
	 * @generated
	 */
	EAttribute getLocation_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.sourcebench.model.Location#getCountryCode <em>Country Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Country Code</em>'.
	 * @see org.sourcebench.model.Location#getCountryCode()
	 * @see #getLocation()
	 * @generated
	 */
	EAttribute getLocation_CountryCode();

	/**
	 * Returns the meta object for the attribute '{@link org.sourcebench.model.Location#getLatitude <em>Latitude</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Latitude</em>'.
	 * @see org.sourcebench.model.Location#getLatitude()
	 * @see #getLocation()
	 * @generated
	 */
	EAttribute getLocation_Latitude();

	/**
	 * Returns the meta object for the attribute '{@link org.sourcebench.model.Location#getLongitude <em>Longitude</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Longitude</em>'.
	 * @see org.sourcebench.model.Location#getLongitude()
	 * @see #getLocation()
	 * @generated
	 */
	EAttribute getLocation_Longitude();

	/**
	 * Returns the meta object for the attribute '{@link org.sourcebench.model.Location#getGeoNamesId <em>Geo Names Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Geo Names Id</em>'.
	 * @see org.sourcebench.model.Location#getGeoNamesId()
	 * @see #getLocation()
	 * @generated
	 */
	EAttribute getLocation_GeoNamesId();

	/**
	 * Returns the meta object for the containment reference list '{@link org.sourcebench.model.Location#getMentions <em>Mentions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Mentions</em>'.
	 * @see org.sourcebench.model.Location#getMentions()
	 * @see #getLocation()
	 * @generated
	 */
	EReference getLocation_Mentions();

	/**
	 * Returns the meta object for the attribute '{@link org.sourcebench.model.Location#getNotes <em>Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Notes</em>'.
	 * @see org.sourcebench.model.Location#getNotes()
	 * @see #getLocation()
	 * @generated
	 */
	EAttribute getLocation_Notes();

	/**
	 * Returns the meta object for class '{@link org.sourcebench.model.Claim <em>Claim</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Claim</em>'.
	 * @see org.sourcebench.model.Claim
	 * @generated
	 */
	EClass getClaim();

	/**
	 * Returns the meta object for the reference '{@link org.sourcebench.model.Claim#getSpeaker <em>Speaker</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Speaker</em>'.
	 * @see org.sourcebench.model.Claim#getSpeaker()
	 * @see #getClaim()
	 * @generated
	 */
	EReference getClaim_Speaker();

	/**
	 * Returns the meta object for the attribute '{@link org.sourcebench.model.Claim#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.sourcebench.model.Claim#getText()
	 * @see #getClaim()
	 * @generated
	 */
	EAttribute getClaim_Text();

	/**
	 * Returns the meta object for the attribute '{@link org.sourcebench.model.Claim#isDirectQuote <em>Direct Quote</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Direct Quote</em>'.
	 * @see org.sourcebench.model.Claim#isDirectQuote()
	 * @see #getClaim()
	 * @generated
	 */
	EAttribute getClaim_DirectQuote();

	/**
	 * Returns the meta object for the attribute '{@link org.sourcebench.model.Claim#getCue <em>Cue</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cue</em>'.
	 * @see org.sourcebench.model.Claim#getCue()
	 * @see #getClaim()
	 * @generated
	 */
	EAttribute getClaim_Cue();

	/**
	 * Returns the meta object for the containment reference '{@link org.sourcebench.model.Claim#getEvidence <em>Evidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Evidence</em>'.
	 * @see org.sourcebench.model.Claim#getEvidence()
	 * @see #getClaim()
	 * @generated
	 */
	EReference getClaim_Evidence();

	/**
	 * Returns the meta object for the attribute '{@link org.sourcebench.model.Claim#getCredibility <em>Credibility</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Credibility</em>'.
	 * @see org.sourcebench.model.Claim#getCredibility()
	 * @see #getClaim()
	 * @generated
	 */
	EAttribute getClaim_Credibility();

	/**
	 * Returns the meta object for the reference list '{@link org.sourcebench.model.Claim#getAboutActors <em>About Actors</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>About Actors</em>'.
	 * @see org.sourcebench.model.Claim#getAboutActors()
	 * @see #getClaim()
	 * @generated
	 */
	EReference getClaim_AboutActors();

	/**
	 * Returns the meta object for the reference list '{@link org.sourcebench.model.Claim#getAboutLocations <em>About Locations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>About Locations</em>'.
	 * @see org.sourcebench.model.Claim#getAboutLocations()
	 * @see #getClaim()
	 * @generated
	 */
	EReference getClaim_AboutLocations();

	/**
	 * Returns the meta object for the attribute '{@link org.sourcebench.model.Claim#getDateStated <em>Date Stated</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date Stated</em>'.
	 * @see org.sourcebench.model.Claim#getDateStated()
	 * @see #getClaim()
	 * @generated
	 */
	EAttribute getClaim_DateStated();

	/**
	 * Returns the meta object for the attribute '{@link org.sourcebench.model.Claim#getNotes <em>Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Notes</em>'.
	 * @see org.sourcebench.model.Claim#getNotes()
	 * @see #getClaim()
	 * @generated
	 */
	EAttribute getClaim_Notes();

	/**
	 * Returns the meta object for class '{@link org.sourcebench.model.Relationship <em>Relationship</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Relationship</em>'.
	 * @see org.sourcebench.model.Relationship
	 * @generated
	 */
	EClass getRelationship();

	/**
	 * Returns the meta object for the reference '{@link org.sourcebench.model.Relationship#getFrom <em>From</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>From</em>'.
	 * @see org.sourcebench.model.Relationship#getFrom()
	 * @see #getRelationship()
	 * @generated
	 */
	EReference getRelationship_From();

	/**
	 * Returns the meta object for the reference '{@link org.sourcebench.model.Relationship#getTo <em>To</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>To</em>'.
	 * @see org.sourcebench.model.Relationship#getTo()
	 * @see #getRelationship()
	 * @generated
	 */
	EReference getRelationship_To();

	/**
	 * Returns the meta object for the attribute '{@link org.sourcebench.model.Relationship#getEventCode <em>Event Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Event Code</em>'.
	 * @see org.sourcebench.model.Relationship#getEventCode()
	 * @see #getRelationship()
	 * @generated
	 */
	EAttribute getRelationship_EventCode();

	/**
	 * Returns the meta object for the attribute '{@link org.sourcebench.model.Relationship#getEventLabel <em>Event Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Event Label</em>'.
	 * @see org.sourcebench.model.Relationship#getEventLabel()
	 * @see #getRelationship()
	 * @generated
	 */
	EAttribute getRelationship_EventLabel();

	/**
	 * Returns the meta object for the attribute '{@link org.sourcebench.model.Relationship#getQuadClass <em>Quad Class</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Quad Class</em>'.
	 * @see org.sourcebench.model.Relationship#getQuadClass()
	 * @see #getRelationship()
	 * @generated
	 */
	EAttribute getRelationship_QuadClass();

	/**
	 * Returns the meta object for the attribute '{@link org.sourcebench.model.Relationship#getGoldstein <em>Goldstein</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Goldstein</em>'.
	 * @see org.sourcebench.model.Relationship#getGoldstein()
	 * @see #getRelationship()
	 * @generated
	 */
	EAttribute getRelationship_Goldstein();

	/**
	 * Returns the meta object for the containment reference list '{@link org.sourcebench.model.Relationship#getEvidence <em>Evidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Evidence</em>'.
	 * @see org.sourcebench.model.Relationship#getEvidence()
	 * @see #getRelationship()
	 * @generated
	 */
	EReference getRelationship_Evidence();

	/**
	 * Returns the meta object for the attribute '{@link org.sourcebench.model.Relationship#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.sourcebench.model.Relationship#getDate()
	 * @see #getRelationship()
	 * @generated
	 */
	EAttribute getRelationship_Date();

	/**
	 * Returns the meta object for the attribute '{@link org.sourcebench.model.Relationship#getConfidence <em>Confidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Confidence</em>'.
	 * @see org.sourcebench.model.Relationship#getConfidence()
	 * @see #getRelationship()
	 * @generated
	 */
	EAttribute getRelationship_Confidence();

	/**
	 * Returns the meta object for the attribute '{@link org.sourcebench.model.Relationship#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.sourcebench.model.Relationship#getStatus()
	 * @see #getRelationship()
	 * @generated
	 */
	EAttribute getRelationship_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.sourcebench.model.Relationship#getNotes <em>Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Notes</em>'.
	 * @see org.sourcebench.model.Relationship#getNotes()
	 * @see #getRelationship()
	 * @generated
	 */
	EAttribute getRelationship_Notes();

	/**
	 * Returns the meta object for the '{@link org.sourcebench.model.Relationship#corroboration() <em>Corroboration</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Corroboration</em>' operation.
	 * @see org.sourcebench.model.Relationship#corroboration()
	 * @generated
	 */
	EOperation getRelationship__Corroboration();

	/**
	 * Returns the meta object for enum '{@link org.sourcebench.model.AdmiraltyReliability <em>Admiralty Reliability</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Admiralty Reliability</em>'.
	 * @see org.sourcebench.model.AdmiraltyReliability
	 * @generated
	 */
	EEnum getAdmiraltyReliability();

	/**
	 * Returns the meta object for enum '{@link org.sourcebench.model.ClaimCredibility <em>Claim Credibility</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Claim Credibility</em>'.
	 * @see org.sourcebench.model.ClaimCredibility
	 * @generated
	 */
	EEnum getClaimCredibility();

	/**
	 * Returns the meta object for enum '{@link org.sourcebench.model.ActorKind <em>Actor Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Actor Kind</em>'.
	 * @see org.sourcebench.model.ActorKind
	 * @generated
	 */
	EEnum getActorKind();

	/**
	 * Returns the meta object for enum '{@link org.sourcebench.model.LocationKind <em>Location Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Location Kind</em>'.
	 * @see org.sourcebench.model.LocationKind
	 * @generated
	 */
	EEnum getLocationKind();

	/**
	 * Returns the meta object for enum '{@link org.sourcebench.model.RelationshipStatus <em>Relationship Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Relationship Status</em>'.
	 * @see org.sourcebench.model.RelationshipStatus
	 * @generated
	 */
	EEnum getRelationshipStatus();

	/**
	 * Returns the meta object for enum '{@link org.sourcebench.model.QuadClass <em>Quad Class</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Quad Class</em>'.
	 * @see org.sourcebench.model.QuadClass
	 * @generated
	 */
	EEnum getQuadClass();

	/**
	 * Returns the meta object for data type '{@link java.time.Instant <em>Instant</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A point in time, serialised as ISO-8601 in UTC (2024-03-01T10:15:30Z).
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Instant</em>'.
	 * @see java.time.Instant
	 * @model instanceClass="java.time.Instant"
	 *        annotation="http://www.eclipse.org/emf/2002/GenModel create='return it == null ? null : Instant.parse(it);' convert='return it == null ? null : it.toString();'"
	 * @generated
	 */
	EDataType getInstant();

	/**
	 * Returns the meta object for data type '{@link java.time.OffsetDateTime <em>Offset Date Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A local date-time with its UTC offset, serialised as ISO-8601 (2024-03-01T10:15:30+01:00).
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Offset Date Time</em>'.
	 * @see java.time.OffsetDateTime
	 * @model instanceClass="java.time.OffsetDateTime"
	 *        annotation="http://www.eclipse.org/emf/2002/GenModel create='return it == null ? null : OffsetDateTime.parse(it);' convert='return it == null ? null : it.toString();'"
	 * @generated
	 */
	EDataType getOffsetDateTime();

	/**
	 * Returns the meta object for data type '{@link java.time.LocalDate <em>Local Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A calendar date without time or zone, serialised as ISO-8601 (2024-03-01).
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Local Date</em>'.
	 * @see java.time.LocalDate
	 * @model instanceClass="java.time.LocalDate"
	 *        annotation="http://www.eclipse.org/emf/2002/GenModel create='return it == null ? null : LocalDate.parse(it);' convert='return it == null ? null : it.toString();'"
	 * @generated
	 */
	EDataType getLocalDate();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	SourcebenchFactory getSourcebenchFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals
	{
		/**
		 * The meta object literal for the '{@link org.sourcebench.model.impl.IdentifiedElementImpl <em>Identified Element</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sourcebench.model.impl.IdentifiedElementImpl
		 * @see org.sourcebench.model.impl.SourcebenchPackageImpl#getIdentifiedElement()
		 * @generated
		 */
		EClass IDENTIFIED_ELEMENT = eINSTANCE.getIdentifiedElement();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IDENTIFIED_ELEMENT__ID = eINSTANCE.getIdentifiedElement_Id();

		/**
		 * The meta object literal for the '{@link org.sourcebench.model.impl.DossierImpl <em>Dossier</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sourcebench.model.impl.DossierImpl
		 * @see org.sourcebench.model.impl.SourcebenchPackageImpl#getDossier()
		 * @generated
		 */
		EClass DOSSIER = eINSTANCE.getDossier();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOSSIER__NAME = eINSTANCE.getDossier_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOSSIER__DESCRIPTION = eINSTANCE.getDossier_Description();

		/**
		 * The meta object literal for the '<em><b>Created</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOSSIER__CREATED = eINSTANCE.getDossier_Created();

		/**
		 * The meta object literal for the '<em><b>Modified</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOSSIER__MODIFIED = eINSTANCE.getDossier_Modified();

		/**
		 * The meta object literal for the '<em><b>Sources</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DOSSIER__SOURCES = eINSTANCE.getDossier_Sources();

		/**
		 * The meta object literal for the '<em><b>Actors</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DOSSIER__ACTORS = eINSTANCE.getDossier_Actors();

		/**
		 * The meta object literal for the '<em><b>Locations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DOSSIER__LOCATIONS = eINSTANCE.getDossier_Locations();

		/**
		 * The meta object literal for the '<em><b>Claims</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DOSSIER__CLAIMS = eINSTANCE.getDossier_Claims();

		/**
		 * The meta object literal for the '<em><b>Relationships</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DOSSIER__RELATIONSHIPS = eINSTANCE.getDossier_Relationships();

		/**
		 * The meta object literal for the '<em><b>Diagrams</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DOSSIER__DIAGRAMS = eINSTANCE.getDossier_Diagrams();

		/**
		 * The meta object literal for the '{@link org.sourcebench.model.impl.SourceImpl <em>Source</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sourcebench.model.impl.SourceImpl
		 * @see org.sourcebench.model.impl.SourcebenchPackageImpl#getSource()
		 * @generated
		 */
		EClass SOURCE = eINSTANCE.getSource();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__TITLE = eINSTANCE.getSource_Title();

		/**
		 * The meta object literal for the '<em><b>Outlet</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__OUTLET = eINSTANCE.getSource_Outlet();

		/**
		 * The meta object literal for the '<em><b>Url</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__URL = eINSTANCE.getSource_Url();

		/**
		 * The meta object literal for the '<em><b>Published</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__PUBLISHED = eINSTANCE.getSource_Published();

		/**
		 * The meta object literal for the '<em><b>Published Zone Known</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__PUBLISHED_ZONE_KNOWN = eINSTANCE.getSource_PublishedZoneKnown();

		/**
		 * The meta object literal for the '<em><b>Retrieved</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__RETRIEVED = eINSTANCE.getSource_Retrieved();

		/**
		 * The meta object literal for the '<em><b>Language</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__LANGUAGE = eINSTANCE.getSource_Language();

		/**
		 * The meta object literal for the '<em><b>Original File Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__ORIGINAL_FILE_NAME = eINSTANCE.getSource_OriginalFileName();

		/**
		 * The meta object literal for the '<em><b>Format</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__FORMAT = eINSTANCE.getSource_Format();

		/**
		 * The meta object literal for the '<em><b>Story Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__STORY_CODE = eINSTANCE.getSource_StoryCode();

		/**
		 * The meta object literal for the '<em><b>Body</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__BODY = eINSTANCE.getSource_Body();

		/**
		 * The meta object literal for the '<em><b>Sha256</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__SHA256 = eINSTANCE.getSource_Sha256();

		/**
		 * The meta object literal for the '<em><b>Reliability</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__RELIABILITY = eINSTANCE.getSource_Reliability();

		/**
		 * The meta object literal for the '<em><b>Notes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__NOTES = eINSTANCE.getSource_Notes();

		/**
		 * The meta object literal for the '<em><b>Charset</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__CHARSET = eINSTANCE.getSource_Charset();

		/**
		 * The meta object literal for the '<em><b>Import Repairs</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__IMPORT_REPAIRS = eINSTANCE.getSource_ImportRepairs();

		/**
		 * The meta object literal for the '{@link org.sourcebench.model.impl.SpanImpl <em>Span</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sourcebench.model.impl.SpanImpl
		 * @see org.sourcebench.model.impl.SourcebenchPackageImpl#getSpan()
		 * @generated
		 */
		EClass SPAN = eINSTANCE.getSpan();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SPAN__SOURCE = eINSTANCE.getSpan_Source();

		/**
		 * The meta object literal for the '<em><b>Begin</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPAN__BEGIN = eINSTANCE.getSpan_Begin();

		/**
		 * The meta object literal for the '<em><b>End</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPAN__END = eINSTANCE.getSpan_End();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPAN__TEXT = eINSTANCE.getSpan_Text();

		/**
		 * The meta object literal for the '{@link org.sourcebench.model.impl.ActorImpl <em>Actor</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sourcebench.model.impl.ActorImpl
		 * @see org.sourcebench.model.impl.SourcebenchPackageImpl#getActor()
		 * @generated
		 */
		EClass ACTOR = eINSTANCE.getActor();

		/**
		 * The meta object literal for the '<em><b>Canonical Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTOR__CANONICAL_NAME = eINSTANCE.getActor_CanonicalName();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTOR__KIND = eINSTANCE.getActor_Kind();

		/**
		 * The meta object literal for the '<em><b>Aliases</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTOR__ALIASES = eINSTANCE.getActor_Aliases();

		/**
		 * The meta object literal for the '<em><b>Country</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTOR__COUNTRY = eINSTANCE.getActor_Country();

		/**
		 * The meta object literal for the '<em><b>Mentions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACTOR__MENTIONS = eINSTANCE.getActor_Mentions();

		/**
		 * The meta object literal for the '<em><b>External Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTOR__EXTERNAL_ID = eINSTANCE.getActor_ExternalId();

		/**
		 * The meta object literal for the '<em><b>Notes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTOR__NOTES = eINSTANCE.getActor_Notes();

		/**
		 * The meta object literal for the '{@link org.sourcebench.model.impl.LocationImpl <em>Location</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sourcebench.model.impl.LocationImpl
		 * @see org.sourcebench.model.impl.SourcebenchPackageImpl#getLocation()
		 * @generated
		 */
		EClass LOCATION = eINSTANCE.getLocation();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOCATION__NAME = eINSTANCE.getLocation_Name();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOCATION__KIND = eINSTANCE.getLocation_Kind();

		/**
		 * The meta object literal for the '<em><b>Country Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOCATION__COUNTRY_CODE = eINSTANCE.getLocation_CountryCode();

		/**
		 * The meta object literal for the '<em><b>Latitude</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOCATION__LATITUDE = eINSTANCE.getLocation_Latitude();

		/**
		 * The meta object literal for the '<em><b>Longitude</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOCATION__LONGITUDE = eINSTANCE.getLocation_Longitude();

		/**
		 * The meta object literal for the '<em><b>Geo Names Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOCATION__GEO_NAMES_ID = eINSTANCE.getLocation_GeoNamesId();

		/**
		 * The meta object literal for the '<em><b>Mentions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LOCATION__MENTIONS = eINSTANCE.getLocation_Mentions();

		/**
		 * The meta object literal for the '<em><b>Notes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOCATION__NOTES = eINSTANCE.getLocation_Notes();

		/**
		 * The meta object literal for the '{@link org.sourcebench.model.impl.ClaimImpl <em>Claim</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sourcebench.model.impl.ClaimImpl
		 * @see org.sourcebench.model.impl.SourcebenchPackageImpl#getClaim()
		 * @generated
		 */
		EClass CLAIM = eINSTANCE.getClaim();

		/**
		 * The meta object literal for the '<em><b>Speaker</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLAIM__SPEAKER = eINSTANCE.getClaim_Speaker();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLAIM__TEXT = eINSTANCE.getClaim_Text();

		/**
		 * The meta object literal for the '<em><b>Direct Quote</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLAIM__DIRECT_QUOTE = eINSTANCE.getClaim_DirectQuote();

		/**
		 * The meta object literal for the '<em><b>Cue</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLAIM__CUE = eINSTANCE.getClaim_Cue();

		/**
		 * The meta object literal for the '<em><b>Evidence</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLAIM__EVIDENCE = eINSTANCE.getClaim_Evidence();

		/**
		 * The meta object literal for the '<em><b>Credibility</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLAIM__CREDIBILITY = eINSTANCE.getClaim_Credibility();

		/**
		 * The meta object literal for the '<em><b>About Actors</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLAIM__ABOUT_ACTORS = eINSTANCE.getClaim_AboutActors();

		/**
		 * The meta object literal for the '<em><b>About Locations</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLAIM__ABOUT_LOCATIONS = eINSTANCE.getClaim_AboutLocations();

		/**
		 * The meta object literal for the '<em><b>Date Stated</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLAIM__DATE_STATED = eINSTANCE.getClaim_DateStated();

		/**
		 * The meta object literal for the '<em><b>Notes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLAIM__NOTES = eINSTANCE.getClaim_Notes();

		/**
		 * The meta object literal for the '{@link org.sourcebench.model.impl.RelationshipImpl <em>Relationship</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sourcebench.model.impl.RelationshipImpl
		 * @see org.sourcebench.model.impl.SourcebenchPackageImpl#getRelationship()
		 * @generated
		 */
		EClass RELATIONSHIP = eINSTANCE.getRelationship();

		/**
		 * The meta object literal for the '<em><b>From</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RELATIONSHIP__FROM = eINSTANCE.getRelationship_From();

		/**
		 * The meta object literal for the '<em><b>To</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RELATIONSHIP__TO = eINSTANCE.getRelationship_To();

		/**
		 * The meta object literal for the '<em><b>Event Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RELATIONSHIP__EVENT_CODE = eINSTANCE.getRelationship_EventCode();

		/**
		 * The meta object literal for the '<em><b>Event Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RELATIONSHIP__EVENT_LABEL = eINSTANCE.getRelationship_EventLabel();

		/**
		 * The meta object literal for the '<em><b>Quad Class</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RELATIONSHIP__QUAD_CLASS = eINSTANCE.getRelationship_QuadClass();

		/**
		 * The meta object literal for the '<em><b>Goldstein</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RELATIONSHIP__GOLDSTEIN = eINSTANCE.getRelationship_Goldstein();

		/**
		 * The meta object literal for the '<em><b>Evidence</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RELATIONSHIP__EVIDENCE = eINSTANCE.getRelationship_Evidence();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RELATIONSHIP__DATE = eINSTANCE.getRelationship_Date();

		/**
		 * The meta object literal for the '<em><b>Confidence</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RELATIONSHIP__CONFIDENCE = eINSTANCE.getRelationship_Confidence();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RELATIONSHIP__STATUS = eINSTANCE.getRelationship_Status();

		/**
		 * The meta object literal for the '<em><b>Notes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RELATIONSHIP__NOTES = eINSTANCE.getRelationship_Notes();

		/**
		 * The meta object literal for the '<em><b>Corroboration</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation RELATIONSHIP___CORROBORATION = eINSTANCE.getRelationship__Corroboration();

		/**
		 * The meta object literal for the '{@link org.sourcebench.model.AdmiraltyReliability <em>Admiralty Reliability</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sourcebench.model.AdmiraltyReliability
		 * @see org.sourcebench.model.impl.SourcebenchPackageImpl#getAdmiraltyReliability()
		 * @generated
		 */
		EEnum ADMIRALTY_RELIABILITY = eINSTANCE.getAdmiraltyReliability();

		/**
		 * The meta object literal for the '{@link org.sourcebench.model.ClaimCredibility <em>Claim Credibility</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sourcebench.model.ClaimCredibility
		 * @see org.sourcebench.model.impl.SourcebenchPackageImpl#getClaimCredibility()
		 * @generated
		 */
		EEnum CLAIM_CREDIBILITY = eINSTANCE.getClaimCredibility();

		/**
		 * The meta object literal for the '{@link org.sourcebench.model.ActorKind <em>Actor Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sourcebench.model.ActorKind
		 * @see org.sourcebench.model.impl.SourcebenchPackageImpl#getActorKind()
		 * @generated
		 */
		EEnum ACTOR_KIND = eINSTANCE.getActorKind();

		/**
		 * The meta object literal for the '{@link org.sourcebench.model.LocationKind <em>Location Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sourcebench.model.LocationKind
		 * @see org.sourcebench.model.impl.SourcebenchPackageImpl#getLocationKind()
		 * @generated
		 */
		EEnum LOCATION_KIND = eINSTANCE.getLocationKind();

		/**
		 * The meta object literal for the '{@link org.sourcebench.model.RelationshipStatus <em>Relationship Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sourcebench.model.RelationshipStatus
		 * @see org.sourcebench.model.impl.SourcebenchPackageImpl#getRelationshipStatus()
		 * @generated
		 */
		EEnum RELATIONSHIP_STATUS = eINSTANCE.getRelationshipStatus();

		/**
		 * The meta object literal for the '{@link org.sourcebench.model.QuadClass <em>Quad Class</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sourcebench.model.QuadClass
		 * @see org.sourcebench.model.impl.SourcebenchPackageImpl#getQuadClass()
		 * @generated
		 */
		EEnum QUAD_CLASS = eINSTANCE.getQuadClass();

		/**
		 * The meta object literal for the '<em>Instant</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.Instant
		 * @see org.sourcebench.model.impl.SourcebenchPackageImpl#getInstant()
		 * @generated
		 */
		EDataType INSTANT = eINSTANCE.getInstant();

		/**
		 * The meta object literal for the '<em>Offset Date Time</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.OffsetDateTime
		 * @see org.sourcebench.model.impl.SourcebenchPackageImpl#getOffsetDateTime()
		 * @generated
		 */
		EDataType OFFSET_DATE_TIME = eINSTANCE.getOffsetDateTime();

		/**
		 * The meta object literal for the '<em>Local Date</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.LocalDate
		 * @see org.sourcebench.model.impl.SourcebenchPackageImpl#getLocalDate()
		 * @generated
		 */
		EDataType LOCAL_DATE = eINSTANCE.getLocalDate();

	}

} //SourcebenchPackage
