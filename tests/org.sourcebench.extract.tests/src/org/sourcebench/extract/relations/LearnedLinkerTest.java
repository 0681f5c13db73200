package org.sourcebench.extract.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.ExtractedRelationship;
import org.sourcebench.extract.TextSpan;
import org.sourcebench.extract.actors.DocActor;
import org.sourcebench.extract.actors.DocActors;
import org.sourcebench.extract.syntax.ParsedSentence;
import org.sourcebench.model.ActorKind;

/** The learned relation linker: its candidates and features on hand-written parses, and a tiny hand-set model. */
class LearnedLinkerTest {

	private static final String ACTIVE = "Gondor/Gondor/PROPN/2/nsubj shelled/shell/VERB/0/root Mordor/Mordor/PROPN/2/obj"
			+ " ././PUNCT/2/punct";
	private static final String PASSIVE = "Mordor/Mordor/PROPN/3/nsubj:pass was/be/AUX/3/aux:pass"
			+ " shelled/shell/VERB/0/root by/by/ADP/5/case Gondor/Gondor/PROPN/3/obl:agent ././PUNCT/3/punct";
	private static final String NEGATED = "Gondor/Gondor/PROPN/4/nsubj did/do/AUX/4/aux not/not/PART/4/advmod"
			+ " shell/shell/VERB/0/root Mordor/Mordor/PROPN/4/obj ././PUNCT/4/punct";

	private static final String REPORTED = "Gondor/Gondor/PROPN/2/nsubj said/say/VERB/0/root"
			+ " Rohan/Rohan/PROPN/4/nsubj shelled/shell/VERB/2/ccomp Mordor/Mordor/PROPN/4/obj ././PUNCT/2/punct";

	/** Weights that favour a subject source and an object target, and nothing else. */
	private static final Map<String, Double> TINY = Map.of("bias", -4.0, "ps=_nsubj", 3.0, "pt=_obj", 3.0,
			"neg|19", -5.0);

	private static DocActors actors(ParsedSentence s) {
		DocActors actors = new DocActors();
		for (int i = 0; i < s.size(); i++) {
			if (List.of("Gondor", "Mordor", "Rohan").contains(s.word(i))) {
				DocActor a = actors.actor(s.word(i), ActorKind.STATE, "", 1.0);
				actors.mention(a, s.start(i), s.end(i));
			}
		}
		return actors;
	}

	private static List<LinkerFeatures.Candidate> candidates(ParsedSentence s, List<ExtractedRelationship> rules) {
		return new LearnedLinker(Map.of(), 0.5, null).features().candidates(List.of(s), actors(s), rules);
	}

	private static LinkerFeatures.Candidate find(List<LinkerFeatures.Candidate> cs, String from, String root) {
		return cs.stream().filter(c -> c.source().actor().name().equals(from) && c.root().equals(root)).findFirst()
				.orElse(null);
	}

	@Test
	void pathsClimbToTheCommonHeadThenDescend() {
		ParsedSentence s = HandParses.sentence(PASSIVE);
		assertEquals("_nsubj:pass", LinkerFeatures.path(s, 2, 0));
		assertEquals("_obl:agent", LinkerFeatures.path(s, 2, 4));
		assertEquals("^nsubj:pass_obl:agent", LinkerFeatures.path(s, 0, 4));
		assertEquals("=", LinkerFeatures.path(s, 2, 2));
		assertEquals("^case^obl:agent", LinkerFeatures.path(s, 3, 2));
	}

	@Test
	void aTriggerPairsEveryTwoActorsOfItsSentenceBothWays() {
		List<LinkerFeatures.Candidate> cs = candidates(HandParses.sentence(ACTIVE), List.of());
		LinkerFeatures.Candidate forward = find(cs, "Gondor", "19");
		LinkerFeatures.Candidate backward = find(cs, "Mordor", "19");
		assertEquals("Gondor|Mordor|19", forward.key());
		assertEquals("Mordor|Gondor|19", backward.key());
		assertTrue(forward.features().containsAll(List.of("ps=_nsubj", "pt=_obj", "v=act|_nsubj", "r=19",
				"ks=STATE", "ord=S<TT<GS<G")), forward.features().toString());
		assertTrue(backward.features().containsAll(List.of("ps=_obj", "pt=_nsubj")));
		assertTrue(cs.stream().allMatch(c -> c.trigger() == 1), "only the verb is a trigger: " + cs);
	}

