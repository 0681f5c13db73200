package org.sourcebench.cli;

/** The command line is wrong; the message says how, for "sourcebench: MESSAGE". */
final class UsageException extends Exception {

	private static final long serialVersionUID = 1L;

	UsageException(String message) {
		super(message);
	}
}
