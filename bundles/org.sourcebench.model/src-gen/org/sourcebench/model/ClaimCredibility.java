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
 * A representation of the literals of the enumeration '<em><b>Claim Credibility</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Credibility of one piece of information on the Admiralty scale, 1 (confirmed) .. 6 (cannot be judged); independent of the source's reliability.
 * <!-- end-model-doc -->
 * @see org.sourcebench.model.SourcebenchPackage#getClaimCredibility()
 * @model
 * @generated
 */
public enum ClaimCredibility implements Enumerator
{
	/**
	 * The '<em><b>CONFIRMED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 1 Confirmed by other sources: confirmed by other independent sources; logical in itself; consistent with other information on the subject.
	 * <!-- end-model-doc -->
	 * @see #CONFIRMED_VALUE
	 * @generated
	 * @ordered
	 */
	CONFIRMED(1, "CONFIRMED", "CONFIRMED"),

	/**
	 * The '<em><b>PROBABLY TRUE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 2 Probably true: not confirmed; logical in itself; consistent with other information on the subject.
	 * <!-- end-model-doc -->
	 * @see #PROBABLY_TRUE_VALUE
	 * @generated
	 * @ordered
	 */
	PROBABLY_TRUE(2, "PROBABLY_TRUE", "PROBABLY_TRUE"),

	/**
	 * The '<em><b>POSSIBLY TRUE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 3 Possibly true: not confirmed; reasonably logical in itself; agrees with some other information on the subject.
	 * <!-- end-model-doc -->
	 * @see #POSSIBLY_TRUE_VALUE
	 * @generated
	 * @ordered
	 */
	POSSIBLY_TRUE(3, "POSSIBLY_TRUE", "POSSIBLY_TRUE"),

	/**
	 * The '<em><b>DOUBTFUL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 4 Doubtful: not confirmed; possible but not logical; no other information on the subject.
	 * <!-- end-model-doc -->
	 * @see #DOUBTFUL_VALUE
	 * @generated
	 * @ordered
	 */
	DOUBTFUL(4, "DOUBTFUL", "DOUBTFUL"),

	/**
	 * The '<em><b>IMPROBABLE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 5 Improbable: not confirmed; not logical in itself; contradicted by other information on the subject.
	 * <!-- end-model-doc -->
	 * @see #IMPROBABLE_VALUE
	 * @generated
	 * @ordered
	 */
	IMPROBABLE(5, "IMPROBABLE", "IMPROBABLE"),

	/**
	 * The '<em><b>CANNOT BE JUDGED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 6 Truth cannot be judged: no basis exists for evaluating the validity of the information.
	 * <!-- end-model-doc -->
	 * @see #CANNOT_BE_JUDGED_VALUE
	 * @generated
	 * @ordered
	 */
	CANNOT_BE_JUDGED(6, "CANNOT_BE_JUDGED", "CANNOT_BE_JUDGED");

	/**
	 * The '<em><b>CONFIRMED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 1 Confirmed by other sources: confirmed by other independent sources; logical in itself; consistent with other information on the subject.
	 * <!-- end-model-doc -->
	 * @see #CONFIRMED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CONFIRMED_VALUE = 1;

	/**
	 * The '<em><b>PROBABLY TRUE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 2 Probably true: not confirmed; logical in itself; consistent with other information on the subject.
	 * <!-- end-model-doc -->
	 * @see #PROBABLY_TRUE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PROBABLY_TRUE_VALUE = 2;

	/**
	 * The '<em><b>POSSIBLY TRUE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 3 Possibly true: not confirmed; reasonably logical in itself; agrees with some other information on the subject.
	 * <!-- end-model-doc -->
	 * @see #POSSIBLY_TRUE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int POSSIBLY_TRUE_VALUE = 3;

	/**
	 * The '<em><b>DOUBTFUL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 4 Doubtful: not confirmed; possible but not logical; no other information on the subject.
	 * <!-- end-model-doc -->
	 * @see #DOUBTFUL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DOUBTFUL_VALUE = 4;

	/**
	 * The '<em><b>IMPROBABLE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 5 Improbable: not confirmed; not logical in itself; contradicted by other information on the subject.
	 * <!-- end-model-doc -->
	 * @see #IMPROBABLE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int IMPROBABLE_VALUE = 5;

	/**
	 * The '<em><b>CANNOT BE JUDGED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 6 Truth cannot be judged: no basis exists for evaluating the validity of the information.
	 * <!-- end-model-doc -->
	 * @see #CANNOT_BE_JUDGED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CANNOT_BE_JUDGED_VALUE = 6;

	/**
	 * An array of all the '<em><b>Claim Credibility</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ClaimCredibility[] VALUES_ARRAY =
		new ClaimCredibility[]
		{
			CONFIRMED,
			PROBABLY_TRUE,
			POSSIBLY_TRUE,
			DOUBTFUL,
			IMPROBABLE,
			CANNOT_BE_JUDGED,
		};

	/**
	 * A public read-only list of all the '<em><b>Claim Credibility</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ClaimCredibility> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Claim Credibility</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ClaimCredibility get(String literal)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			ClaimCredibility result = VALUES_ARRAY[i];
			if (result.toString().equals(literal))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Claim Credibility</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ClaimCredibility getByName(String name)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			ClaimCredibility result = VALUES_ARRAY[i];
			if (result.getName().equals(name))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Claim Credibility</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ClaimCredibility get(int value)
	{
		switch (value)
		{
			case CONFIRMED_VALUE: return CONFIRMED;
			case PROBABLY_TRUE_VALUE: return PROBABLY_TRUE;
			case POSSIBLY_TRUE_VALUE: return POSSIBLY_TRUE;
			case DOUBTFUL_VALUE: return DOUBTFUL;
			case IMPROBABLE_VALUE: return IMPROBABLE;
			case CANNOT_BE_JUDGED_VALUE: return CANNOT_BE_JUDGED;
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
	private ClaimCredibility(int value, String name, String literal)
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
	
} //ClaimCredibility
