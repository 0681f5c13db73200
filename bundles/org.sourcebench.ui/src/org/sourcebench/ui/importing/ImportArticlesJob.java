package org.sourcebench.ui.importing;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;
import org.sourcebench.extract.ExtractionEngine;
import org.sourcebench.extract.dossier.DossierExtraction;
import org.sourcebench.extract.dossier.ExtractionStoppedException;
import org.sourcebench.ingest.ArticleImporter;
import org.sourcebench.ingest.ImportListener;
import org.sourcebench.ingest.ImportProblem;
import org.sourcebench.ingest.SkippedDuplicate;
import org.sourcebench.ingest.dossier.DossierImport;
import org.sourcebench.model.AdmiraltyReliability;
import org.sourcebench.model.Dossier;
import org.sourcebench.model.Source;
import org.sourcebench.model.edit.commands.SetReliabilityCommand;
import org.sourcebench.ui.SourcebenchUi;
import org.sourcebench.ui.internal.Messages;
import org.sourcebench.ui.labels.ElementLabels;
import org.sourcebench.ui.preferences.HighlightPreferences;

/**
 * Imports article files into a dossier and runs the extraction on the new sources, in the background with
 * progress and Cancel. Both steps are commands on the dossier's editing domain (Import Articles, then Record
 * Extraction), so the analyst can undo them. The job's result is a {@link MultiStatus} whose message is the
 * summary and whose children are the per-file problems (a source the engine read only in part: a warning naming the
 * source and the failed stage; one whose analysis ran past the time limit per article of the preferences: a warning
 * naming the source and the time limit); {@link ImportResultDialog} shows it at the end.
 * <p>
 * Cancel during the import ends the job as cancelled. Cancel during the analysis (the progress dialog's Cancel, or
 * the stop button of the status bar's progress indicator or of the Progress view: both cancel this job) takes effect
 * within one stage of the engine, also inside a running article (a stage that does not return is stopped): the
 * articles stay imported, those analysed before the Cancel keep their results (recorded as one command, as a finished
 * analysis), the one being analysed and those not started get none, and the summary says how many were analysed and
 * names the ones that were not.
 */
public class ImportArticlesJob extends Job {

	/** Jobs of this family run one at a time: the engine and the dossier are not shared between imports. */
	public static final Object FAMILY = ImportArticlesJob.class;

	private static ExtractionEngine engine;

	private final EditingDomain domain;
	private final Dossier dossier;
	private final List<Path> inputs;
	private final boolean extract;
	private final AdmiraltyReliability defaultReliability;
	private final Duration timeLimit = HighlightPreferences.analysisTimeLimit();
	private volatile List<Source> imported = List.of();

	/**
	 * @param dossierName        for the job's name
	 * @param domain             the dossier's editing domain (its command stack runs commands on the display thread)
	 * @param dossier            the dossier to add to
	 * @param inputs             files and folders
	 * @param extract            whether to run the extraction on the new sources
	 * @param defaultReliability the reliability new sources get (F keeps the importer's default)
	 */
	public ImportArticlesJob(String dossierName, EditingDomain domain, Dossier dossier, List<Path> inputs, boolean extract,
			AdmiraltyReliability defaultReliability) {
		super(NLS.bind(Messages.Import_jobName, dossierName));
		this.domain = domain;
		this.dossier = dossier;
		this.inputs = List.copyOf(inputs);
		this.extract = extract;
		this.defaultReliability = defaultReliability;
		setUser(true);
		setRule(new DossierRule(dossier));
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	/** @return the sources the job added (after it finished) */
	public List<Source> getImportedSources() {
		return imported;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, 100);
		try {
			DossierImport.Outcome outcome = importFiles(progress.split(extract ? 30 : 100));
			imported = outcome.sources();
			MultiStatus status = new MultiStatus(SourcebenchUi.PLUGIN_ID, 0, outcome.result().summary());
			for (ImportProblem problem : outcome.result().problems()) {
				// The file name first, so the reason fits the dialog's list; the full path is in the log.
				status.add(Status.warning(problem.file().getFileName() + ": " + problem.detail()));
			}
			for (Path ignored : outcome.result().ignored()) {
				status.add(Status.info(NLS.bind(Messages.Import_ignored, ignored.getFileName(), extensionOf(ignored))));
			}
			for (SkippedDuplicate duplicate : outcome.result().duplicates()) {
				status.add(Status.info(duplicate.message()));
			}
			if (outcome.result().cancelled()) {
				return Status.CANCEL_STATUS;
			}
			applyDefaultReliability(outcome.sources());
			if (extract && !outcome.sources().isEmpty()) {
				try {
					DossierExtraction.Outcome extracted = extract(outcome.sources(), progress.split(70));
					Map<Source, RuntimeException> failures = extracted.failures();
					failures.forEach((source, e) -> status.add(failure(source, e)));
					// a stage of the engine failed: the source keeps the other stages' results (and counts as analysed)
					extracted.warnings().forEach((source, warnings) -> warnings.forEach(w -> status.add(Status.warning(
							NLS.bind(w.sentence() < 0 ? Messages.Import_stageFailed : Messages.Import_sentenceFailed, new Object[] {
									ElementLabels.text(source), w.stage(), w.cause(), w.sentence() }),
							w.error()))));
					if (extracted.cancelled()) {
						// the articles analysed before the Cancel keep their results; the others stay imported without
						status.add(cancelled(outcome.sources().size(), failures.size(), extracted.cancellation()));
					} else {
						status.add(Status.info(NLS.bind(Messages.Import_extracted, outcome.sources().size() - failures.size())));
					}
				} catch (RuntimeException | LinkageError e) {
					// The engine itself could not start (missing language models): the articles stay imported.
					status.add(Status.error(NLS.bind(Messages.Import_analysisUnavailable, e), e));
				}
			}
			return status;
		} catch (OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		} finally {
			monitor.done();
		}
	}

