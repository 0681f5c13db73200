package org.sourcebench.extract.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The English UD models of org.apache.opennlp:opennlp-models-*-en:1.3.0, loaded once each (lazy holders) from the
 * class path of this bundle. In OSGi the model jars are attached as fragments of this bundle, so this class loader
 * sees their root entries. Models are immutable and shared; the *ME classes that use them are not thread-safe and
 * are created per call.
 */
public final class OpenNlpModels {

	public static final String SENTENCE_ENTRY = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
	public static final String TOKENIZER_ENTRY = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
	public static final String POS_ENTRY = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
	public static final String LEMMATIZER_ENTRY = "opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";

	private OpenNlpModels() {
	}

	public static SentenceModel sentences() {
		return SentenceHolder.MODEL;
	}

	public static TokenizerModel tokens() {
		return TokenizerHolder.MODEL;
	}

	public static POSModel pos() {
		return PosHolder.MODEL;
	}

	public static LemmatizerModel lemmas() {
		return LemmatizerHolder.MODEL;
	}

	private interface Loader<T> {
		T load(InputStream in) throws IOException;
	}

	private static <T> T load(String entry, Loader<T> loader) {
		ClassLoader cl = OpenNlpModels.class.getClassLoader();
		try (InputStream in = cl.getResourceAsStream(entry)) {
			if (in == null) {
				throw new IllegalStateException("OpenNLP model " + entry + " is not on the class path of "
						+ "org.sourcebench.extract (attach the opennlp-models-*-en jars)");
			}
			return loader.load(in);
		} catch (IOException e) {
			throw new UncheckedIOException("cannot read OpenNLP model " + entry, e);
		}
	}

	private static final class SentenceHolder {
		static final SentenceModel MODEL = load(SENTENCE_ENTRY, SentenceModel::new);
	}

	private static final class TokenizerHolder {
		static final TokenizerModel MODEL = load(TOKENIZER_ENTRY, TokenizerModel::new);
	}

	private static final class PosHolder {
		static final POSModel MODEL = load(POS_ENTRY, POSModel::new);
	}

	private static final class LemmatizerHolder {
		static final LemmatizerModel MODEL = load(LEMMATIZER_ENTRY, LemmatizerModel::new);
	}
}
