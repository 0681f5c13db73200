package org.eclipse.jface.util;

/**
 * The assertion helper GEF 3.2 was compiled against (JFace removed it): each method throws
 * {@link AssertionFailedException} when its condition does not hold. Equivalent to
 * {@code org.eclipse.core.runtime.Assert}.
 */
public final class Assert {

	/** Thrown when an assertion fails. */
	public static class AssertionFailedException extends RuntimeException {
		private static final long serialVersionUID = 1L;

		/** @param detail what failed */
		public AssertionFailedException(String detail) {
			super(detail);
		}
	}

	private Assert() {
	}

	/** @throws IllegalArgumentException if {@code expression} is false */
	public static boolean isLegal(boolean expression) {
		return isLegal(expression, "");
	}

	/** @throws IllegalArgumentException with {@code message} if {@code expression} is false */
	public static boolean isLegal(boolean expression, String message) {
		if (!expression) {
			throw new IllegalArgumentException(message);
		}
		return expression;
	}

	/** @throws AssertionFailedException if {@code object} is null */
	public static void isNotNull(Object object) {
		isNotNull(object, "");
	}

	/** @throws AssertionFailedException with {@code message} if {@code object} is null */
	public static void isNotNull(Object object, String message) {
		if (object == null) {
			throw new AssertionFailedException("null argument:" + message);
		}
	}

	/** @throws AssertionFailedException if {@code expression} is false */
	public static boolean isTrue(boolean expression) {
		return isTrue(expression, "");
	}

	/** @throws AssertionFailedException with {@code message} if {@code expression} is false */
	public static boolean isTrue(boolean expression, String message) {
		if (!expression) {
			throw new AssertionFailedException("assertion failed: " + message);
		}
		return expression;
	}
}
