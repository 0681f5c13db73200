package org.sourcebench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourcebench.ui.WorkbenchFixture.closeAll;
import static org.sourcebench.ui.WorkbenchFixture.newDossierWithSeed;
import static org.sourcebench.ui.WorkbenchFixture.page;
import static org.sourcebench.ui.WorkbenchFixture.processEvents;
import static org.sourcebench.ui.WorkbenchFixture.show;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcebench.model.Actor;
import org.sourcebench.model.Claim;
import org.sourcebench.model.Dossier;
import org.sourcebench.model.Location;
import org.sourcebench.model.Relationship;
import org.sourcebench.model.Span;
import org.sourcebench.ui.editor.DossierEditor;
import org.sourcebench.ui.reader.SpanCategory;
import org.sourcebench.ui.views.tables.ActorsView;
import org.sourcebench.ui.views.tables.ClaimsView;
import org.sourcebench.ui.views.tables.RelationshipsView;

/** Hand annotation in the reader: each action one undoable command, the selection its evidence, every view following. */
class HandAnnotationUiTest {

	@TempDir
	Path folder;

	@AfterEach
	void closeEditors() {
		closeAll();
	}

	@Test
	void markingTheSelectionAsANewActorIsOneCommandAndShowsEverywhere() throws Exception {
		DossierEditor editor = newDossierWithSeed(folder);
		Dossier dossier = editor.getDossier();
		ActorsView actors = show(SourcebenchUi.ACTORS_VIEW_ID);
		int before = dossier.getActors().size();
		int[] word = unannotatedWord(editor, 0);
		select(editor, word);

		Menu menu = editor.getReader().getTextWidget().getMenu();
		menu.notifyListeners(SWT.Show, new Event());
		List<String> items = Arrays.stream(menu.getItems()).filter(i -> i.getText() != null && !i.getText().isEmpty())
				.map(i -> i.getText().replace("&", "").split("\t")[0]).toList();
		MenuItem markActor = Arrays.stream(menu.getItems()).filter(i -> i.getText().replace("&", "").startsWith("Mark as Actor")).findFirst()
				.orElseThrow();
		assertTrue(markActor.isEnabled(), "Mark as Actor enabled with a selection");
		menu.notifyListeners(SWT.Hide, new Event());
		assertTrue(items.containsAll(List.of("Mark as Actor...", "Mark as Location...", "Mark as Claim...", "Add Relationship...",
				"Remove Mention")), items.toString());

		String selected = editor.getReader().getTextWidget().getSelectionText().strip();
		Dialogs.answer("Mark as Actor", shell -> {
			assertEquals(selected, Dialogs.named(shell, Text.class, "name").getText());
			Combo kind = Dialogs.named(shell, Combo.class, "kind");
			kind.select(Arrays.asList(kind.getItems()).indexOf("Organisation"));
		});
		execute(editor, SourcebenchUi.MARK_ACTOR_COMMAND_ID);
		processEvents();

		assertEquals(before + 1, dossier.getActors().size());
		Actor actor = dossier.getActors().stream().filter(a -> selected.equals(a.getCanonicalName())).findFirst().orElseThrow();
		assertEquals("ORGANISATION", actor.getKind().getName());
		Span mention = actor.getMentions().get(0);
		assertEquals(word[0], mention.getBegin());
		assertEquals(word[1], mention.getEnd());
		assertEquals(selected, mention.getText());
		assertSame(editor.getReader().getSource(), mention.getSource());
		CommandStack stack = editor.getEditingDomain().getCommandStack();
		assertEquals("Mark as Actor", stack.getUndoCommand().getLabel());
		assertEquals(before + 1, actors.getViewer().getTable().getItemCount(), "the Actors table follows");
		assertTrue(editor.getReader().getIndex().at(word[0]).stream().anyMatch(s -> s.owner() == actor), "the reader highlights it");
		assertNotNull(editor.getReader().getTextWidget().getStyleRangeAtOffset(word[0]));

		page().activate(editor);
		editor.reveal(actor);
		processEvents();
		UiScreenshots.save("reader-hand-annotation");

		stack.undo();
		processEvents();
		assertEquals(before, dossier.getActors().size(), "one undo removes actor and mention");
		assertEquals(before, actors.getViewer().getTable().getItemCount());
		assertTrue(editor.getReader().getIndex().at(word[0]).stream().noneMatch(s -> s.category() == SpanCategory.ACTOR));
	}

	@Test
	void markingAMentionOfAnExistingActorAddsItAndRemoveMentionTakesItAway() throws Exception {
		DossierEditor editor = newDossierWithSeed(folder);
		Dossier dossier = editor.getDossier();
		Actor existing = dossier.getActors().stream().filter(a -> a.getCanonicalName().contains("Oliver Stone")).findFirst().orElseThrow();
		int mentions = existing.getMentions().size();
		int[] word = unannotatedWord(editor, 0);
		select(editor, word);
		Dialogs.answer("Mark as Actor", shell -> {
			Combo element = Dialogs.named(shell, Combo.class, "element");
			element.select(Arrays.asList(element.getItems()).indexOf(existing.getCanonicalName()));
			element.notifyListeners(SWT.Selection, new Event());
		});
		execute(editor, SourcebenchUi.MARK_ACTOR_COMMAND_ID);
		processEvents();
		assertEquals(mentions + 1, existing.getMentions().size());

		// The caret inside the new mention is enough for Remove Mention.
		editor.getReader().getTextWidget().setSelection(word[0] + 1);
		execute(editor, SourcebenchUi.REMOVE_MENTION_COMMAND_ID);
		processEvents();
		assertEquals(mentions, existing.getMentions().size());
		assertEquals("Remove Mention", editor.getEditingDomain().getCommandStack().getUndoCommand().getLabel());
		editor.getEditingDomain().getCommandStack().undo();
		assertEquals(mentions + 1, existing.getMentions().size());
	}

