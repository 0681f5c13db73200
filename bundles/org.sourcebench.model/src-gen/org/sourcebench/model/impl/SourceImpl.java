/**
 * Sourcebench - generated from model/sourcebench.ecore; do not edit, run regenerate.sh.
 */
package org.sourcebench.model.impl;

import java.time.Instant;
import java.time.OffsetDateTime;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.sourcebench.model.AdmiraltyReliability;
import org.sourcebench.model.Source;
import org.sourcebench.model.SourcebenchPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Source</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.sourcebench.model.impl.SourceImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.sourcebench.model.impl.SourceImpl#getOutlet <em>Outlet</em>}</li>
 *   <li>{@link org.sourcebench.model.impl.SourceImpl#getUrl <em>Url</em>}</li>
 *   <li>{@link org.sourcebench.model.impl.SourceImpl#getPublished <em>Published</em>}</li>
 *   <li>{@link org.sourcebench.model.impl.SourceImpl#isPublishedZoneKnown <em>Published Zone Known</em>}</li>
 *   <li>{@link org.sourcebench.model.impl.SourceImpl#getRetrieved <em>Retrieved</em>}</li>
 *   <li>{@link org.sourcebench.model.impl.SourceImpl#getLanguage <em>Language</em>}</li>
 *   <li>{@link org.sourcebench.model.impl.SourceImpl#getOriginalFileName <em>Original File Name</em>}</li>
 *   <li>{@link org.sourcebench.model.impl.SourceImpl#getFormat <em>Format</em>}</li>
 *   <li>{@link org.sourcebench.model.impl.SourceImpl#getStoryCode <em>Story Code</em>}</li>
 *   <li>{@link org.sourcebench.model.impl.SourceImpl#getBody <em>Body</em>}</li>
 *   <li>{@link org.sourcebench.model.impl.SourceImpl#getSha256 <em>Sha256</em>}</li>
 *   <li>{@link org.sourcebench.model.impl.SourceImpl#getReliability <em>Reliability</em>}</li>
 *   <li>{@link org.sourcebench.model.impl.SourceImpl#getNotes <em>Notes</em>}</li>
 *   <li>{@link org.sourcebench.model.impl.SourceImpl#getCharset <em>Charset</em>}</li>
 *   <li>{@link org.sourcebench.model.impl.SourceImpl#getImportRepairs <em>Import Repairs</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SourceImpl extends IdentifiedElementImpl implements Source
{
	/**
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getOutlet() <em>Outlet</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutlet()
	 * @generated
	 * @ordered
	 */
	protected static final String OUTLET_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOutlet() <em>Outlet</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutlet()
	 * @generated
	 * @ordered
	 */
	protected String outlet = OUTLET_EDEFAULT;

	/**
	 * The default value of the '{@link #getUrl() <em>Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUrl()
	 * @generated
	 * @ordered
	 */
	protected static final String URL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUrl() <em>Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUrl()
	 * @generated
	 * @ordered
	 */
	protected String url = URL_EDEFAULT;

	/**
	 * The default value of the '{@link #getPublished() <em>Published</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPublished()
	 * @generated
	 * @ordered
	 */
	protected static final OffsetDateTime PUBLISHED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPublished() <em>Published</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPublished()
	 * @generated
	 * @ordered
	 */
	protected OffsetDateTime published = PUBLISHED_EDEFAULT;

	/**
	 * The default value of the '{@link #isPublishedZoneKnown() <em>Published Zone Known</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPublishedZoneKnown()
	 * @generated
	 * @ordered
	 */
	protected static final boolean PUBLISHED_ZONE_KNOWN_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isPublishedZoneKnown() <em>Published Zone Known</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPublishedZoneKnown()
	 * @generated
	 * @ordered
	 */
	protected boolean publishedZoneKnown = PUBLISHED_ZONE_KNOWN_EDEFAULT;

	/**
	 * The default value of the '{@link #getRetrieved() <em>Retrieved</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRetrieved()
	 * @generated
	 * @ordered
	 */
	protected static final Instant RETRIEVED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRetrieved() <em>Retrieved</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRetrieved()
	 * @generated
	 * @ordered
	 */
	protected Instant retrieved = RETRIEVED_EDEFAULT;

	/**
	 * The default value of the '{@link #getLanguage() <em>Language</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLanguage()
	 * @generated
	 * @ordered
	 */
	protected static final String LANGUAGE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLanguage() <em>Language</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLanguage()
	 * @generated
	 * @ordered
	 */
	protected String language = LANGUAGE_EDEFAULT;

	/**
	 * The default value of the '{@link #getOriginalFileName() <em>Original File Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOriginalFileName()
	 * @generated
	 * @ordered
	 */
	protected static final String ORIGINAL_FILE_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOriginalFileName() <em>Original File Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOriginalFileName()
	 * @generated
	 * @ordered
	 */
	protected String originalFileName = ORIGINAL_FILE_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getFormat() <em>Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormat()
	 * @generated
	 * @ordered
	 */
	protected static final String FORMAT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFormat() <em>Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormat()
	 * @generated
	 * @ordered
	 */
	protected String format = FORMAT_EDEFAULT;

	/**
	 * The default value of the '{@link #getStoryCode() <em>Story Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStoryCode()
	 * @generated
	 * @ordered
	 */
	protected static final String STORY_CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStoryCode() <em>Story Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStoryCode()
	 * @generated
	 * @ordered
	 */
	protected String storyCode = STORY_CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getBody() <em>Body</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBody()
	 * @generated
	 * @ordered
	 */
	protected static final String BODY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBody() <em>Body</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBody()
	 * @generated
	 * @ordered
	 */
	protected String body = BODY_EDEFAULT;

	/**
	 * The default value of the '{@link #getSha256() <em>Sha256</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSha256()
	 * @generated
	 * @ordered
	 */
	protected static final String SHA256_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSha256() <em>Sha256</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSha256()
	 * @generated
	 * @ordered
	 */
	protected String sha256 = SHA256_EDEFAULT;

	/**
	 * The default value of the '{@link #getReliability() <em>Reliability</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReliability()
	 * @generated
	 * @ordered
	 */
	protected static final AdmiraltyReliability RELIABILITY_EDEFAULT = AdmiraltyReliability.F;

	/**
	 * The cached value of the '{@link #getReliability() <em>Reliability</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReliability()
	 * @generated
	 * @ordered
	 */
	protected AdmiraltyReliability reliability = RELIABILITY_EDEFAULT;

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
	 * The default value of the '{@link #getCharset() <em>Charset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCharset()
	 * @generated
	 * @ordered
	 */
	protected static final String CHARSET_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCharset() <em>Charset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCharset()
	 * @generated
	 * @ordered
	 */
	protected String charset = CHARSET_EDEFAULT;

	/**
	 * The default value of the '{@link #getImportRepairs() <em>Import Repairs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImportRepairs()
	 * @generated
	 * @ordered
	 */
	protected static final String IMPORT_REPAIRS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getImportRepairs() <em>Import Repairs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImportRepairs()
	 * @generated
	 * @ordered
	 */
	protected String importRepairs = IMPORT_REPAIRS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SourceImpl()
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
		return SourcebenchPackage.Literals.SOURCE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle()
	{
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle)
	{
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SourcebenchPackage.SOURCE__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOutlet()
	{
		return outlet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOutlet(String newOutlet)
	{
		String oldOutlet = outlet;
		outlet = newOutlet;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SourcebenchPackage.SOURCE__OUTLET, oldOutlet, outlet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUrl()
	{
		return url;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUrl(String newUrl)
	{
		String oldUrl = url;
		url = newUrl;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SourcebenchPackage.SOURCE__URL, oldUrl, url));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OffsetDateTime getPublished()
	{
		return published;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPublished(OffsetDateTime newPublished)
	{
		OffsetDateTime oldPublished = published;
		published = newPublished;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SourcebenchPackage.SOURCE__PUBLISHED, oldPublished, published));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isPublishedZoneKnown()
	{
		return publishedZoneKnown;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPublishedZoneKnown(boolean newPublishedZoneKnown)
	{
		boolean oldPublishedZoneKnown = publishedZoneKnown;
		publishedZoneKnown = newPublishedZoneKnown;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SourcebenchPackage.SOURCE__PUBLISHED_ZONE_KNOWN, oldPublishedZoneKnown, publishedZoneKnown));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getRetrieved()
	{
		return retrieved;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRetrieved(Instant newRetrieved)
	{
		Instant oldRetrieved = retrieved;
		retrieved = newRetrieved;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SourcebenchPackage.SOURCE__RETRIEVED, oldRetrieved, retrieved));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLanguage()
	{
		return language;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLanguage(String newLanguage)
	{
		String oldLanguage = language;
		language = newLanguage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SourcebenchPackage.SOURCE__LANGUAGE, oldLanguage, language));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOriginalFileName()
	{
		return originalFileName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOriginalFileName(String newOriginalFileName)
	{
		String oldOriginalFileName = originalFileName;
		originalFileName = newOriginalFileName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SourcebenchPackage.SOURCE__ORIGINAL_FILE_NAME, oldOriginalFileName, originalFileName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFormat()
	{
		return format;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFormat(String newFormat)
	{
		String oldFormat = format;
		format = newFormat;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SourcebenchPackage.SOURCE__FORMAT, oldFormat, format));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getStoryCode()
	{
		return storyCode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStoryCode(String newStoryCode)
	{
		String oldStoryCode = storyCode;
		storyCode = newStoryCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SourcebenchPackage.SOURCE__STORY_CODE, oldStoryCode, storyCode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBody()
	{
		return body;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void setBody(String newBody)
	{
		String oldBody = body;
		body = newBody;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SourcebenchPackage.SOURCE__BODY, oldBody, body));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSha256()
	{
		return sha256;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSha256(String newSha256)
	{
		String oldSha256 = sha256;
		sha256 = newSha256;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SourcebenchPackage.SOURCE__SHA256, oldSha256, sha256));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AdmiraltyReliability getReliability()
	{
		return reliability;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReliability(AdmiraltyReliability newReliability)
	{
		AdmiraltyReliability oldReliability = reliability;
		reliability = newReliability == null ? RELIABILITY_EDEFAULT : newReliability;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SourcebenchPackage.SOURCE__RELIABILITY, oldReliability, reliability));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SourcebenchPackage.SOURCE__NOTES, oldNotes, notes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCharset()
	{
		return charset;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCharset(String newCharset)
	{
		String oldCharset = charset;
		charset = newCharset;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SourcebenchPackage.SOURCE__CHARSET, oldCharset, charset));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getImportRepairs()
	{
		return importRepairs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setImportRepairs(String newImportRepairs)
	{
		String oldImportRepairs = importRepairs;
		importRepairs = newImportRepairs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SourcebenchPackage.SOURCE__IMPORT_REPAIRS, oldImportRepairs, importRepairs));
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
			case SourcebenchPackage.SOURCE__TITLE:
				return getTitle();
			case SourcebenchPackage.SOURCE__OUTLET:
				return getOutlet();
			case SourcebenchPackage.SOURCE__URL:
				return getUrl();
			case SourcebenchPackage.SOURCE__PUBLISHED:
				return getPublished();
			case SourcebenchPackage.SOURCE__PUBLISHED_ZONE_KNOWN:
				return isPublishedZoneKnown();
			case SourcebenchPackage.SOURCE__RETRIEVED:
				return getRetrieved();
			case SourcebenchPackage.SOURCE__LANGUAGE:
				return getLanguage();
			case SourcebenchPackage.SOURCE__ORIGINAL_FILE_NAME:
				return getOriginalFileName();
			case SourcebenchPackage.SOURCE__FORMAT:
				return getFormat();
			case SourcebenchPackage.SOURCE__STORY_CODE:
				return getStoryCode();
			case SourcebenchPackage.SOURCE__BODY:
				return getBody();
			case SourcebenchPackage.SOURCE__SHA256:
				return getSha256();
			case SourcebenchPackage.SOURCE__RELIABILITY:
				return getReliability();
			case SourcebenchPackage.SOURCE__NOTES:
				return getNotes();
			case SourcebenchPackage.SOURCE__CHARSET:
				return getCharset();
			case SourcebenchPackage.SOURCE__IMPORT_REPAIRS:
				return getImportRepairs();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue)
	{
		switch (featureID)
		{
			case SourcebenchPackage.SOURCE__TITLE:
				setTitle((String)newValue);
				return;
			case SourcebenchPackage.SOURCE__OUTLET:
				setOutlet((String)newValue);
				return;
			case SourcebenchPackage.SOURCE__URL:
				setUrl((String)newValue);
				return;
			case SourcebenchPackage.SOURCE__PUBLISHED:
				setPublished((OffsetDateTime)newValue);
				return;
			case SourcebenchPackage.SOURCE__PUBLISHED_ZONE_KNOWN:
				setPublishedZoneKnown((Boolean)newValue);
				return;
			case SourcebenchPackage.SOURCE__RETRIEVED:
				setRetrieved((Instant)newValue);
				return;
			case SourcebenchPackage.SOURCE__LANGUAGE:
				setLanguage((String)newValue);
				return;
			case SourcebenchPackage.SOURCE__ORIGINAL_FILE_NAME:
				setOriginalFileName((String)newValue);
				return;
			case SourcebenchPackage.SOURCE__FORMAT:
				setFormat((String)newValue);
				return;
			case SourcebenchPackage.SOURCE__STORY_CODE:
				setStoryCode((String)newValue);
				return;
			case SourcebenchPackage.SOURCE__BODY:
				setBody((String)newValue);
				return;
			case SourcebenchPackage.SOURCE__SHA256:
				setSha256((String)newValue);
				return;
			case SourcebenchPackage.SOURCE__RELIABILITY:
				setReliability((AdmiraltyReliability)newValue);
				return;
			case SourcebenchPackage.SOURCE__NOTES:
				setNotes((String)newValue);
				return;
			case SourcebenchPackage.SOURCE__CHARSET:
				setCharset((String)newValue);
				return;
			case SourcebenchPackage.SOURCE__IMPORT_REPAIRS:
				setImportRepairs((String)newValue);
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
			case SourcebenchPackage.SOURCE__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case SourcebenchPackage.SOURCE__OUTLET:
				setOutlet(OUTLET_EDEFAULT);
				return;
			case SourcebenchPackage.SOURCE__URL:
				setUrl(URL_EDEFAULT);
				return;
			case SourcebenchPackage.SOURCE__PUBLISHED:
				setPublished(PUBLISHED_EDEFAULT);
				return;
			case SourcebenchPackage.SOURCE__PUBLISHED_ZONE_KNOWN:
				setPublishedZoneKnown(PUBLISHED_ZONE_KNOWN_EDEFAULT);
				return;
			case SourcebenchPackage.SOURCE__RETRIEVED:
				setRetrieved(RETRIEVED_EDEFAULT);
				return;
			case SourcebenchPackage.SOURCE__LANGUAGE:
				setLanguage(LANGUAGE_EDEFAULT);
				return;
			case SourcebenchPackage.SOURCE__ORIGINAL_FILE_NAME:
				setOriginalFileName(ORIGINAL_FILE_NAME_EDEFAULT);
				return;
			case SourcebenchPackage.SOURCE__FORMAT:
				setFormat(FORMAT_EDEFAULT);
				return;
			case SourcebenchPackage.SOURCE__STORY_CODE:
				setStoryCode(STORY_CODE_EDEFAULT);
				return;
			case SourcebenchPackage.SOURCE__BODY:
				setBody(BODY_EDEFAULT);
				return;
			case SourcebenchPackage.SOURCE__SHA256:
				setSha256(SHA256_EDEFAULT);
				return;
			case SourcebenchPackage.SOURCE__RELIABILITY:
				setReliability(RELIABILITY_EDEFAULT);
				return;
			case SourcebenchPackage.SOURCE__NOTES:
				setNotes(NOTES_EDEFAULT);
				return;
			case SourcebenchPackage.SOURCE__CHARSET:
				setCharset(CHARSET_EDEFAULT);
				return;
			case SourcebenchPackage.SOURCE__IMPORT_REPAIRS:
				setImportRepairs(IMPORT_REPAIRS_EDEFAULT);
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
			case SourcebenchPackage.SOURCE__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case SourcebenchPackage.SOURCE__OUTLET:
				return OUTLET_EDEFAULT == null ? outlet != null : !OUTLET_EDEFAULT.equals(outlet);
			case SourcebenchPackage.SOURCE__URL:
				return URL_EDEFAULT == null ? url != null : !URL_EDEFAULT.equals(url);
			case SourcebenchPackage.SOURCE__PUBLISHED:
				return PUBLISHED_EDEFAULT == null ? published != null : !PUBLISHED_EDEFAULT.equals(published);
			case SourcebenchPackage.SOURCE__PUBLISHED_ZONE_KNOWN:
				return publishedZoneKnown != PUBLISHED_ZONE_KNOWN_EDEFAULT;
			case SourcebenchPackage.SOURCE__RETRIEVED:
				return RETRIEVED_EDEFAULT == null ? retrieved != null : !RETRIEVED_EDEFAULT.equals(retrieved);
			case SourcebenchPackage.SOURCE__LANGUAGE:
				return LANGUAGE_EDEFAULT == null ? language != null : !LANGUAGE_EDEFAULT.equals(language);
			case SourcebenchPackage.SOURCE__ORIGINAL_FILE_NAME:
				return ORIGINAL_FILE_NAME_EDEFAULT == null ? originalFileName != null : !ORIGINAL_FILE_NAME_EDEFAULT.equals(originalFileName);
			case SourcebenchPackage.SOURCE__FORMAT:
				return FORMAT_EDEFAULT == null ? format != null : !FORMAT_EDEFAULT.equals(format);
			case SourcebenchPackage.SOURCE__STORY_CODE:
				return STORY_CODE_EDEFAULT == null ? storyCode != null : !STORY_CODE_EDEFAULT.equals(storyCode);
			case SourcebenchPackage.SOURCE__BODY:
				return BODY_EDEFAULT == null ? body != null : !BODY_EDEFAULT.equals(body);
			case SourcebenchPackage.SOURCE__SHA256:
				return SHA256_EDEFAULT == null ? sha256 != null : !SHA256_EDEFAULT.equals(sha256);
			case SourcebenchPackage.SOURCE__RELIABILITY:
				return reliability != RELIABILITY_EDEFAULT;
			case SourcebenchPackage.SOURCE__NOTES:
				return NOTES_EDEFAULT == null ? notes != null : !NOTES_EDEFAULT.equals(notes);
			case SourcebenchPackage.SOURCE__CHARSET:
				return CHARSET_EDEFAULT == null ? charset != null : !CHARSET_EDEFAULT.equals(charset);
			case SourcebenchPackage.SOURCE__IMPORT_REPAIRS:
				return IMPORT_REPAIRS_EDEFAULT == null ? importRepairs != null : !IMPORT_REPAIRS_EDEFAULT.equals(importRepairs);
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
		result.append(" (title: ");
		result.append(title);
		result.append(", outlet: ");
		result.append(outlet);
		result.append(", url: ");
		result.append(url);
		result.append(", published: ");
		result.append(published);
		result.append(", publishedZoneKnown: ");
		result.append(publishedZoneKnown);
		result.append(", retrieved: ");
		result.append(retrieved);
		result.append(", language: ");
		result.append(language);
		result.append(", originalFileName: ");
		result.append(originalFileName);
		result.append(", format: ");
		result.append(format);
		result.append(", storyCode: ");
		result.append(storyCode);
		result.append(", body: ");
		result.append(body);
		result.append(", sha256: ");
		result.append(sha256);
		result.append(", reliability: ");
		result.append(reliability);
		result.append(", notes: ");
		result.append(notes);
		result.append(", charset: ");
		result.append(charset);
		result.append(", importRepairs: ");
		result.append(importRepairs);
		result.append(')');
		return result.toString();
	}

} //SourceImpl
