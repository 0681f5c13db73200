package org.sourcebench.cli;

/**
 * Exit codes of {@code sourcebench analyze}; also printed by {@code --help}. Worse outcomes have higher
 * codes, and a run reports the worst that happened.
 */
public final class ExitCodes {

	/** Every input was imported (or skipped as an exact duplicate) and every requested output written. */
	public static final int OK = 0;
	/**
	 * Some files could not be imported (or extracted, or were extracted only in part: a stage of the engine failed, a
	 * warning names the file and the stage, the other stages' results are kept); the others were, and the outputs
	 * were written.
	 */
	public static final int SOME_FILES_FAILED = 1;
	/** The command line is wrong; nothing was read or written. */
	public static final int USAGE = 2;
	/** Not a single article could be imported (or no article file was found); no output was written. */
	public static final int NOTHING_IMPORTED = 3;
	/** An output could not be written or the existing dossier could not be opened; files on disk are whole. */
	public static final int OUTPUT_FAILED = 4;
	/**
	 * The run itself failed (out of memory, a bug): a one-line message on standard error says what; nothing
	 * was half-written, files on disk are whole.
	 */
	public static final int INTERNAL_ERROR = 5;

	private ExitCodes() {
	}
}
