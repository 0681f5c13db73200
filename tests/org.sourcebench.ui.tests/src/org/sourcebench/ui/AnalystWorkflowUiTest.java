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
import java.util.Comparator;
import java.util.List;

import org.eclipse.jface.action.IAction;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.actions.ActionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcebench.model.Actor;
import org.sourcebench.model.AdmiraltyReliability;
import org.sourcebench.model.Claim;
import org.sourcebench.model.ClaimCredibility;
import org.sourcebench.model.Dossier;
import org.sourcebench.model.Relationship;
import org.sourcebench.model.RelationshipStatus;
import org.sourcebench.model.Source;
import org.sourcebench.model.Span;
import org.sourcebench.ui.editor.DossierEditor;
import org.sourcebench.ui.handlers.DossierEditors;
import org.sourcebench.ui.properties.ElementPropertySourceFactory;
import org.sourcebench.ui.views.navigator.NavigatorView;
import org.sourcebench.ui.views.tables.ActorsView;
import org.sourcebench.ui.views.tables.ClaimsView;
import org.sourcebench.ui.views.tables.RelationshipsView;

/**
 * An analyst's day in the real workbench (UI harness): import the seed article, read it, follow an actor,
 * grade and undo, merge actors, confirm a relationship, save and reopen. Screenshots go to target/screenshots.
 */
class AnalystWorkflowUiTest {

	@TempDir
	Path folder;

	@AfterEach
	void closeEditors() {
		closeAll();
	}

	@Test
	void importingTheSeedFillsTheReaderTablesAndNavigator() throws Exception {
		DossierEditor editor = newDossierWithSeed(folder);
		Dossier dossier = editor.getDossier();
		assertFalse(dossier.getActors().isEmpty(), "no actors extracted");
		assertFalse(dossier.getClaims().isEmpty(), "no claims extracted");
		assertTrue(editor.isDirty(), "an import is an unsaved change");

		Source seed = dossier.getSources().get(0);
		StyledText text = editor.getReader().getTextWidget();
		assertEquals(seed.getBody(), text.getText());
		assertSame(seed, editor.getReader().getSource());
		assertTrue(text.getStyleRanges().length > 0, "no evidence highlighted");

		ActorsView actors = show(SourcebenchUi.ACTORS_VIEW_ID);
		assertEquals(dossier.getActors().size(), actors.getViewer().getTable().getItemCount());
		UiScreenshots.save("actors-view");
		RelationshipsView relationships = show(SourcebenchUi.RELATIONSHIPS_VIEW_ID);
		assertEquals(dossier.getRelationships().size(), relationships.getViewer().getTable().getItemCount());
		UiScreenshots.save("relationships-view");
		ClaimsView claims = show(SourcebenchUi.CLAIMS_VIEW_ID);
		assertEquals(dossier.getClaims().size(), claims.getViewer().getTable().getItemCount());
		UiScreenshots.save("claims-view");
		show(SourcebenchUi.LOCATIONS_VIEW_ID);
		UiScreenshots.save("locations-view");
		show(SourcebenchUi.VALIDATION_VIEW_ID);
		UiScreenshots.save("validation-view");

		NavigatorView navigator = show(SourcebenchUi.NAVIGATOR_VIEW_ID);
		assertEquals(6, navigator.getViewer().getTree().getItemCount(), "sources, actors, locations, claims, relationships, diagrams");
		navigator.getViewer().setSelection(new StructuredSelection(seed), true);
		processEvents();
		UiScreenshots.save("navigator-and-reader");
	}

	@Test
	void selectingAnActorHighlightsAllItsMentionsInTheReader() throws Exception {
		DossierEditor editor = newDossierWithSeed(folder);
		Actor actor = editor.getDossier().getActors().stream().max(Comparator.comparingInt(a -> a.getMentions().size())).orElseThrow();
		assertTrue(actor.getMentions().size() > 1, "the seed names its main actor more than once");

		ActorsView actors = show(SourcebenchUi.ACTORS_VIEW_ID);
		actors.getViewer().setSelection(new StructuredSelection(actor), true);
		processEvents();

		assertSame(actor, editor.getReader().getFocus());
		StyledText text = editor.getReader().getTextWidget();
		for (Span mention : actor.getMentions()) {
			StyleRange style = text.getStyleRangeAtOffset(mention.getBegin());
			assertNotNull(style, "mention at " + mention.getBegin() + " not highlighted");
			assertEquals(SWT.BOLD, style.fontStyle & SWT.BOLD, "mention at " + mention.getBegin() + " not emphasised");
			assertEquals(SWT.BORDER_SOLID, style.borderStyle);
		}
		// Another actor's mentions stay plain.
		Actor other = editor.getDossier().getActors().stream().filter(a -> a != actor && !a.getMentions().isEmpty()
				&& a.getMentions().stream().noneMatch(m -> actor.getMentions().stream().anyMatch(n -> overlaps(m, n)))).findFirst().orElseThrow();
		StyleRange plain = text.getStyleRangeAtOffset(other.getMentions().get(0).getBegin());
		assertEquals(0, plain == null ? 0 : plain.fontStyle & SWT.BOLD);
		UiScreenshots.save("reader-actor-mentions");
	}