	@Test
	void markingALocationAClaimAndARelationshipUsesTheSelectionAsEvidence() throws Exception {
		DossierEditor editor = newDossierWithSeed(folder);
		Dossier dossier = editor.getDossier();
		CommandStack stack = editor.getEditingDomain().getCommandStack();

		int[] place = unannotatedWord(editor, 1);
		select(editor, place);
		Dialogs.answer("Mark as Location", shell -> Dialogs.named(shell, Text.class, "name").setText("Testville"));
		execute(editor, SourcebenchUi.MARK_LOCATION_COMMAND_ID);
		processEvents();
		Location location = dossier.getLocations().stream().filter(l -> "Testville".equals(l.getName())).findFirst().orElseThrow();
		assertEquals(place[0], location.getMentions().get(0).getBegin());
		assertEquals("Mark as Location", stack.getUndoCommand().getLabel());

		Actor speaker = dossier.getActors().stream().filter(a -> a.getCanonicalName().contains("Oliver Stone")).findFirst().orElseThrow();
		String body = editor.getReader().getSource().getBody();
		int sentenceEnd = body.indexOf('.', 200);
		int[] sentence = { body.lastIndexOf('.', sentenceEnd - 1) + 1, sentenceEnd + 1 };
		select(editor, sentence);
		String selected = editor.getReader().getTextWidget().getSelectionText().strip();
		ClaimsView claims = show(SourcebenchUi.CLAIMS_VIEW_ID);
		int claimRows = claims.getViewer().getTable().getItemCount();
		page().activate(editor);
		Dialogs.answer("Mark as Claim", shell -> {
			Combo combo = Dialogs.named(shell, Combo.class, "speaker");
			combo.select(Arrays.asList(combo.getItems()).indexOf(speaker.getCanonicalName()));
		});
		execute(editor, SourcebenchUi.MARK_CLAIM_COMMAND_ID);
		processEvents();
		Claim claim = dossier.getClaims().get(dossier.getClaims().size() - 1);
		assertSame(speaker, claim.getSpeaker());
		assertEquals(selected, claim.getText());
		assertEquals(selected, claim.getEvidence().getText());
		assertEquals("Mark as Claim", stack.getUndoCommand().getLabel());
		assertEquals(claimRows + 1, claims.getViewer().getTable().getItemCount(), "the Claims table follows");

		Actor other = dossier.getActors().stream().filter(a -> a != speaker).findFirst().orElseThrow();
		RelationshipsView relationships = show(SourcebenchUi.RELATIONSHIPS_VIEW_ID);
		int relationshipRows = relationships.getViewer().getTable().getItemCount();
		page().activate(editor);
		select(editor, sentence);
		Dialogs.answer("Add Relationship", shell -> {
			Combo from = Dialogs.named(shell, Combo.class, "from");
			from.select(Arrays.asList(from.getItems()).indexOf(speaker.getCanonicalName()));
			Combo to = Dialogs.named(shell, Combo.class, "to");
			to.select(Arrays.asList(to.getItems()).indexOf(org.sourcebench.ui.labels.ElementLabels.name(other)));
			Text search = Dialogs.named(shell, Text.class, "search");
			search.setText("consult");
			org.eclipse.swt.widgets.List events = Dialogs.named(shell, org.eclipse.swt.widgets.List.class, "events");
			assertTrue(events.getItemCount() > 0 && events.getItemCount() < 20, "search narrows the CAMEO list: " + events.getItemCount());
			UiScreenshots.save("add-relationship-dialog");
		});
		execute(editor, SourcebenchUi.ADD_RELATIONSHIP_COMMAND_ID);
		processEvents();
		Relationship relationship = dossier.getRelationships().get(dossier.getRelationships().size() - 1);
		assertSame(speaker, relationship.getFrom());
		assertSame(other, relationship.getTo());
		assertTrue(relationship.getEventCode().startsWith("04"), relationship.getEventCode());
		assertEquals(selected, relationship.getEvidence().get(0).getText());
		assertEquals("Add Relationship", stack.getUndoCommand().getLabel());
		assertEquals(relationshipRows + 1, relationships.getViewer().getTable().getItemCount(), "the Relationships table follows");

		stack.undo();
		assertFalse(dossier.getRelationships().contains(relationship));
		stack.undo();
		assertFalse(dossier.getClaims().contains(claim));
		stack.undo();
		assertFalse(dossier.getLocations().contains(location));
	}

	private static void execute(DossierEditor editor, String commandId) throws Exception {
		page().activate(editor);
		editor.getSite().getService(IHandlerService.class).executeCommand(commandId, null);
	}

	private static void select(DossierEditor editor, int[] range) {
		page().activate(editor);
		StyledText text = editor.getReader().getTextWidget();
		text.setSelection(range[0], range[1]);
		text.showSelection();
		processEvents();
	}

	/** @return [begin, end) of the n-th (0-based) capitalised word of six letters or more that no actor or location covers */
	private static int[] unannotatedWord(DossierEditor editor, int n) {
		String body = editor.getReader().getSource().getBody();
		Matcher words = Pattern.compile("\\b[a-z]{7,}\\b").matcher(body);
		int found = 0;
		while (words.find()) {
			int begin = words.start();
			int end = words.end();
			boolean free = java.util.stream.IntStream.range(begin, end).allMatch(i -> editor.getReader().getIndex().at(i).stream()
					.noneMatch(s -> s.category() == SpanCategory.ACTOR || s.category() == SpanCategory.LOCATION));
			if (free && found++ == n) {
				return new int[] { begin, end };
			}
		}
		throw new AssertionError("no free word");
	}
}
