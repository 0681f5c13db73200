/**
 * Sourcebench - generated from model/sourcebench.ecore; do not edit, run regenerate.sh.
 */
package org.sourcebench.model;

import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Source</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One imported document (article, report, transcript) and its provenance.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.sourcebench.model.Source#getTitle <em>Title</em>}</li>
 *   <li>{@link org.sourcebench.model.Source#getOutlet <em>Outlet</em>}</li>
 *   <li>{@link org.sourcebench.model.Source#getUrl <em>Url</em>}</li>
 *   <li>{@link org.sourcebench.model.Source#getPublished <em>Published</em>}</li>
 *   <li>{@link org.sourcebench.model.Source#isPublishedZoneKnown <em>Published Zone Known</em>}</li>
 *   <li>{@link org.sourcebench.model.Source#getRetrieved <em>Retrieved</em>}</li>
 *   <li>{@link org.sourcebench.model.Source#getLanguage <em>Language</em>}</li>
 *   <li>{@link org.sourcebench.model.Source#getOriginalFileName <em>Original File Name</em>}</li>
 *   <li>{@link org.sourcebench.model.Source#getFormat <em>Format</em>}</li>
 *   <li>{@link org.sourcebench.model.Source#getStoryCode <em>Story Code</em>}</li>
 *   <li>{@link org.sourcebench.model.Source#getBody <em>Body</em>}</li>
 *   <li>{@link org.sourcebench.model.Source#getSha256 <em>Sha256</em>}</li>
 *   <li>{@link org.sourcebench.model.Source#getReliability <em>Reliability</em>}</li>
 *   <li>{@link org.sourcebench.model.Source#getNotes <em>Notes</em>}</li>
 *   <li>{@link org.sourcebench.model.Source#getCharset <em>Charset</em>}</li>
 *   <li>{@link org.sourcebench.model.Source#getImportRepairs <em>Import Repairs</em>}</li>
 * </ul>
 *
 * @see org.sourcebench.model.SourcebenchPackage#getSource()
 * @model
 * @generated
 */
public interface Source extends IdentifiedElement
{
	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.sourcebench.model.SourcebenchPackage#getSource_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.sourcebench.model.Source#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Outlet</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Publisher or outlet, e.g. "Reuters".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Outlet</em>' attribute.
	 * @see #setOutlet(String)
	 * @see org.sourcebench.model.SourcebenchPackage#getSource_Outlet()
	 * @model
	 * @generated
	 */
	String getOutlet();

	/**
	 * Sets the value of the '{@link org.sourcebench.model.Source#getOutlet <em>Outlet</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Outlet</em>' attribute.
	 * @see #getOutlet()
	 * @generated
	 */
	void setOutlet(String value);

	/**
	 * Returns the value of the '<em><b>Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Url</em>' attribute.
	 * @see #setUrl(String)
	 * @see org.sourcebench.model.SourcebenchPackage#getSource_Url()
	 * @model
	 * @generated
	 */
	String getUrl();

	/**
	 * Sets the value of the '{@link org.sourcebench.model.Source#getUrl <em>Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Url</em>' attribute.
	 * @see #getUrl()
	 * @generated
	 */
	void setUrl(String value);

	/**
	 * Returns the value of the '<em><b>Published</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the source was published. If the source gave no zone or offset, the value carries UTC and publishedZoneKnown is false.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Published</em>' attribute.
	 * @see #setPublished(OffsetDateTime)
	 * @see org.sourcebench.model.SourcebenchPackage#getSource_Published()
	 * @model dataType="org.sourcebench.model.OffsetDateTime"
	 * @generated
	 */
	OffsetDateTime getPublished();

	/**
	 * Sets the value of the '{@link org.sourcebench.model.Source#getPublished <em>Published</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Published</em>' attribute.
	 * @see #getPublished()
	 * @generated
	 */
	void setPublished(OffsetDateTime value);

	/**
	 * Returns the value of the '<em><b>Published Zone Known</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * False when the published time had no zone or offset in the source (UTC was assumed).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Published Zone Known</em>' attribute.
	 * @see #setPublishedZoneKnown(boolean)
	 * @see org.sourcebench.model.SourcebenchPackage#getSource_PublishedZoneKnown()
	 * @model default="true"
	 * @generated
	 */
	boolean isPublishedZoneKnown();

	/**
	 * Sets the value of the '{@link org.sourcebench.model.Source#isPublishedZoneKnown <em>Published Zone Known</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Published Zone Known</em>' attribute.
	 * @see #isPublishedZoneKnown()
	 * @generated
	 */
	void setPublishedZoneKnown(boolean value);

	/**
	 * Returns the value of the '<em><b>Retrieved</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Retrieved</em>' attribute.
	 * @see #setRetrieved(Instant)
	 * @see org.sourcebench.model.SourcebenchPackage#getSource_Retrieved()
	 * @model dataType="org.sourcebench.model.Instant"
	 * @generated
	 */
	Instant getRetrieved();

	/**
	 * Sets the value of the '{@link org.sourcebench.model.Source#getRetrieved <em>Retrieved</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Retrieved</em>' attribute.
	 * @see #getRetrieved()
	 * @generated
	 */
	void setRetrieved(Instant value);

	/**
	 * Returns the value of the '<em><b>Language</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * BCP 47 language tag, e.g. "en".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Language</em>' attribute.
	 * @see #setLanguage(String)
	 * @see org.sourcebench.model.SourcebenchPackage#getSource_Language()
	 * @model
	 * @generated
	 */
	String getLanguage();

	/**
	 * Sets the value of the '{@link org.sourcebench.model.Source#getLanguage <em>Language</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Language</em>' attribute.
	 * @see #getLanguage()
	 * @generated
	 */
	void setLanguage(String value);

	/**
	 * Returns the value of the '<em><b>Original File Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Original File Name</em>' attribute.
	 * @see #setOriginalFileName(String)
	 * @see org.sourcebench.model.SourcebenchPackage#getSource_OriginalFileName()
	 * @model
	 * @generated
	 */
	String getOriginalFileName();

	/**
	 * Sets the value of the '{@link org.sourcebench.model.Source#getOriginalFileName <em>Original File Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Original File Name</em>' attribute.
	 * @see #getOriginalFileName()
	 * @generated
	 */
	void setOriginalFileName(String value);

	/**
	 * Returns the value of the '<em><b>Format</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Format of the original file as a lower-case name: txt, html, pdf, docx, eml, ...
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Format</em>' attribute.
	 * @see #setFormat(String)
	 * @see org.sourcebench.model.SourcebenchPackage#getSource_Format()
	 * @model
	 * @generated
	 */
	String getFormat();

	/**
	 * Sets the value of the '{@link org.sourcebench.model.Source#getFormat <em>Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Format</em>' attribute.
	 * @see #getFormat()
	 * @generated
	 */
	void setFormat(String value);

	/**
	 * Returns the value of the '<em><b>Story Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Agency story or slug code when the source carries one.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Story Code</em>' attribute.
	 * @see #setStoryCode(String)
	 * @see org.sourcebench.model.SourcebenchPackage#getSource_StoryCode()
	 * @model
	 * @generated
	 */
	String getStoryCode();

	/**
	 * Sets the value of the '{@link org.sourcebench.model.Source#getStoryCode <em>Story Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Story Code</em>' attribute.
	 * @see #getStoryCode()
	 * @generated
	 */
	void setStoryCode(String value);

	/**
	 * Returns the value of the '<em><b>Body</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The text of the source as imported. Immutable after creation: there is no public setter (create sources with org.sourcebench.model.Dossiers.newSource), because every Span's offsets refer to this exact text.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Body</em>' attribute.
	 * @see org.sourcebench.model.SourcebenchPackage#getSource_Body()
	 * @model suppressedSetVisibility="true"
	 * @generated
	 */
	String getBody();

	/**
	 * Returns the value of the '<em><b>Sha256</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * SHA-256 of the original file's bytes, lower-case hex.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sha256</em>' attribute.
	 * @see #setSha256(String)
	 * @see org.sourcebench.model.SourcebenchPackage#getSource_Sha256()
	 * @model
	 * @generated
	 */
	String getSha256();

	/**
	 * Sets the value of the '{@link org.sourcebench.model.Source#getSha256 <em>Sha256</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sha256</em>' attribute.
	 * @see #getSha256()
	 * @generated
	 */
	void setSha256(String value);

	/**
	 * Returns the value of the '<em><b>Reliability</b></em>' attribute.
	 * The default value is <code>"F"</code>.
	 * The literals are from the enumeration {@link org.sourcebench.model.AdmiraltyReliability}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reliability</em>' attribute.
	 * @see org.sourcebench.model.AdmiraltyReliability
	 * @see #setReliability(AdmiraltyReliability)
	 * @see org.sourcebench.model.SourcebenchPackage#getSource_Reliability()
	 * @model default="F"
	 * @generated
	 */
	AdmiraltyReliability getReliability();

	/**
	 * Sets the value of the '{@link org.sourcebench.model.Source#getReliability <em>Reliability</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reliability</em>' attribute.
	 * @see org.sourcebench.model.AdmiraltyReliability
	 * @see #getReliability()
	 * @generated
	 */
	void setReliability(AdmiraltyReliability value);

	/**
	 * Returns the value of the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Notes</em>' attribute.
	 * @see #setNotes(String)
	 * @see org.sourcebench.model.SourcebenchPackage#getSource_Notes()
	 * @model
	 * @generated
	 */
	String getNotes();

	/**
	 * Sets the value of the '{@link org.sourcebench.model.Source#getNotes <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Notes</em>' attribute.
	 * @see #getNotes()
	 * @generated
	 */
	void setNotes(String value);

	/**
	 * Returns the value of the '<em><b>Charset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Character encoding the original file's text was decoded from (e.g. UTF-8, windows-1252, UTF-16LE); unset for formats that carry their own text encoding (PDF, Word).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Charset</em>' attribute.
	 * @see #setCharset(String)
	 * @see org.sourcebench.model.SourcebenchPackage#getSource_Charset()
	 * @model
	 * @generated
	 */
	String getCharset();

	/**
	 * Sets the value of the '{@link org.sourcebench.model.Source#getCharset <em>Charset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Charset</em>' attribute.
	 * @see #getCharset()
	 * @generated
	 */
	void setCharset(String value);

	/**
	 * Returns the value of the '<em><b>Import Repairs</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the import changed to make the text readable and storable, in words (e.g. "2 bytes not valid UTF-8 read as windows-1252; 3 control characters replaced"); unset when the text was taken as it was.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Import Repairs</em>' attribute.
	 * @see #setImportRepairs(String)
	 * @see org.sourcebench.model.SourcebenchPackage#getSource_ImportRepairs()
	 * @model
	 * @generated
	 */
	String getImportRepairs();

	/**
	 * Sets the value of the '{@link org.sourcebench.model.Source#getImportRepairs <em>Import Repairs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Import Repairs</em>' attribute.
	 * @see #getImportRepairs()
	 * @generated
	 */
	void setImportRepairs(String value);

} // Source
