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
 * A representation of the literals of the enumeration '<em><b>Quad Class</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The four CAMEO/GDELT event classes; values 1..4 as in GDELT's QuadClass column.
 * <!-- end-model-doc -->
 * @see org.sourcebench.model.SourcebenchPackage#getQuadClass()
 * @model
 * @generated
 */
public enum QuadClass implements Enumerator
{
	/**
	 * The '<em><b>VERBAL COOPERATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VERBAL_COOPERATION_VALUE
	 * @generated
	 * @ordered
	 */
	VERBAL_COOPERATION(1, "VERBAL_COOPERATION", "VERBAL_COOPERATION"),

	/**
	 * The '<em><b>MATERIAL COOPERATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MATERIAL_COOPERATION_VALUE
	 * @generated
	 * @ordered
	 */
	MATERIAL_COOPERATION(2, "MATERIAL_COOPERATION", "MATERIAL_COOPERATION"),

	/**
	 * The '<em><b>VERBAL CONFLICT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VERBAL_CONFLICT_VALUE
	 * @generated
	 * @ordered
	 */
	VERBAL_CONFLICT(3, "VERBAL_CONFLICT", "VERBAL_CONFLICT"),

	/**
	 * The '<em><b>MATERIAL CONFLICT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MATERIAL_CONFLICT_VALUE
	 * @generated
	 * @ordered
	 */
	MATERIAL_CONFLICT(4, "MATERIAL_CONFLICT", "MATERIAL_CONFLICT");

	/**
	 * The '<em><b>VERBAL COOPERATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VERBAL_COOPERATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int VERBAL_COOPERATION_VALUE = 1;

	/**
	 * The '<em><b>MATERIAL COOPERATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MATERIAL_COOPERATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MATERIAL_COOPERATION_VALUE = 2;

	/**
	 * The '<em><b>VERBAL CONFLICT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VERBAL_CONFLICT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int VERBAL_CONFLICT_VALUE = 3;

	/**
	 * The '<em><b>MATERIAL CONFLICT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MATERIAL_CONFLICT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MATERIAL_CONFLICT_VALUE = 4;

	/**
	 * An array of all the '<em><b>Quad Class</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final QuadClass[] VALUES_ARRAY =
		new QuadClass[]
		{
			VERBAL_COOPERATION,
			MATERIAL_COOPERATION,
			VERBAL_CONFLICT,
			MATERIAL_CONFLICT,
		};

	/**
	 * A public read-only list of all the '<em><b>Quad Class</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<QuadClass> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Quad Class</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static QuadClass get(String literal)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			QuadClass result = VALUES_ARRAY[i];
			if (result.toString().equals(literal))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Quad Class</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static QuadClass getByName(String name)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			QuadClass result = VALUES_ARRAY[i];
			if (result.getName().equals(name))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Quad Class</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static QuadClass get(int value)
	{
		switch (value)
		{
			case VERBAL_COOPERATION_VALUE: return VERBAL_COOPERATION;
			case MATERIAL_COOPERATION_VALUE: return MATERIAL_COOPERATION;
			case VERBAL_CONFLICT_VALUE: return VERBAL_CONFLICT;
			case MATERIAL_CONFLICT_VALUE: return MATERIAL_CONFLICT;
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
	private QuadClass(int value, String name, String literal)
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
	
} //QuadClass
