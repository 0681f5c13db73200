package org.sourcebench.core.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one way Sourcebench writes a file (dossiers, JSON, Excel and image exports): readers only ever see the
 * old content or the complete new content.
 * <p>
 * The data goes to a hidden temporary file in the same folder ({@code .NAME.PID-RANDOM.tmp}), is forced to
 * disk and renamed over the target; the folder is then forced too, so the rename survives a power cut. A
 * failed write (an exception or error from the content, a full disk) leaves the target untouched and removes
 * the temporary file. Also:
 * <ul>
 * <li>a target reached through a symbolic link is written where the link points (the link stays a link);</li>
 * <li>a read-only target is refused with a message, never replaced;</li>
 * <li>the target keeps its permissions; a new file gets the permissions of any new file (the umask);</li>
 * <li>with {@code backup}, the previous content is kept as {@code NAME.bak} (a hard link where the file system
 *     has them, so there is no moment without a target);</li>
 * <li>temporary files of this writer for the same target left by a process that no longer runs (kill -9,
 *     power cut) are removed on the next write.</li>
 * </ul>
 * ArchitectureTest keeps this the only class that writes files (besides {@link FileLock}'s empty lock file).
 */
public final class AtomicFileWriter {

	/** Suffix of the backup kept next to a file written with {@code backup}. */
	public static final String BACKUP_SUFFIX = ".bak";

	private static final SecureRandom RANDOM = new SecureRandom();

	/** Writes the content to a stream; may throw to abort the write. */
	@FunctionalInterface
	public interface Content {
		/**
		 * @param out the (buffered) stream to the temporary file; do not close it
		 * @throws IOException to abort; the target stays as it was
		 */
		void writeTo(OutputStream out) throws IOException;
	}

	private AtomicFileWriter() {
	}

	/**
	 * Writes {@code target} atomically.
	 *
	 * @param target the file to create or replace
	 * @param backup whether to keep the previous content as {@code <name>.bak}
	 * @param content what to write
	 * @throws FileWriteException naming the target and the problem when writing fails; the target is then
	 *         untouched
	 */
	public static void write(Path target, boolean backup, Content content) throws FileWriteException {
		Path absolute;
		try {
			absolute = destinationOf(target);
		} catch (IOException e) {
			throw new FileWriteException(target.toAbsolutePath(), "cannot follow the link (" + describe(e) + ")", e);
		}
		Path dir = absolute.getParent();
		if (isReadOnly(absolute)) {
			throw new FileWriteException(absolute, "the file is read-only (make it writable, or write to another file)", null);
		}
		try {
			Files.createDirectories(dir);
		} catch (IOException e) {
			throw new FileWriteException(absolute, "cannot create the folder " + dir + " (" + describe(e) + ")", e);
		}
		removeStaleTemporaries(absolute);
		Path temp;
		try {
			temp = createTemporary(absolute);
		} catch (IOException e) {
			throw new FileWriteException(absolute, describeCreate(e, dir), e);
		}
		boolean done = false;
		try {
			try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
				OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
				content.writeTo(out);
				out.flush();
				channel.force(true);
			}
			keepPermissions(absolute, temp);
			if (backup && Files.exists(absolute)) {
				keepBackup(absolute);
			}
			try {
				Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
			}
			done = true;
			forceDirectory(dir);
		} catch (IOException | RuntimeException e) {
			throw new FileWriteException(absolute, describe(e), e);
		} finally {
			if (!done) {
				try {
					Files.deleteIfExists(temp);
				} catch (IOException e) {
					// the next write removes it once this process is gone
				}
			}
		}
	}

	/** @return where {@link #write} with {@code backup} keeps the previous version of {@code file} */
	public static Path backupOf(Path file) {
		return file.resolveSibling(file.getFileName() + BACKUP_SUFFIX);
	}

	/**
	 * @return the absolute path that {@link #write} replaces for {@code target}: the file a symbolic link
	 *         points to (followed to the end), else {@code target} itself
	 */
	public static Path destinationOf(Path target) throws IOException {
		Path path = target.toAbsolutePath().normalize();
		for (int hops = 0; Files.isSymbolicLink(path); hops++) {
			if (hops > 40) {
				throw new IOException("too many levels of symbolic links");
			}
			path = path.resolveSibling(Files.readSymbolicLink(path)).toAbsolutePath().normalize();
		}
		return path;
	}

	/**
	 * @return whether {@code file} exists and is read-only: not writable for us, or without its owner's write
	 *         permission (which root would otherwise ignore)
	 */
	public static boolean isReadOnly(Path file) {
		if (!Files.exists(file)) {
			return false;
		}
		if (!Files.isWritable(file)) {
			return true;
		}
		try {
			PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
			return view != null && !view.readAttributes().permissions().contains(PosixFilePermission.OWNER_WRITE);
		} catch (IOException e) {
			return false;
		}
	}

	private static Path createTemporary(Path target) throws IOException {
		long pid = ProcessHandle.current().pid();
		for (int attempt = 0;; attempt++) {
			Path temp = target.resolveSibling("." + target.getFileName() + "." + pid + "-"
					+ Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
			try {
				// Created like any new file (so the umask applies), not 0600 as createTempFile would.
				return Files.createFile(temp);
			} catch (FileAlreadyExistsException e) {
				if (attempt > 10) {
					throw e;
				}
			}
		}
	}

	/** Removes {@code .NAME.PID-RANDOM.tmp} files whose writing process is gone. */
	private static void removeStaleTemporaries(Path target) {
		Pattern ours = Pattern.compile("\\." + Pattern.quote(target.getFileName().toString()) + "\\.(\\d+)-[0-9a-z]+\\.tmp");
		try (DirectoryStream<Path> entries = Files.newDirectoryStream(target.getParent(),
				"." + target.getFileName().toString().replaceAll("([*?\\[\\]{}\\\\])", "\\\\$1") + ".*.tmp")) {
			for (Path entry : entries) {
				Matcher m = ours.matcher(entry.getFileName().toString());
				if (m.matches() && !isRunning(m.group(1)) && Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
					Files.deleteIfExists(entry);
				}
			}
		} catch (IOException | RuntimeException e) {
			// Best effort: a leftover we cannot remove does not stop the write.
		}
	}

	private static boolean isRunning(String pid) {
		try {
			return ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false);
		} catch (NumberFormatException e) {
			return true;
		}
	}

	private static void keepPermissions(Path target, Path temp) throws IOException {
		if (!Files.exists(target)) {
			return;
		}
		PosixFileAttributeView from = Files.getFileAttributeView(target, PosixFileAttributeView.class);
		PosixFileAttributeView to = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
		if (from != null && to != null) {
			Set<PosixFilePermission> permissions = from.readAttributes().permissions();
			to.setPermissions(permissions);
		}
	}

	private static void keepBackup(Path target) throws IOException {
		Path backup = backupOf(target);
		Files.deleteIfExists(backup);
		try {
			// A hard link keeps the old content without copying it and without a moment with no target file.
			Files.createLink(backup, target);
		} catch (IOException | UnsupportedOperationException e) {
			Files.copy(target, backup, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
		}
	}

	/** Makes the rename itself durable; possible on Linux and macOS, silently skipped where not. */
	private static void forceDirectory(Path directory) {
		try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
			channel.force(true);
		} catch (IOException | UnsupportedOperationException e) {
			// Windows cannot open a directory as a channel; the rename is still atomic there.
		}
	}

	private static String describeCreate(IOException e, Path dir) {
		if (e instanceof AccessDeniedException) {
			return "no permission to create files in " + dir;
		}
		return describe(e);
	}

	private static String describe(Throwable e) {
		if (e instanceof IOException io) {
			return IoProblems.describe(io);
		}
		String message = e.getMessage();
		return message == null ? e.getClass().getSimpleName() : message;
	}
}