	/**
	 * The summary of a cancelled analysis: the article that was being analysed, how many of the imported articles
	 * were analysed (before the Cancel, not failed) and keep their results, and, one line each (a dialog's details
	 * list does not wrap), the ones left without: that one and those not started.
	 */
	private static IStatus cancelled(int imported, int failed, DossierExtraction.Cancellation cancellation) {
		List<Source> left = cancellation.notAnalysed();
		String current = left.isEmpty() ? cancellation.cause().document() : ElementLabels.text(left.get(0));
		String message = NLS.bind(Messages.Import_cancelled,
				new Object[] { current, cancellation.cause().document(), imported - left.size() - failed, imported, left.size() });
		if (left.isEmpty()) {
			return Status.warning(message);
		}
		// a MultiStatus takes its children's severity: a warning
		MultiStatus summary = new MultiStatus(SourcebenchUi.PLUGIN_ID, 0, message);
		for (int i = 0; i < left.size(); i++) {
			Source source = left.get(i);
			String name = source.getOriginalFileName() == null ? ElementLabels.text(source)
					: NLS.bind(Messages.Import_titleAndFile, ElementLabels.text(source), source.getOriginalFileName());
			summary.add(Status.warning(NLS.bind(i == 0 ? Messages.Import_cancelledCurrent : Messages.Import_cancelledNotStarted, name)));
		}
		return summary;
	}

	/** A source left without analysis results: past the time limit, or the engine failed on it. */
	private IStatus failure(Source source, RuntimeException e) {
		if (e instanceof ExtractionStoppedException stopped && stopped.reason() == ExtractionStoppedException.Reason.TIME_LIMIT) {
			// the title the views show, and the file (the import's own problems name files)
			return Status.warning(NLS.bind(Messages.Import_timeLimit,
					new Object[] { ElementLabels.text(source), stopped.document(), timeLimit.toSeconds() }));
		}
		String detail = e instanceof ExtractionStoppedException stopped ? stopped.detail() : e.getMessage();
		return Status.warning(NLS.bind(Messages.Import_extractionFailed, ElementLabels.text(source), detail), e);
	}

	private static String extensionOf(Path file) {
		String name = file.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return dot < 0 ? Messages.Import_noExtension : name.substring(dot);
	}

	private DossierImport.Outcome importFiles(SubMonitor progress) {
		progress.setWorkRemaining(1000);
		ImportListener listener = new ImportListener() {
			@Override
			public void fileStarted(Path file, int index, int total) {
				progress.setTaskName(getName());
				progress.subTask(NLS.bind(Messages.Import_reading, new Object[] { file.getFileName(), index, total }));
				progress.setWorkRemaining(Math.max(1, total - index + 1));
				progress.worked(1);
			}

			@Override
			public boolean isCancelled() {
				return progress.isCanceled();
			}
		};
		return new DossierImport(domain, dossier).run(inputs, new ArticleImporter(), listener);
	}

	private DossierExtraction.Outcome extract(List<Source> sources, SubMonitor progress) {
		progress.setWorkRemaining(sources.size());
		synchronized (ImportArticlesJob.class) {
			if (engine == null) {
				engine = ExtractionEngine.createDefault();
			}
			// a hang in one article (a defect no exception guard catches) costs that article, not the import
			// Cancel ends the running article within one stage; the articles analysed before it are recorded (one
			// command), the outcome names the others; the signal is polled on this thread
			return new DossierExtraction(engine, timeLimit).run(domain, dossier, sources, (index, source) -> {
				progress.subTask(NLS.bind(Messages.Import_extracting,
						new Object[] { ElementLabels.shorten(ElementLabels.text(source)), index, sources.size() }));
				progress.worked(1);
			}, progress::isCanceled);
		}
	}

	private void applyDefaultReliability(List<Source> sources) {
		if (defaultReliability == null || sources.isEmpty() || sources.stream().allMatch(s -> s.getReliability() == defaultReliability)) {
			return;
		}
		CompoundCommand all = new CompoundCommand();
		sources.forEach(s -> all.append(new SetReliabilityCommand(domain, s, defaultReliability)));
		all.setLabel(all.getCommandList().get(0).getLabel());
		domain.getCommandStack().execute(all);
	}

	/** Makes imports into the same dossier wait for each other. */
	private record DossierRule(Dossier dossier) implements org.eclipse.core.runtime.jobs.ISchedulingRule {
		@Override
		public boolean contains(org.eclipse.core.runtime.jobs.ISchedulingRule rule) {
			return rule == this;
		}

		@Override
		public boolean isConflicting(org.eclipse.core.runtime.jobs.ISchedulingRule rule) {
			return rule instanceof DossierRule other && other.dossier == dossier;
		}
	}
}
