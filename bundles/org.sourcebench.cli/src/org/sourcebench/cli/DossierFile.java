package org.sourcebench.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.IntSupplier;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.sourcebench.core.io.AtomicFileWriter;
import org.sourcebench.core.io.FileLock;
import org.sourcebench.model.Dossier;
import org.sourcebench.model.Dossiers;
import org.sourcebench.model.store.DossierLoadException;
import org.sourcebench.model.store.DossierStore;

/**
 * The dossier file a command adds to ({@code analyze --dossier}, {@code import-batch --dossier}): refused when
 * read-only, worked on under its lock for the whole read-modify-write (a second run waits, then adds to what the
 * first saved: no lost update), loaded into an editing domain, or created and named after the file.
 */
final class DossierFile {

	private DossierFile() {
	}

	/** Runs {@code work} under the dossier's lock; exit code 4 with a message when it is read-only or cannot be locked. */
	static int underLock(Path dossier, ProgressReporter progress, IntSupplier work) {
		if (AtomicFileWriter.isReadOnly(dossier)) {
			progress.error("the dossier " + dossier + " is read-only; nothing imported (make it writable,"
					+ " or give another --dossier)");
			return ExitCodes.OUTPUT_FAILED;
		}
		try (FileLock lock = FileLock.acquire(dossier, progress::info)) {
			return work.getAsInt();
		} catch (IOException e) {
			progress.error(e.getMessage());
			return ExitCodes.OUTPUT_FAILED;
		}
	}

	/** A command-line editing domain over {@code resourceSet}: the item providers registered, a plain stack. */
	static AdapterFactoryEditingDomain newDomain(ResourceSet resourceSet) {
		return new AdapterFactoryEditingDomain(
				new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE),
				new BasicCommandStack(), resourceSet);
	}

	/**
	 * @return the dossier in {@code file} loaded into {@code resourceSet}, or a new one named after the file when
	 *         there is none; {@code null} after reporting why an existing file cannot be opened
	 */
	static Dossier openOrCreate(Path file, ResourceSet resourceSet, ProgressReporter progress) {
		if (!Files.exists(file)) {
			return Dossiers.newDossier(nameOf(file));
		}
		try {
			return new DossierStore().load(file, resourceSet);
		} catch (DossierLoadException e) {
			progress.error("cannot open the dossier " + file + ": " + e.getProblem());
			return null;
		}
	}

	/** "syria.sbx" gives "syria". */
	static String nameOf(Path file) {
		String name = file.getFileName().toString();
		return name.endsWith(".sbx") ? name.substring(0, name.length() - 4) : name;
	}
}
