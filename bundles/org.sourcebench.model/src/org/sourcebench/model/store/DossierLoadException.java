package org.sourcebench.model.store;

import java.nio.file.Path;

/**
 * A dossier file could not be opened: it is damaged, truncated, not a dossier, or unsafe (an XML document
 * type declaration, which could pull in external entities). Nothing of the file has been loaded.
 */
public class DossierLoadException extends Exception {

	private static final long serialVersionUID = 1L;

	private final transient Path file;
	private final String problem;

	/**
	 * @param file    the file that was being loaded
	 * @param problem what is wrong with it, in a sentence an analyst can act on
	 * @param cause   the underlying parser or I/O error, if any
	 */
	public DossierLoadException(Path file, String problem, Throwable cause) {
		super("Cannot open dossier " + file + ": " + problem, cause);
		this.file = file;
		this.problem = problem;
	}

	/** @return the file that could not be loaded */
	public Path getFile() {
		return file;
	}

	/** @return what is wrong with the file, without the file name */
	public String getProblem() {
		return problem;
	}
}
