package org.sourcebench.extract.relations;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.ExtractedRelationship;
import org.sourcebench.extract.TextSpan;
import org.sourcebench.extract.actors.DocActor;
import org.sourcebench.extract.actors.DocActors;
import org.sourcebench.extract.eval.RelationTrainer;
import org.sourcebench.extract.syntax.ParsedSentence;
import org.sourcebench.model.ActorKind;

/**
 * The learned relation model: its candidates and features on hand-written parses, a tiny model trained on them, the
 * shipped model file, and determinism.
 */
class LearnedRelationsTest {

	private static final String SHELLED = "Gondor/Gondor/PROPN/2/nsubj shelled/shell/VERB/0/root"
			+ " Mordor/Mordor/PROPN/2/obj ././PUNCT/2/punct";
	private static final String NOT_SHELLED = "Gondor/Gondor/PROPN/4/nsubj did/do/AUX/4/aux not/not/PART/4/advmod"
			+ " shell/shell/VERB/0/root Mordor/Mordor/PROPN/4/obj ././PUNCT/4/punct";
	private static final String SAID_SHELLED = "Gondor/Gondor/PROPN/2/nsubj said/say/VERB/0/root"
			+ " Rohan/Rohan/PROPN/4/nsubj shelled/shell/VERB/2/ccomp Mordor/Mordor/PROPN/4/obj ././PUNCT/2/punct";
	private static final String ROHAN_SHELLED = "Rohan/Rohan/PROPN/2/nsubj shelled/shell/VERB/0/root"
			+ " Gondor/Gondor/PROPN/2/obj ././PUNCT/2/punct";
	private static final List<String> NAMES = List.of("Gondor", "Mordor", "Rohan");

	private static DocActors actors(ParsedSentence s) {
		DocActors actors = new DocActors();
		for (int i = 0; i < s.size(); i++) {
			if (NAMES.contains(s.word(i))) {
				DocActor a = actors.actor(s.word(i), ActorKind.STATE, "", 1.0);
				actors.mention(a, s.start(i), s.end(i));
			}
		}
		return actors;
	}

	private static final LearnedRelations.Model EMPTY = new LearnedRelations.Model(List.of(LearnedRelations.NONE),
			java.util.Map.of(), Double.POSITIVE_INFINITY);

	private static List<RelationCandidates.Candidate> candidates(String tokens, List<ExtractedRelationship> rules) {
		ParsedSentence s = HandParses.sentence(tokens);
		return new LearnedRelations(EMPTY, null).candidates().candidates(HandParses.body(s), List.of(s), actors(s),
				rules);
	}

	private static RelationCandidates.Candidate find(List<RelationCandidates.Candidate> cs, String pair) {
		return cs.stream().filter(c -> c.pair().equals(pair)).findFirst().orElse(null);
	}

	@Test
	void everyTwoActorsOfASentenceAreACandidateBothWaysWithPathTriggerAndRoles() {
		List<RelationCandidates.Candidate> cs = candidates(SHELLED, List.of());
		assertEquals(2, cs.size(), cs.toString());
		RelationCandidates.Candidate forward = find(cs, "Gondor|Mordor");
		RelationCandidates.Candidate backward = find(cs, "Mordor|Gondor");
		assertEquals(1, forward.trigger(), "the verb joining them is the trigger");
		assertTrue(forward.features().containsAll(List.of("p=^nsubj_obj", "ro=nsubj|obj", "tr=19", "trr=19|nsubj|obj",
				"k=STATE|STATE", "o=st", "ru=none")), forward.features().toString());
		assertTrue(backward.features().containsAll(List.of("p=^obj_nsubj", "ro=obj|nsubj", "o=ts")),
				backward.features().toString());
	}