	@Test
	void theSpeakerOfAReportedEventIsNoSideOfIt() {
		List<LinkerFeatures.Candidate> cs = candidates(HandParses.sentence(REPORTED), List.of());
		assertEquals("Rohan|Mordor|19", find(cs, "Rohan", "19").key());
		assertTrue(cs.stream().noneMatch(c -> c.source().actor().name().equals("Gondor")
				|| c.target().actor().name().equals("Gondor")), cs.toString());
		assertTrue(cs.stream().allMatch(c -> c.trigger() == 3), "'say' codes no event: " + cs);
	}

	@Test
	void voiceNegationAndTheRuleReadersAreFeatures() {
		LinkerFeatures.Candidate passive = find(candidates(HandParses.sentence(PASSIVE), List.of()), "Gondor", "19");
		assertTrue(passive.features().contains("v=pass|_obl:agent"), passive.features().toString());
		LinkerFeatures.Candidate negated = find(candidates(HandParses.sentence(NEGATED), List.of()), "Gondor", "19");
		assertTrue(negated.features().contains("neg|19"));
		ParsedSentence s = HandParses.sentence(ACTIVE);
		ExtractedRelationship rule = new ExtractedRelationship("Gondor", "Mordor", "19",
				TextSpan.of(HandParses.body(s), 0, 6), 0.6);
		List<LinkerFeatures.Candidate> cs = candidates(s, List.of(rule));
		assertTrue(find(cs, "Gondor", "19").features().contains("rules=same"));
		assertTrue(find(cs, "Mordor", "19").features().contains("rules=reverse|19"));
	}

	@Test
	void theModelAddsWhatScoresAboveItsThresholdAndTheRulesLackedOnly() {
		ParsedSentence s = HandParses.sentence(ACTIVE);
		List<List<LinkerFeatures.Candidate>> seen = new ArrayList<>();
		LearnedLinker linker = new LearnedLinker(TINY, 0.8, (body, actors, rules, cs) -> seen.add(cs));
		List<ExtractedRelationship> out = new ArrayList<>();
		linker.read(HandParses.body(s), List.of(s), actors(s), out);
		assertEquals(1, seen.size());
		assertTrue(out.stream().anyMatch(r -> r.from().equals("Gondor") && r.to().equals("Mordor")
				&& r.cameoCode().equals("19") && r.evidence().text().equals("Gondor shelled Mordor")), out.toString());
		assertFalse(out.stream().anyMatch(r -> r.from().equals("Mordor")), "the object is no source: " + out);
		int added = out.size();
		linker.read(HandParses.body(s), List.of(s), actors(s), out);
		assertEquals(added, out.size(), "nothing the list already has is added again");

		List<ExtractedRelationship> none = new ArrayList<>();
		ParsedSentence n = HandParses.sentence(NEGATED);
		linker.read(HandParses.body(n), List.of(n), actors(n), none);
		assertNull(none.stream().filter(r -> r.root().equals("19")).findFirst().orElse(null), none.toString());
	}

	@Test
	void aModelFileLoadsAndABadLineIsNamed() throws IOException {
		Path model = Files.createTempFile("linker", ".tsv");
		try {
			loadsAndNamesBadLines(model);
		} finally {
			Files.delete(model);
		}
	}

	private static void loadsAndNamesBadLines(Path model) throws IOException {
		Files.writeString(model, "# a tiny model\n@threshold\t0.8\nbias\t-4.0\nps=_nsubj\t3.0\npt=_obj\t3.0\n");
		LearnedLinker linker = LearnedLinker.load(model);
		assertEquals(1 / (1 + Math.exp(-2.0)), linker.probability(List.of("bias", "ps=_nsubj", "pt=_obj")), 1e-9);
		ParsedSentence s = HandParses.sentence(ACTIVE);
		List<ExtractedRelationship> out = new ArrayList<>();
		linker.read(HandParses.body(s), List.of(s), actors(s), out);
		assertTrue(out.stream().anyMatch(r -> r.from().equals("Gondor") && r.to().equals("Mordor") && r.root().equals("19")), out.toString());

		Files.writeString(model, "@threshold\t0.8\nbias -4.0\n");
		IOException e = assertThrows(IOException.class, () -> LearnedLinker.load(model));
		assertTrue(e.getMessage().contains(model + " line 2"), e.getMessage());
	}

	@Test
	void probabilitiesFollowTheWeights() {
		LearnedLinker linker = new LearnedLinker(TINY, 0.5, null);
		assertEquals(0.5, linker.probability(List.of("unknown")), 1e-9);
		assertEquals(1 / (1 + Math.exp(-2.0)), linker.probability(List.of("bias", "ps=_nsubj", "pt=_obj")), 1e-9);
	}
}
