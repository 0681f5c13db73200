package org.sourcebench.analysis.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourcebench.test.support.ui.WorkbenchDriver.page;
import static org.sourcebench.test.support.ui.WorkbenchDriver.processEvents;
import static org.sourcebench.test.support.ui.WorkbenchDriver.screenshot;
import static org.sourcebench.test.support.ui.WorkbenchDriver.show;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.eclipse.core.commands.Command;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcebench.analysis.corroboration.CorroborationRule;
import org.sourcebench.analysis.ui.corroboration.CorroborationView;
import org.sourcebench.model.Actor;
import org.sourcebench.model.ActorKind;
import org.sourcebench.model.Dossier;
import org.sourcebench.model.Dossiers;
import org.sourcebench.model.Relationship;
import org.sourcebench.model.Source;
import org.sourcebench.model.store.DossierStore;
import org.sourcebench.ui.editor.DossierEditor;
import org.sourcebench.ui.handlers.DossierEditors;

/** The Corroboration view's "Merge Corroborating Relationships": a command handler on the followed dossier. */
class MergeCorroboratingUiTest {

	@TempDir
	Path dir;

	@AfterEach
	void close() {
		page().closeAllEditors(false);
		processEvents();
	}

	@Test
	void theToolbarCommandMergesReportsOfOneEventInOneUndoableStep() throws Exception {
		// Two sources report Russia consulting Syria a day apart (042 and 043 share the root 04): one event.
		Dossier dossier = Dossiers.newDossier("Corroborated");
		Actor russia = Dossiers.newActor("Russia", ActorKind.STATE);
		Actor syria = Dossiers.newActor("Syria", ActorKind.STATE);
		dossier.getActors().add(russia);
		dossier.getActors().add(syria);
		Relationship visit = report(dossier, russia, syria, "042", "2024-03-01");
		Relationship host = report(dossier, russia, syria, "043", "2024-03-02");
		Relationship later = report(dossier, russia, syria, "042", "2024-03-20"); // outside the window: another event
		Path file = dir.resolve("Corroborated.sbx");
		new DossierStore().save(dossier, file);
		DossierEditor editor = DossierEditors.open(page(), file);
		assertNotNull(editor);
		processEvents();
		Dossier open = editor.getDossier();
		assertEquals(3, open.getRelationships().size());

		CorroborationView view = show(AnalysisUi.CORROBORATION_VIEW_ID);
		page().activate(view);
		processEvents();
		assertTrue(view.getViewSite().getActionBars().getToolBarManager().getItems().length > 0, "the view has its toolbar");
		java.util.List<String> toolbar = java.util.Arrays.stream(view.getViewSite().getActionBars().getToolBarManager().getItems())
				.map(IContributionItem::getId).toList();
		assertTrue(toolbar.contains(AnalysisUi.MERGE_CORROBORATING_COMMAND_ID),
				"Merge Corroborating Relationships is a command on the view's toolbar: " + toolbar);
		Command command = view.getSite().getService(ICommandService.class).getCommand(AnalysisUi.MERGE_CORROBORATING_COMMAND_ID);
		assertTrue(command.getDescription().contains(CorroborationRule.DEFAULT.windowDays() + " days"),
				"the tooltip names the rule's window: " + command.getDescription());
		command.setEnabled(view.getSite().getService(IHandlerService.class).getCurrentState());
		assertTrue(command.isEnabled(), "enabled in the Corroboration view that follows a dossier");
		screenshot("corroboration-merge-command");

		view.getSite().getService(IHandlerService.class).executeCommand(AnalysisUi.MERGE_CORROBORATING_COMMAND_ID, null);
		processEvents();
		assertEquals(2, open.getRelationships().size(), "the two reports of one event became one relationship");
		Relationship merged = open.getRelationships().stream().filter(r -> r.getEvidence().size() == 2).findFirst().orElseThrow();
		assertEquals(2, merged.getEvidence().stream().map(s -> s.getSource()).distinct().count(), "with the evidence of both");
		assertTrue(open.getRelationships().stream().anyMatch(r -> r.getId().equals(later.getId())), "the later event stays");
		assertEquals(2, view.getViewer().getTable().getItemCount(), "the view follows the model");
		assertTrue(editor.isDirty());
		screenshot("corroboration-merged");
		assertEquals(org.sourcebench.analysis.corroboration.MergeCorroboratingRelationshipsCommand.LABEL,
				editor.getEditingDomain().getCommandStack().getUndoCommand().getLabel(), "one command, named for the analyst");

		editor.getEditingDomain().getCommandStack().undo();
		processEvents();
		assertEquals(3, open.getRelationships().size(), "one undo restores both reports");
		assertTrue(open.getRelationships().stream().anyMatch(r -> r.getId().equals(visit.getId())));
		assertTrue(open.getRelationships().stream().anyMatch(r -> r.getId().equals(host.getId())));
		assertFalse(editor.getEditingDomain().getCommandStack().canUndo());
	}

	/** A relationship dated {@code day}, its evidence in a source of its own published that day. */
	private static Relationship report(Dossier dossier, Actor from, Actor to, String code, String day) {
		Source source = Dossiers.newSource("Russia and Syria held talks on " + day + ". Both sides spoke of progress.");
		source.setTitle("Talks " + day);
		source.setPublished(OffsetDateTime.of(LocalDate.parse(day).atTime(12, 0), ZoneOffset.UTC));
		dossier.getSources().add(source);
		Relationship relationship = Dossiers.newRelationship(from, to, code);
		relationship.setDate(LocalDate.parse(day));
		relationship.getEvidence().add(Dossiers.newSpan(source, 0, 24));
		dossier.getRelationships().add(relationship);
		return relationship;
	}
}
