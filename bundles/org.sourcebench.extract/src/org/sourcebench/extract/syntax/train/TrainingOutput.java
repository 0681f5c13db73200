package org.sourcebench.extract.syntax.train;

import java.io.File;
import java.io.FilterOutputStream;
import java.io.IOException;

import org.sourcebench.core.io.AtomicFileWriter;

/**
 * Writes a trainer's output file through the one atomic writer (nothing half-written when training fails). The
 * model and text writers close their streams when done; that must finish them (GZIP trailer included) without
 * closing the writer's own stream, which it still flushes to disk before the rename.
 */
final class TrainingOutput {

	private TrainingOutput() {
	}

	static void write(File file, AtomicFileWriter.Content content) throws IOException {
		AtomicFileWriter.write(file.toPath(), false, stream -> content.writeTo(new FilterOutputStream(stream) {
			@Override
			public void write(byte[] bytes, int offset, int length) throws IOException {
				out.write(bytes, offset, length);
			}

			@Override
			public void close() throws IOException {
				flush();
			}
		}));
	}
}
