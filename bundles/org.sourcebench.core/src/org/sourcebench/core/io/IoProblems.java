package org.sourcebench.core.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.NotLinkException;

/**
 * Says in words what an I/O failure was. Java's file system exceptions often carry nothing but a path as
 * their message ({@code NoSuchFileException: /a/b}), which shown to an analyst reads as "sourcebench: /a/b".
 */
public final class IoProblems {

	private IoProblems() {
	}

	/** @return what went wrong, e.g. "permission denied (/a/b)", never just a path */
	public static String describe(IOException e) {
		String what = null;
		if (e instanceof AccessDeniedException) {
			what = "permission denied";
		} else if (e instanceof NoSuchFileException) {
			what = "no such file or folder";
		} else if (e instanceof DirectoryNotEmptyException) {
			what = "a folder is in the way";
		} else if (e instanceof FileAlreadyExistsException) {
			what = "something is in the way";
		} else if (e instanceof NotDirectoryException) {
			what = "a part of the path is not a folder";
		} else if (e instanceof FileSystemLoopException) {
			what = "the symbolic links form a loop";
		} else if (e instanceof NotLinkException) {
			what = "not a symbolic link";
		}
		if (e instanceof FileSystemException fs) {
			String reason = fs.getReason();
			if (reason != null && reason.contains("No space left on device")) {
				return "the disk is full";
			}
			String path = fs.getFile() == null ? "" : " (" + fs.getFile()
					+ (fs.getOtherFile() == null ? "" : " → " + fs.getOtherFile()) + ")";
			if (what == null) {
				what = reason != null ? reason.toLowerCase(java.util.Locale.ROOT) : e.getClass().getSimpleName();
			} else if (reason != null && !reason.isBlank()) {
				what = what + ", " + reason.toLowerCase(java.util.Locale.ROOT);
			}
			return what + path;
		}
		String message = e.getMessage();
		if (message != null && message.contains("No space left on device")) {
			return "the disk is full";
		}
		return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
	}
}
