package org.sourcebench.model.edit.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sourcebench.model.Actor;
import org.sourcebench.model.ActorKind;
import org.sourcebench.model.AdmiraltyReliability;
import org.sourcebench.model.Claim;
import org.sourcebench.model.ClaimCredibility;
import org.sourcebench.model.Dossier;
import org.sourcebench.model.Dossiers;
import org.sourcebench.model.Relationship;
import org.sourcebench.model.RelationshipStatus;
import org.sourcebench.model.Source;
import org.sourcebench.model.Span;
import org.sourcebench.model.edit.DossierEditingDomains;

class CommandsTest {

	private static final String BODY = "Chancellor Scholz met Macron in Paris. Olaf Scholz said the talks were good. "
			+ "Macron said France agrees. Scholz later left.";

	private Dossier dossier;
	private AdapterFactoryEditingDomain domain;
	private CommandStack stack;
	private Source source;
	private Actor scholz;
	private Actor olafScholz;
	private Actor macron;
	private Claim saidGood;
	private Claim agrees;
	private Relationship met;
	private Relationship reply;

	@BeforeEach
	void buildDossier() {
		dossier = Dossiers.newDossier("Merge test");
		source = Dossiers.newSource(BODY);
		source.setTitle("Paris talks");
		dossier.getSources().add(source);

		scholz = Dossiers.newActor("Scholz", ActorKind.PERSON);
		scholz.getAliases().add("Chancellor Scholz");
		scholz.getMentions().add(span("Chancellor Scholz"));
		scholz.getMentions().add(span("Scholz later"));
		olafScholz = Dossiers.newActor("Olaf Scholz", ActorKind.PERSON);
		olafScholz.getAliases().add("the Chancellor");
		olafScholz.setCountry("DE");
		olafScholz.setExternalId("Q61053");
		olafScholz.getMentions().add(span("Olaf Scholz"));
		macron = Dossiers.newActor("Macron", ActorKind.PERSON);
		macron.getMentions().add(span("Macron"));
		dossier.getActors().addAll(List.of(scholz, macron, olafScholz));

		saidGood = Dossiers.newClaim(olafScholz, "the talks were good");
		saidGood.setEvidence(span("the talks were good"));
		saidGood.getAboutActors().add(macron);
		saidGood.getAboutActors().add(olafScholz);
		agrees = Dossiers.newClaim(macron, "France agrees");
		agrees.getAboutActors().add(olafScholz);
		agrees.getAboutActors().add(scholz);
		dossier.getClaims().addAll(List.of(saidGood, agrees));

		met = Dossiers.newRelationship(olafScholz, macron, "043");
		met.getEvidence().add(span("Chancellor Scholz met Macron"));
		reply = Dossiers.newRelationship(macron, olafScholz, "013");
		dossier.getRelationships().addAll(List.of(met, reply));

		domain = DossierEditingDomains.createFor(dossier);
		stack = domain.getCommandStack();
	}

	private Span span(String text) {
		int begin = BODY.indexOf(text);
		return Dossiers.newSpan(source, begin, begin + text.length());
	}

