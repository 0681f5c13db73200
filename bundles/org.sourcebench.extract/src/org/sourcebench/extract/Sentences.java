package org.sourcebench.extract;

import java.util.List;
import java.util.function.ObjIntConsumer;

/**
 * The one guard of the stages that read a document sentence by sentence (the parsed readers of relations, claims and
 * actors): each sentence is read in isolation, so that an engine defect on one sentence costs that sentence's output
 * only, not the stage's. A sentence whose reading throws a {@link RuntimeException} is reported as an
 * {@link ExtractionWarning} naming the stage and the sentence's index ({@link ExtractionWarning#sentence()}), what it
 * had added to the stage's output list is removed again, and the next sentence is read. The caller's cancellation
 * signal is looked at before each sentence ({@link ExtractionCancelledException}).
 * <p>
 * Within {@link ExtractionEngine#extract} only (the running stage is known on the extracting thread); called from
 * anywhere else (a trainer, a test of one reader), the sentences are read as a plain loop and an exception passes.
 * Tests make one sentence fail with {@code -Dsourcebench.test.failing-stage=STAGE@sentence:N} (the sentence at index N
 * of that stage; optionally followed by {@code @DOCUMENT}, see {@link Stages}). Adds one call per sentence: no
 * measurable cost, and the output is identical when nothing fails.
 */
public final class Sentences {

	private Sentences() {
	}

	/**
	 * Reads each of {@code sentences} in turn with {@code read} (the sentence and its index), isolated.
	 *
	 * @param out  the list the stage adds the sentences' output to (may be null): what a failing sentence added to it is
	 *             removed
	 * @param read reads one sentence (a {@code return} in it goes on with the next, as {@code continue} in a loop)
	 * @throws ExtractionCancelledException when the caller cancelled the extraction
	 */
	public static <S> void each(List<S> sentences, List<?> out, ObjIntConsumer<S> read) {
		Stages stages = Stages.current();
		if (stages == null) {
			for (int i = 0; i < sentences.size(); i++) {
				read.accept(sentences.get(i), i);
			}
			return;
		}
		for (int i = 0; i < sentences.size(); i++) {
			stages.checkCancelled();
			int before = out == null ? 0 : out.size();
			try {
				stages.injectSentence(i);
				read.accept(sentences.get(i), i);
			} catch (ExtractionCancelledException e) {
				throw e;
			} catch (RuntimeException e) {
				if (out != null && out.size() > before) {
					out.subList(before, out.size()).clear();
				}
				stages.sentenceFailed(i, e);
			}
		}
	}
}
