/**
 * Sourcebench - generated from model/sourcebench.ecore; do not edit, run regenerate.sh.
 */
package org.sourcebench.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Actor Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.sourcebench.model.SourcebenchPackage#getActorKind()
 * @model
 * @generated
 */
public enum ActorKind implements Enumerator
{
	/**
	 * The '<em><b>PERSON</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PERSON_VALUE
	 * @generated
	 * @ordered
	 */
	PERSON(0, "PERSON", "PERSON"),

	/**
	 * The '<em><b>STATE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STATE_VALUE
	 * @generated
	 * @ordered
	 */
	STATE(1, "STATE", "STATE"),

	/**
	 * The '<em><b>GOVERNMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GOVERNMENT_VALUE
	 * @generated
	 * @ordered
	 */
	GOVERNMENT(2, "GOVERNMENT", "GOVERNMENT"),

	/**
	 * The '<em><b>MILITARY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MILITARY_VALUE
	 * @generated
	 * @ordered
	 */
	MILITARY(3, "MILITARY", "MILITARY"),

	/**
	 * The '<em><b>ORGANISATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ORGANISATION_VALUE
	 * @generated
	 * @ordered
	 */
	ORGANISATION(4, "ORGANISATION", "ORGANISATION"),

	/**
	 * The '<em><b>ARMED GROUP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ARMED_GROUP_VALUE
	 * @generated
	 * @ordered
	 */
	ARMED_GROUP(5, "ARMED_GROUP", "ARMED_GROUP"),

	/**
	 * The '<em><b>MEDIA</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MEDIA_VALUE
	 * @generated
	 * @ordered
	 */
	MEDIA(6, "MEDIA", "MEDIA"),

	/**
	 * The '<em><b>COMPANY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMPANY_VALUE
	 * @generated
	 * @ordered
	 */
	COMPANY(7, "COMPANY", "COMPANY"),

	/**
	 * The '<em><b>ALLIANCE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ALLIANCE_VALUE
	 * @generated
	 * @ordered
	 */
	ALLIANCE(8, "ALLIANCE", "ALLIANCE"),

	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(9, "OTHER", "OTHER");

	/**
	 * The '<em><b>PERSON</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PERSON
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PERSON_VALUE = 0;

	/**
	 * The '<em><b>STATE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STATE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int STATE_VALUE = 1;

	/**
	 * The '<em><b>GOVERNMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GOVERNMENT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int GOVERNMENT_VALUE = 2;

	/**
	 * The '<em><b>MILITARY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MILITARY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MILITARY_VALUE = 3;

	/**
	 * The '<em><b>ORGANISATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ORGANISATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ORGANISATION_VALUE = 4;

	/**
	 * The '<em><b>ARMED GROUP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ARMED_GROUP
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ARMED_GROUP_VALUE = 5;

	/**
	 * The '<em><b>MEDIA</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MEDIA
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MEDIA_VALUE = 6;

	/**
	 * The '<em><b>COMPANY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMPANY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int COMPANY_VALUE = 7;

	/**
	 * The '<em><b>ALLIANCE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ALLIANCE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ALLIANCE_VALUE = 8;

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 9;

	/**
	 * An array of all the '<em><b>Actor Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ActorKind[] VALUES_ARRAY =
		new ActorKind[]
		{
			PERSON,
			STATE,
			GOVERNMENT,
			MILITARY,
			ORGANISATION,
			ARMED_GROUP,
			MEDIA,
			COMPANY,
			ALLIANCE,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Actor Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ActorKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Actor Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ActorKind get(String literal)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			ActorKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Actor Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ActorKind getByName(String name)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			ActorKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Actor Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ActorKind get(int value)
	{
		switch (value)
		{
			case PERSON_VALUE: return PERSON;
			case STATE_VALUE: return STATE;
			case GOVERNMENT_VALUE: return GOVERNMENT;
			case MILITARY_VALUE: return MILITARY;
			case ORGANISATION_VALUE: return ORGANISATION;
			case ARMED_GROUP_VALUE: return ARMED_GROUP;
			case MEDIA_VALUE: return MEDIA;
			case COMPANY_VALUE: return COMPANY;
			case ALLIANCE_VALUE: return ALLIANCE;
			case OTHER_VALUE: return OTHER;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private ActorKind(int value, String name, String literal)
	{
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue()
	{
	  return value;
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
	public String getLiteral()
	{
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString()
	{
		return literal;
	}
	
} //ActorKind
