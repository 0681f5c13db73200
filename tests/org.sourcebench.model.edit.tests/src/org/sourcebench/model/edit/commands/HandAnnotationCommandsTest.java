package org.sourcebench.model.edit.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sourcebench.model.Actor;
import org.sourcebench.model.ActorKind;
import org.sourcebench.model.Claim;
import org.sourcebench.model.Dossier;
import org.sourcebench.model.Dossiers;
import org.sourcebench.model.Location;
import org.sourcebench.model.LocationKind;
import org.sourcebench.model.Relationship;
import org.sourcebench.model.RelationshipStatus;
import org.sourcebench.model.Source;
import org.sourcebench.model.Span;
import org.sourcebench.model.cameo.CameoTable;
import org.sourcebench.model.edit.DossierEditingDomains;

/** The commands of hand annotation: each one step on the stack, undone and redone exactly. */
class HandAnnotationCommandsTest {

	private static final String BODY = "The Chancellor met Macron in Paris. \"We agree,\" the Chancellor said.";

	private Dossier dossier;
	private Source source;
	private Actor macron;
	private AdapterFactoryEditingDomain domain;
	private CommandStack stack;

	@BeforeEach
	void dossier() {
		dossier = Dossiers.newDossier("Hand");
		source = Dossiers.newSource(BODY);
		dossier.getSources().add(source);
		macron = Dossiers.newActor("Macron", ActorKind.PERSON);
		dossier.getActors().add(macron);
		domain = DossierEditingDomains.createFor(dossier);
		stack = domain.getCommandStack();
	}

	private Span span(String text, int from) {
		int begin = BODY.indexOf(text, from);
		return Dossiers.newSpan(source, begin, begin + text.length());
	}

	@Test
	void markingANewActorCreatesItWithItsMentionInOneStep() {
		Actor chancellor = Dossiers.newActor("The Chancellor", ActorKind.GOVERNMENT);
		stack.execute(MarkMentionCommand.actor(domain, dossier, chancellor, span("The Chancellor", 0)));
		assertEquals(2, dossier.getActors().size());
		assertEquals(1, chancellor.getMentions().size());
		assertEquals("Mark as Actor", stack.getUndoCommand().getLabel());
		stack.undo();
		assertEquals(1, dossier.getActors().size());
		stack.redo();
		assertTrue(dossier.getActors().contains(chancellor));
	}

	@Test
	void aMentionOfAnExistingActorWithNewWordingAddsAnAlias() {
		Actor chancellor = Dossiers.newActor("Olaf Scholz", ActorKind.PERSON);
		dossier.getActors().add(chancellor);
		stack.execute(MarkMentionCommand.actor(domain, dossier, chancellor, span("the Chancellor", 40)));
		assertEquals(List.of("the Chancellor"), chancellor.getAliases());
		stack.undo();
		assertTrue(chancellor.getAliases().isEmpty());
		assertTrue(chancellor.getMentions().isEmpty());
	}

	@Test
	void locationsClaimsAndRelationshipsTakeTheSelectionAsEvidence() {
		Location paris = Dossiers.newLocation("Paris", LocationKind.CITY);
		stack.execute(MarkMentionCommand.location(domain, dossier, paris, span("Paris", 0)));
		assertEquals("Paris", paris.getMentions().get(0).getText());

		MarkClaimCommand claim = new MarkClaimCommand(domain, dossier, macron, span("\"We agree,\"", 0), true);
		stack.execute(claim);
		Claim made = claim.getClaim();
		assertSame(macron, made.getSpeaker());
		assertTrue(made.isDirectQuote());
		assertEquals("\"We agree,\"", made.getEvidence().getText());

		Actor chancellor = Dossiers.newActor("The Chancellor", ActorKind.PERSON);
		dossier.getActors().add(chancellor);
		AddRelationshipCommand add = new AddRelationshipCommand(domain, dossier, chancellor, macron,
				CameoTable.getDefault().lookup("043"), span("The Chancellor met Macron", 0));
		stack.execute(add);
		Relationship relationship = add.getRelationship();
		assertEquals("043", relationship.getEventCode());
		assertEquals(RelationshipStatus.CONFIRMED, relationship.getStatus());
		assertEquals(1, relationship.corroboration());
		assertEquals("Add Relationship", stack.getUndoCommand().getLabel());

		stack.undo();
		stack.undo();
		stack.undo();
		assertTrue(dossier.getLocations().isEmpty());
		assertTrue(dossier.getClaims().isEmpty());
		assertTrue(dossier.getRelationships().isEmpty());
	}

	@Test
	void removeMentionKeepsTheActorAndUndoPutsTheMentionBack() {
		Span mention = span("Macron", 0);
		macron.getMentions().add(mention);
		stack.execute(new RemoveMentionCommand(domain, List.of(mention)));
		assertTrue(macron.getMentions().isEmpty());
		assertTrue(dossier.getActors().contains(macron));
		stack.undo();
		assertEquals(List.of(mention), macron.getMentions());
		assertFalse(stack.canUndo());
	}
}
