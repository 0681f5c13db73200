/**
 * Sourcebench - generated from model/sourcebench.ecore; do not edit, run regenerate.sh.
 */
package org.sourcebench.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Location</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.sourcebench.model.Location#getName <em>Name</em>}</li>
 *   <li>{@link org.sourcebench.model.Location#getKind <em>Kind</em>}</li>
 *   <li>{@link org.sourcebench.model.Location#getCountryCode <em>Country Code</em>}</li>
 *   <li>{@link org.sourcebench.model.Location#getLatitude <em>Latitude</em>}</li>
 *   <li>{@link org.sourcebench.model.Location#getLongitude <em>Longitude</em>}</li>
 *   <li>{@link org.sourcebench.model.Location#getGeoNamesId <em>Geo Names Id</em>}</li>
 *   <li>{@link org.sourcebench.model.Location#getMentions <em>Mentions</em>}</li>
 *   <li>{@link org.sourcebench.model.Location#getNotes <em>Notes</em>}</li>
 * </ul>
 *
 * @see org.sourcebench.model.SourcebenchPackage#getLocation()
 * @model
 * @generated
 */
public interface Location extends IdentifiedElement
{
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.sourcebench.model.SourcebenchPackage#getLocation_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.sourcebench.model.Location#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The default value is <code>"OTHER"</code>.
	 * The literals are from the enumeration {@link org.sourcebench.model.LocationKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.sourcebench.model.LocationKind
	 * @see #setKind(LocationKind)
	 * @see org.sourcebench.model.SourcebenchPackage#getLocation_Kind()
	 * @model default="OTHER"
	 * @generated
	 */
	LocationKind getKind();

	/**
	 * Sets the value of the '{@link org.sourcebench.model.Location#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.sourcebench.model.LocationKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(LocationKind value);

	/**
	 * Returns the value of the '<em><b>Country Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ISO 3166-1 alpha-2 code, e.g. "UA".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Country Code</em>' attribute.
	 * @see #setCountryCode(String)
	 * @see org.sourcebench.model.SourcebenchPackage#getLocation_CountryCode()
	 * @model
	 * @generated
	 */
	String getCountryCode();

	/**
	 * Sets the value of the '{@link org.sourcebench.model.Location#getCountryCode <em>Country Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Country Code</em>' attribute.
	 * @see #getCountryCode()
	 * @generated
	 */
	void setCountryCode(String value);

	/**
	 * Returns the value of the '<em><b>Latitude</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * WGS 84 degrees north; null when unknown.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Latitude</em>' attribute.
	 * @see #setLatitude(Double)
	 * @see org.sourcebench.model.SourcebenchPackage#getLocation_Latitude()
	 * @model
	 * @generated
	 */
	Double getLatitude();

	/**
	 * Sets the value of the '{@link org.sourcebench.model.Location#getLatitude <em>Latitude</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Latitude</em>' attribute.
	 * @see #getLatitude()
	 * @generated
	 */
	void setLatitude(Double value);

	/**
	 * Returns the value of the '<em><b>Longitude</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * WGS 84 degrees east; null when unknown.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Longitude</em>' attribute.
	 * @see #setLongitude(Double)
	 * @see org.sourcebench.model.SourcebenchPackage#getLocation_Longitude()
	 * @model
	 * @generated
	 */
	Double getLongitude();

	/**
	 * Sets the value of the '{@link org.sourcebench.model.Location#getLongitude <em>Longitude</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Longitude</em>' attribute.
	 * @see #getLongitude()
	 * @generated
	 */
	void setLongitude(Double value);

	/**
	 * Returns the value of the '<em><b>Geo Names Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Geo Names Id</em>' attribute.
	 * @see #setGeoNamesId(String)
	 * @see org.sourcebench.model.SourcebenchPackage#getLocation_GeoNamesId()
	 * @model
	 * @generated
	 */
	String getGeoNamesId();

	/**
	 * Sets the value of the '{@link org.sourcebench.model.Location#getGeoNamesId <em>Geo Names Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Geo Names Id</em>' attribute.
	 * @see #getGeoNamesId()
	 * @generated
	 */
	void setGeoNamesId(String value);

	/**
	 * Returns the value of the '<em><b>Mentions</b></em>' containment reference list.
	 * The list contents are of type {@link org.sourcebench.model.Span}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mentions</em>' containment reference list.
	 * @see org.sourcebench.model.SourcebenchPackage#getLocation_Mentions()
	 * @model containment="true"
	 * @generated
	 */
	EList<Span> getMentions();

	/**
	 * Returns the value of the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Notes</em>' attribute.
	 * @see #setNotes(String)
	 * @see org.sourcebench.model.SourcebenchPackage#getLocation_Notes()
	 * @model
	 * @generated
	 */
	String getNotes();

	/**
	 * Sets the value of the '{@link org.sourcebench.model.Location#getNotes <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Notes</em>' attribute.
	 * @see #getNotes()
	 * @generated
	 */
	void setNotes(String value);

} // Location