	@Test
	void selectingARelationshipScrollsTheReaderToItsEvidence() throws Exception {
		DossierEditor editor = newDossierWithSeed(folder);
		Relationship relationship = editor.getDossier().getRelationships().stream().filter(r -> !r.getEvidence().isEmpty())
				.reduce((a, b) -> b).orElseThrow();
		RelationshipsView view = show(SourcebenchUi.RELATIONSHIPS_VIEW_ID);
		view.getViewer().setSelection(new StructuredSelection(relationship), true);
		processEvents();

		Span evidence = relationship.getEvidence().get(0);
		StyledText text = editor.getReader().getTextWidget();
		assertSame(relationship, editor.getReader().getFocus());
		assertEquals(evidence.getBegin(), text.getSelection().x);
		assertEquals(evidence.getEnd(), text.getSelection().y);
		UiScreenshots.save("reader-relationship-evidence");
	}

	@Test
	void ratingASourceIsOneCommandThatUndoRestores() throws Exception {
		DossierEditor editor = newDossierWithSeed(folder);
		Source seed = editor.getDossier().getSources().get(0);
		AdmiraltyReliability before = seed.getReliability();
		AdmiraltyReliability chosen = before == AdmiraltyReliability.B ? AdmiraltyReliability.C : AdmiraltyReliability.B;

		page().activate(editor);
		Combo reliability = findReliabilityCombo(editor.getReader().getControl());
		reliability.select(AdmiraltyReliability.VALUES.indexOf(chosen));
		reliability.notifyListeners(SWT.Selection, null);
		processEvents();
		assertEquals(chosen, seed.getReliability());

		IAction undo = editor.getEditorSite().getActionBars().getGlobalActionHandler(ActionFactory.UNDO.getId());
		assertTrue(undo.isEnabled());
		assertEquals("Undo Set Reliability", undo.getText().replace("&", ""));
		UiScreenshots.save("reader-rated");
		undo.run();
		processEvents();
		assertEquals(before, seed.getReliability());
		assertEquals(AdmiraltyReliability.VALUES.indexOf(before), reliability.getSelectionIndex(), "the header follows the undo");
	}

	@Test
	void gradingAClaimInThePropertiesViewIsUndoable() throws Exception {
		DossierEditor editor = newDossierWithSeed(folder);
		Claim claim = editor.getDossier().getClaims().get(0);
		ClaimCredibility before = claim.getCredibility();
		ClaimCredibility chosen = before == ClaimCredibility.PROBABLY_TRUE ? ClaimCredibility.DOUBTFUL : ClaimCredibility.PROBABLY_TRUE;

		ClaimsView claims = show(SourcebenchUi.CLAIMS_VIEW_ID);
		claims.getViewer().setSelection(new StructuredSelection(claim), true);
		show(SourcebenchUi.PROPERTIES_VIEW_ID);
		page().activate(claims);
		processEvents();
		UiScreenshots.save("properties-view");

		var properties = new ElementPropertySourceFactory().getAdapter(claim, org.eclipse.ui.views.properties.IPropertySource.class);
		Object id = java.util.Arrays.stream(properties.getPropertyDescriptors())
				.filter(d -> d.getDisplayName().toLowerCase().contains("credibility")).findFirst().orElseThrow().getId();
		properties.setPropertyValue(id, chosen);
		assertEquals(chosen, claim.getCredibility());
		assertEquals("Set Credibility", editor.getEditingDomain().getCommandStack().getUndoCommand().getLabel());
		editor.getEditingDomain().getCommandStack().undo();
		assertEquals(before, claim.getCredibility());
	}