	/** The dossier as XMI text: ids, values, references and list order; equal text means an identical dossier. */
	private String snapshot() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			dossier.eResource().save(out, Map.of());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toString(StandardCharsets.UTF_8);
	}

	/** Executes, undoes and redoes {@code command}, checking that undo restores and redo repeats exactly. */
	private void executeUndoRedo(Command command, Runnable assertDone) {
		String before = snapshot();
		assertTrue(command.canExecute(), command.getLabel());
		stack.execute(command);
		assertDone.run();
		String after = snapshot();
		assertNotEquals(before, after);

		stack.undo();
		assertEquals(before, snapshot(), "undo of " + command.getLabel());

		stack.redo();
		assertEquals(after, snapshot(), "redo of " + command.getLabel());
		assertDone.run();
	}

	@Test
	void createElementAddsAnActorWithAnIdAndUndoRemovesIt() {
		Actor merkel = Dossiers.newActor("Angela Merkel", ActorKind.PERSON);
		CreateElementCommand command = new CreateElementCommand(domain, dossier, merkel);

		assertEquals("Create Actor", command.getLabel());
		executeUndoRedo(command, () -> assertTrue(dossier.getActors().contains(merkel)));
		assertEquals(List.of(merkel), List.copyOf(command.getAffectedObjects()));
	}

	@Test
	void createElementPutsEachKindInItsPlace() {
		stack.execute(new CreateElementCommand(domain, dossier, Dossiers.newSource("other")));
		stack.execute(new CreateElementCommand(domain, dossier, Dossiers.newLocation("Paris", org.sourcebench.model.LocationKind.CITY)));
		stack.execute(new CreateElementCommand(domain, dossier, Dossiers.newClaim(macron, "x")));
		stack.execute(new CreateElementCommand(domain, dossier, Dossiers.newRelationship(macron, scholz, "01")));

		assertEquals(List.of(2, 1, 3, 3), List.of(dossier.getSources().size(), dossier.getLocations().size(), dossier.getClaims().size(),
				dossier.getRelationships().size()));
		assertThrows(IllegalArgumentException.class, () -> new CreateElementCommand(domain, dossier, span("Macron")));
	}

	@Test
	void deletingAnActorRemovesItsRelationshipsAndReferencesAndUndoRestoresThem() {
		DeleteElementCommand command = new DeleteElementCommand(domain, List.of(olafScholz));

		assertEquals("Delete", command.getLabel());
		executeUndoRedo(command, () -> {
			assertFalse(dossier.getActors().contains(olafScholz));
			assertEquals(List.of(), dossier.getRelationships());
			assertNull(saidGood.getSpeaker());
			assertEquals(List.of(macron), saidGood.getAboutActors());
			assertEquals(List.of(scholz), agrees.getAboutActors());
		});
		stack.undo();
		assertSame(olafScholz, saidGood.getSpeaker());
		assertSame(olafScholz, met.getFrom());
	}

	@Test
	void deletingASourceRemovesTheEvidenceThatPointsIntoIt() {
		executeUndoRedo(new DeleteElementCommand(domain, List.of(source)), () -> {
			assertEquals(List.of(), dossier.getSources());
			assertEquals(List.of(), scholz.getMentions());
			assertNull(saidGood.getEvidence());
			assertEquals(List.of(), met.getEvidence());
			assertEquals(2, dossier.getClaims().size());
		});
	}

	@Test
	void renamingChangesTheNameAndUndoRestoresIt() {
		RenameCommand command = new RenameCommand(domain, macron, "Emmanuel Macron");

		assertEquals("Rename", command.getLabel());
		executeUndoRedo(command, () -> assertEquals("Emmanuel Macron", macron.getCanonicalName()));
		executeUndoRedo(new RenameCommand(domain, source, "Talks in Paris"), () -> assertEquals("Talks in Paris", source.getTitle()));
		executeUndoRedo(new RenameCommand(domain, dossier, "Paris"), () -> assertEquals("Paris", dossier.getName()));
		assertThrows(IllegalArgumentException.class, () -> new RenameCommand(domain, saidGood, "x"));
	}

	@Test
	void settingReliabilityIsUndoable() {
		SetReliabilityCommand command = new SetReliabilityCommand(domain, source, AdmiraltyReliability.B);

		assertEquals("Set Reliability", command.getLabel());
		executeUndoRedo(command, () -> assertEquals(AdmiraltyReliability.B, source.getReliability()));
	}

	@Test
	void settingCredibilityIsUndoable() {
		SetCredibilityCommand command = new SetCredibilityCommand(domain, agrees, ClaimCredibility.DOUBTFUL);

		assertEquals("Set Credibility", command.getLabel());
		executeUndoRedo(command, () -> assertEquals(ClaimCredibility.DOUBTFUL, agrees.getCredibility()));
	}

	@Test
	void settingRelationshipStatusIsUndoable() {
		SetRelationshipStatusCommand command = new SetRelationshipStatusCommand(domain, met, RelationshipStatus.REJECTED);

		assertEquals("Set Relationship Status", command.getLabel());
		executeUndoRedo(command, () -> assertEquals(RelationshipStatus.REJECTED, met.getStatus()));
	}

	@Test
	void mergingActorsMovesMentionsClaimsRelationshipsAndNames() {
		MergeActorsCommand command = new MergeActorsCommand(domain, scholz, olafScholz);

		assertEquals("Merge Actors", command.getLabel());
		executeUndoRedo(command, () -> {
			assertEquals(List.of(scholz, macron), dossier.getActors());
			assertEquals(List.of("Chancellor Scholz", "Olaf Scholz", "the Chancellor"), scholz.getAliases());
			assertEquals(List.of("Chancellor Scholz", "Scholz later", "Olaf Scholz"), scholz.getMentions().stream().map(Span::getText).toList());
			assertSame(scholz, saidGood.getSpeaker());
			assertEquals(List.of(macron, scholz), saidGood.getAboutActors());
			assertEquals(List.of(scholz), agrees.getAboutActors(), "no duplicate when both were about");
			assertSame(scholz, met.getFrom());
			assertSame(scholz, reply.getTo());
			assertEquals("DE", scholz.getCountry());
			assertEquals("Q61053", scholz.getExternalId());
		});
	}

	@Test
	void undoingAMergeRestoresTheMergedActorWithItsIdAndPositions() {
		String mergedId = olafScholz.getId();
		String before = snapshot();
		stack.execute(new MergeActorsCommand(domain, scholz, olafScholz));

		stack.undo();

		assertEquals(before, snapshot());
		assertSame(olafScholz, dossier.getActors().get(2));
		assertEquals(mergedId, olafScholz.getId());
		assertEquals(List.of("Olaf Scholz"), olafScholz.getMentions().stream().map(Span::getText).toList());
		assertEquals(List.of(olafScholz, scholz), agrees.getAboutActors());
		assertNull(scholz.getCountry());
	}

	@Test
	void anActorCannotBeMergedIntoItself() {
		assertFalse(new MergeActorsCommand(domain, scholz, scholz).canExecute());
		assertFalse(new MergeActorsCommand(domain, scholz, Dossiers.newActor("Elsewhere", ActorKind.PERSON)).canExecute());
	}

	@Test
	void splittingAnAliasMakesAnActorWithTheMentionsOfThatAlias() {
		SplitAliasCommand command = new SplitAliasCommand(domain, scholz, "Chancellor Scholz");

		assertEquals("Split Alias", command.getLabel());
		executeUndoRedo(command, () -> {
			Actor split = command.getNewActor();
			assertEquals("Chancellor Scholz", split.getCanonicalName());
			assertEquals(ActorKind.PERSON, split.getKind());
			assertSame(split, dossier.getActors().get(1), "follows the actor it was split from");
			assertEquals(List.of(), scholz.getAliases());
			assertEquals(List.of("Scholz later"), scholz.getMentions().stream().map(Span::getText).toList());
			assertEquals(List.of("Chancellor Scholz"), split.getMentions().stream().map(Span::getText).toList());
		});
	}

	@Test
	void redoingASplitBringsBackTheSameActor() {
		SplitAliasCommand command = new SplitAliasCommand(domain, scholz, "Chancellor Scholz");
		stack.execute(command);
		Actor split = command.getNewActor();
		String id = split.getId();

		stack.undo();
		assertFalse(dossier.getActors().contains(split));
		stack.redo();

		assertSame(split, dossier.getActors().get(1));
		assertEquals(id, split.getId());
	}

	@Test
	void anAliasTheActorDoesNotHaveCannotBeSplitOff() {
		assertFalse(new SplitAliasCommand(domain, scholz, "Macron").canExecute());
	}

	@Test
	void theEditingDomainHoldsTheDossierAndLabelsItsObjects() {
		assertSame(domain.getResourceSet(), dossier.eResource().getResourceSet());
		assertEquals("Actor Macron", ((org.eclipse.emf.edit.provider.IItemLabelProvider) domain.getAdapterFactory()
				.adapt(macron, org.eclipse.emf.edit.provider.IItemLabelProvider.class)).getText(macron));
		assertFalse(stack.canUndo());
	}
}