	@Test
	void negatedEventsAreNoCandidatesReportedSpeechAndTheRuleReadersAreFeatures() {
		assertTrue(candidates(NOT_SHELLED, List.of()).isEmpty(), "a negated event makes no candidate");
		RelationCandidates.Candidate speaker = find(candidates(SAID_SHELLED, List.of()), "Gondor|Mordor");
		assertTrue(speaker.features().contains("speech"), "the speaker reaches the target through the complement: "
				+ speaker.features());
		assertFalse(find(candidates(SAID_SHELLED, List.of()), "Rohan|Mordor").features().contains("speech"));

		ParsedSentence s = HandParses.sentence(SHELLED);
		ExtractedRelationship rule = new ExtractedRelationship("Gondor", "Mordor", "190",
				TextSpan.of(HandParses.body(s), 0, 6), 0.6);
		List<RelationCandidates.Candidate> cs = candidates(SHELLED, List.of(rule));
		assertTrue(find(cs, "Gondor|Mordor").features().contains("ru=19"));
		assertTrue(find(cs, "Mordor|Gondor").features().contains("rr=19"));
	}

	/** A model trained on three hand-parsed sentences: an attack is 19 from subject to object, a negated one none. */
	private static LearnedRelations.Model tiny() {
		List<List<String>> features = new ArrayList<>();
		List<String> labels = new ArrayList<>();
		for (RelationCandidates.Candidate c : candidates(SHELLED, List.of())) {
			features.add(c.features());
			labels.add(c.pair().equals("Gondor|Mordor") ? "19" : LearnedRelations.NONE);
		}
		for (String tokens : List.of(NOT_SHELLED, SAID_SHELLED)) {
			for (RelationCandidates.Candidate c : candidates(tokens, List.of())) {
				features.add(c.features());
				labels.add(c.pair().equals("Rohan|Mordor") ? "19" : LearnedRelations.NONE);
			}
		}
		return RelationTrainer.tiny(features, labels, 0.5);
	}

	private static List<ExtractedRelationship> read(LearnedRelations.Model model, String tokens,
			List<ExtractedRelationship> out) {
		ParsedSentence s = HandParses.sentence(tokens);
		new LearnedRelations(model, null).read(HandParses.body(s), List.of(s), actors(s), out);
		return out;
	}

	@Test
	void aTinyTrainedModelAddsTheDirectionItLearnedAndNothingTwice() {
		LearnedRelations.Model model = tiny();
		assertEquals(List.of(LearnedRelations.NONE, "19"), model.classes());
		List<ExtractedRelationship> out = read(model, ROHAN_SHELLED, new ArrayList<>());
		assertEquals(1, out.size(), out.toString());
		ExtractedRelationship r = out.get(0);
		assertEquals("Rohan", r.from());
		assertEquals("Gondor", r.to());
		assertEquals("19", r.cameoCode());
		assertEquals("Rohan shelled Gondor", r.evidence().text());
		assertTrue(r.confidence() >= 0.5 && r.confidence() <= 1, r.toString());
		assertEquals(1, read(model, ROHAN_SHELLED, out).size(), "a triple already there is not added again");
		assertTrue(read(model, NOT_SHELLED, new ArrayList<>()).isEmpty(), "nothing from a negated attack");
	}

	@Test
	void trainingAndReadingAreDeterministic() {
		LearnedRelations.Model a = tiny();
		LearnedRelations.Model b = tiny();
		assertEquals(a.weights().keySet(), b.weights().keySet());
		a.weights().forEach((f, w) -> assertArrayEquals(w, b.weights().get(f), f));
		assertEquals(read(a, SAID_SHELLED, new ArrayList<>()), read(b, SAID_SHELLED, new ArrayList<>()));
	}

