package org.sourcebench.extract.nlp;

import java.util.ArrayList;
import java.util.List;

import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;

/**
 * Splits a body into paragraphs (one per line), sentences (OpenNLP sentence detector per paragraph) and tokens
 * (OpenNLP tokenizer per sentence), keeping body offsets. Stateless; safe to share.
 */
public final class TextAnalyzer {

    public AnalyzedText analyze(String body) {
        SentenceDetectorME detector = new SentenceDetectorME(OpenNlpModels.sentences());
        TokenizerME tokenizer = new TokenizerME(OpenNlpModels.tokens());
        List<Sentence> sentences = new ArrayList<>();
        List<Token> tokens = new ArrayList<>();
        int paragraph = 0;
        int start = 0;
        while (start <= body.length()) {
            int nl = body.indexOf('\n', start);
            int end = nl < 0 ? body.length() : nl;
            String para = body.substring(start, end);
            if (!para.isBlank()) {
                for (Span s : detector.sentPosDetect(para)) {
                    int sb = start + s.getStart();
                    String text = body.substring(sb, start + s.getEnd());
                    int first = tokens.size();
                    for (Span t : tokenizer.tokenizePos(text)) {
                        tokens.add(new Token(sb + t.getStart(), sb + t.getEnd(),
                                text.substring(t.getStart(), t.getEnd()), sentences.size()));
                    }
                    sentences.add(new Sentence(sentences.size(), sb, sb + text.length(), first, tokens.size(),
                            paragraph));
                }
                paragraph++;
            }
            if (nl < 0) {
                break;
            }
            start = nl + 1;
        }
        return new AnalyzedText(body, sentences, tokens);
    }
}