	@Test
	void mergingTwoActorsMovesTheMentionsAndUndoSplitsThemAgain() throws Exception {
		DossierEditor editor = newDossierWithSeed(folder);
		Dossier dossier = editor.getDossier();
		List<Actor> two = dossier.getActors().stream().filter(a -> !a.getMentions().isEmpty()).limit(2).toList();
		assertEquals(2, two.size());
		int actorsBefore = dossier.getActors().size();
		int mentions = two.get(0).getMentions().size() + two.get(1).getMentions().size();

		ActorsView actors = show(SourcebenchUi.ACTORS_VIEW_ID);
		actors.getViewer().setSelection(new StructuredSelection(two), true);
		processEvents();
		assertTrue(WorkbenchFixture.execute(actors, SourcebenchUi.MERGE_ACTORS_COMMAND_ID), "Merge Actors is enabled on two actors");

		assertEquals(actorsBefore - 1, dossier.getActors().size());
		Actor survivor = two.stream().filter(a -> a.eContainer() == dossier).findFirst().orElseThrow();
		assertEquals(mentions, survivor.getMentions().size());
		assertEquals(actorsBefore - 1, actors.getViewer().getTable().getItemCount(), "the table follows the merge");
		IAction undo = actors.getViewSite().getActionBars().getGlobalActionHandler(ActionFactory.UNDO.getId());
		assertEquals("Undo Merge Actors", undo.getText().replace("&", ""));
		UiScreenshots.save("actors-merged");

		undo.run();
		processEvents();
		assertEquals(actorsBefore, dossier.getActors().size());
		assertEquals(actorsBefore, actors.getViewer().getTable().getItemCount());
	}

	@Test
	void aSavedDossierReopensWithItsReview() throws Exception {
		DossierEditor editor = newDossierWithSeed(folder);
		Dossier dossier = editor.getDossier();
		Relationship relationship = dossier.getRelationships().get(0);
		RelationshipsView view = show(SourcebenchUi.RELATIONSHIPS_VIEW_ID);
		view.getViewer().setSelection(new StructuredSelection(relationship), true);
		processEvents();
		assertTrue(WorkbenchFixture.execute(view, SourcebenchUi.CONFIRM_RELATIONSHIP_COMMAND_ID));
		assertEquals(RelationshipStatus.CONFIRMED, relationship.getStatus());
		String relationshipId = relationship.getId();
		int actors = dossier.getActors().size();
		int claims = dossier.getClaims().size();
		int relationships = dossier.getRelationships().size();

		editor.doSave(null);
		assertFalse(editor.isDirty());
		Path file = editor.getFile();
		assertTrue(page().closeEditor(editor, false));
		processEvents();

		DossierEditor reopened = DossierEditors.open(page(), file);
		processEvents();
		Dossier loaded = reopened.getDossier();
		assertEquals(1, loaded.getSources().size());
		assertEquals(actors, loaded.getActors().size());
		assertEquals(claims, loaded.getClaims().size());
		assertEquals(relationships, loaded.getRelationships().size());
		Relationship again = loaded.getRelationships().stream().filter(r -> relationshipId.equals(r.getId())).findFirst().orElseThrow();
		assertEquals(RelationshipStatus.CONFIRMED, again.getStatus());
		assertFalse(reopened.isDirty());
		assertEquals(loaded.getSources().get(0).getBody(), reopened.getReader().getTextWidget().getText());
	}

	@Test
	void validationListsAProblemAndDoubleClickSelectsItsObject() throws Exception {
		DossierEditor editor = newDossierWithSeed(folder);
		Dossier dossier = editor.getDossier();
		// A relationship whose ends are missing: what a damaged import or a careless merge could leave.
		Relationship broken = org.sourcebench.model.Dossiers.newRelationship(null, null, "040");
		editor.getEditingDomain().getCommandStack()
				.execute(new org.sourcebench.model.edit.commands.CreateElementCommand(editor.getEditingDomain(), dossier, broken));
		processEvents();

		org.sourcebench.ui.views.validation.ValidationView validation = show(SourcebenchUi.VALIDATION_VIEW_ID);
		org.eclipse.swt.widgets.Table table = validation.getViewer().getTable();
		assertTrue(table.getItemCount() > 0, "no problem listed");
		int row = java.util.stream.IntStream.range(0, table.getItemCount())
				.filter(i -> table.getItem(i).getText(1).contains("Relationship")).findFirst().orElseThrow();
		table.setSelection(row);
		table.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
		UiScreenshots.save("validation-problems");
		table.notifyListeners(SWT.DefaultSelection, new org.eclipse.swt.widgets.Event());
		processEvents();

		assertSame(editor, page().getActivePart(), "double-click goes to the dossier");
		assertEquals(List.of(broken), ((StructuredSelection) editor.getSite().getSelectionProvider().getSelection()).toList());
		editor.getEditingDomain().getCommandStack().undo();
		processEvents();
		assertTrue(java.util.stream.IntStream.range(0, table.getItemCount())
				.noneMatch(i -> table.getItem(i).getText(1).contains("Relationship")), "undo removes the problem");
	}