	@Test
	void theShippedModelLoadsWithItsClassesAndThreshold() {
		LearnedRelations.Model m = LearnedRelations.standard().model();
		assertEquals(LearnedRelations.NONE, m.classes().get(0));
		assertTrue(m.classes().containsAll(List.of("04", "11", "19")), m.classes().toString());
		assertTrue(m.threshold() > 0 && m.threshold() < 1, "lowest threshold " + m.threshold());
		assertEquals(m.classes().size(), m.thresholds().length);
		assertTrue(m.weights().size() > 100, m.weights().size() + " features");
		double[] p = m.probabilities(candidates(SHELLED, List.of()).get(0).features());
		assertEquals(1.0, java.util.Arrays.stream(p).sum(), 1e-9);
	}

	@Test
	void aHandSetModelDropsAndRetypesTheRuleReadersRelationships() throws IOException {
		Path file = Files.createTempFile("learned-relations", ".tsv");
		try {
			// the rules' 04 of the pair scores low (dropped); where the rules said 19 the model says 04
			Files.writeString(file, "@classes\tnone 04 19\n@threshold\tInfinity\n@drop\t0.2\n@retype\t0.6\n"
					+ "ru=04\t2 0 -2\nru=19\t-1 1.5 0.5\n");
			LearnedRelations.Model m = LearnedRelations.load(file);
			assertEquals(0.2, m.drop());
			assertEquals(0.6, m.retype());
			ParsedSentence s = HandParses.sentence(SHELLED);
			TextSpan span = TextSpan.of(HandParses.body(s), 0, 6);
			List<ExtractedRelationship> dropped = read(m, SHELLED,
					new ArrayList<>(List.of(new ExtractedRelationship("Gondor", "Mordor", "040", span, 0.6))));
			assertTrue(dropped.isEmpty(), dropped.toString());
			List<ExtractedRelationship> retyped = read(m, SHELLED,
					new ArrayList<>(List.of(new ExtractedRelationship("Gondor", "Mordor", "190", span, 0.6))));
			assertEquals(List.of("04"), retyped.stream().map(ExtractedRelationship::root).toList(), retyped.toString());
			List<ExtractedRelationship> unknown = read(m, SHELLED,
					new ArrayList<>(List.of(new ExtractedRelationship("Gondor", "Mordor", "010", span, 0.6))));
			assertEquals(List.of("010"), unknown.stream().map(ExtractedRelationship::cameoCode).toList(),
					"a root the model has no class for is left alone");
		} finally {
			Files.delete(file);
		}
	}

	@Test
	void aModelFileLoadsAndABadLineIsNamed() throws IOException {
		Path file = Files.createTempFile("learned-relations", ".tsv");
		try {
			loadsAndNamesBadLines(file);
		} finally {
			Files.delete(file);
		}
	}

	private static void loadsAndNamesBadLines(Path file) throws IOException {
		Files.writeString(file, "# a hand-set model\n@classes\tnone 19\n@threshold\t0.5\nb\t1 -1\ntr=19\t0 3\n");
		LearnedRelations.Model m = LearnedRelations.load(file);
		assertEquals(0.5, m.threshold());
		double[] p = m.probabilities(List.of("b", "tr=19"));
		assertEquals(Math.exp(2) / (Math.exp(1) + Math.exp(2)), p[1], 1e-6);
		assertNotNull(m.weights().get("tr=19"));

		Files.writeString(file, "@classes\tnone 04 19\n@threshold\tInfinity Infinity 0.4\nb\t0 0 0\n");
		LearnedRelations.Model perClass = LearnedRelations.load(file);
		assertEquals(Double.POSITIVE_INFINITY, perClass.threshold(1), "04 is never added");
		assertEquals(0.4, perClass.threshold(2));
		assertEquals(0.4, perClass.threshold());

		Files.writeString(file, "@classes\tnone 19\nb\t1\n");
		IOException e = assertThrows(IOException.class, () -> LearnedRelations.load(file));
		assertTrue(e.getMessage().contains(file + " line 2"), e.getMessage());
		Files.writeString(file, "@classes\t19 none\n");
		assertThrows(IOException.class, () -> LearnedRelations.load(file));
	}
}
