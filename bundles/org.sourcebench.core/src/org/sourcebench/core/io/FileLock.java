package org.sourcebench.core.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Consumer;

/**
 * An exclusive lock on a file for a read-modify-write, between processes (the CLI and the workbench, two CLI
 * runs): held on a hidden sidecar file {@code .NAME.lock} next to the file, because the file itself is
 * replaced by {@link AtomicFileWriter} on every save. The sidecar stays (empty) after the lock is released;
 * removing it would let a third process lock a file that a second one is about to lock too.
 */
public final class FileLock implements AutoCloseable {

	private final FileChannel channel;
	private final java.nio.channels.FileLock lock;

	private FileLock(FileChannel channel, java.nio.channels.FileLock lock) {
		this.channel = channel;
		this.lock = lock;
	}

	/**
	 * Takes the lock, waiting as long as another process holds it.
	 *
	 * @param file the file to lock (a link is followed: the lock belongs to the file it points to)
	 * @param waiting told once, with a sentence, when the lock is held by someone else and we wait
	 * @return the lock; close it after the write
	 * @throws IOException naming the file if the sidecar cannot be created (e.g. a read-only folder)
	 */
	public static FileLock acquire(Path file, Consumer<String> waiting) throws IOException {
		return lock(file, waiting, true);
	}

	/**
	 * Takes the lock if no other process holds it.
	 *
	 * @param file the file to lock
	 * @return the lock, or {@code null} when another process holds it
	 * @throws IOException naming the file if the sidecar cannot be created
	 */
	public static FileLock tryAcquire(Path file) throws IOException {
		return lock(file, message -> {
		}, false);
	}

	private static FileLock lock(Path file, Consumer<String> waiting, boolean wait) throws IOException {
		Path target = AtomicFileWriter.destinationOf(file);
		Path sidecar = target.resolveSibling("." + target.getFileName() + ".lock");
		FileChannel channel;
		try {
			Files.createDirectories(target.getParent());
			channel = FileChannel.open(sidecar, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
		} catch (IOException e) {
			throw new IOException("Cannot lock " + target + " for writing: cannot create " + sidecar + " ("
					+ (e instanceof java.nio.file.AccessDeniedException ? "permission denied" : e.getMessage()) + ")", e);
		}
		try {
			java.nio.channels.FileLock lock = channel.tryLock();
			if (lock == null && !wait) {
				channel.close();
				return null;
			}
			if (lock == null) {
				waiting.accept(target + " is being written by another Sourcebench process; waiting for it to finish");
				lock = channel.lock();
			}
			return new FileLock(channel, lock);
		} catch (IOException | RuntimeException e) {
			channel.close();
			if (e instanceof OverlappingFileLockException) {
				throw new IOException("Cannot lock " + target + ": this process holds the lock already", e);
			}
			throw e instanceof IOException io ? io : new IOException("Cannot lock " + target + ": " + e.getMessage(), e);
		}
	}

	/** Releases the lock. */
	@Override
	public void close() throws IOException {
		if (!channel.isOpen()) {
			return;
		}
		try {
			lock.release();
		} finally {
			channel.close();
		}
	}
}