	@Test
	void doubleClickingAClaimOpensTheReaderAtItsEvidence() throws Exception {
		DossierEditor editor = newDossierWithSeed(folder);
		Claim claim = editor.getDossier().getClaims().stream().filter(c -> c.getEvidence() != null).reduce((a, b) -> b).orElseThrow();
		ClaimsView claims = show(SourcebenchUi.CLAIMS_VIEW_ID);
		claims.getViewer().setSelection(new StructuredSelection(claim), true);
		claims.getViewer().getTable().notifyListeners(SWT.DefaultSelection, new org.eclipse.swt.widgets.Event());
		processEvents();

		assertSame(editor, page().getActivePart());
		StyledText text = editor.getReader().getTextWidget();
		assertEquals(claim.getEvidence().getBegin(), text.getSelection().x);
		assertEquals(claim.getEvidence().getEnd(), text.getSelection().y);
	}

	@Test
	void otherBundlesFindTheDossierItsCommandStackAndTheReader() throws Exception {
		DossierEditor editor = newDossierWithSeed(folder);
		// The diagram editor and the report wizards rely on these adapters.
		assertSame(editor.getDossier(), editor.getAdapter(Dossier.class));
		assertSame(editor.getEditingDomain(), editor.getAdapter(org.eclipse.emf.edit.domain.EditingDomain.class));
		assertSame(editor.getEditingDomain(), ((org.eclipse.emf.edit.domain.IEditingDomainProvider) editor).getEditingDomain());
		Claim claim = editor.getDossier().getClaims().get(0);
		assertSame(editor.getEditingDomain(), org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain.getEditingDomainFor(claim));

		show(SourcebenchUi.ACTORS_VIEW_ID);
		assertTrue(DossierEditors.reveal(page(), claim));
		processEvents();
		assertSame(editor, page().getActivePart());
		assertSame(claim, editor.getReader().getFocus());
		assertEquals(claim.getEvidence().getBegin(), editor.getReader().getTextWidget().getSelection().x);
	}

	@Test
	void hoveringAndClickingAMentionNamesAndSelectsItsActor() throws Exception {
		DossierEditor editor = newDossierWithSeed(folder);
		Actor actor = editor.getDossier().getActors().stream().filter(a -> a.getCanonicalName().contains("Oliver Stone")).findFirst()
				.orElseThrow();
		Span mention = actor.getMentions().get(0);
		page().activate(editor);
		StyledText text = editor.getReader().getTextWidget();
		text.setSelection(mention.getBegin());
		text.showSelection();
		processEvents();

		String hover = editor.getReader().describe(mention.getBegin() + 1);
		assertTrue(hover != null && hover.contains("Actors: Oliver Stone"), hover);

		org.eclipse.swt.graphics.Point at = text.getLocationAtOffset(mention.getBegin() + 1);
		org.eclipse.swt.widgets.Event click = new org.eclipse.swt.widgets.Event();
		click.button = 1;
		click.x = at.x + 1;
		click.y = at.y + text.getLineHeight() / 2;
		text.notifyListeners(SWT.MouseUp, click);
		processEvents();

		assertEquals(List.of(actor), ((StructuredSelection) editor.getSite().getSelectionProvider().getSelection()).toList());
		assertSame(actor, editor.getReader().getFocus());
	}

	private static boolean overlaps(Span a, Span b) {
		return a.getSource() == b.getSource() && a.getBegin() < b.getEnd() && b.getBegin() < a.getEnd();
	}

	private static Combo findReliabilityCombo(Control control) {
		if (control instanceof Combo combo && combo.getItemCount() == AdmiraltyReliability.VALUES.size()) {
			return combo;
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				Combo found = findReliabilityCombo(child);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}
}
