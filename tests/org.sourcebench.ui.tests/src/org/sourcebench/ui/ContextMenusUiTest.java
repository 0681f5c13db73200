package org.sourcebench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourcebench.ui.WorkbenchFixture.closeAll;
import static org.sourcebench.ui.WorkbenchFixture.execute;
import static org.sourcebench.ui.WorkbenchFixture.isEnabled;
import static org.sourcebench.ui.WorkbenchFixture.newDossierWithSeed;
import static org.sourcebench.ui.WorkbenchFixture.processEvents;
import static org.sourcebench.ui.WorkbenchFixture.show;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcebench.model.Actor;
import org.sourcebench.model.Claim;
import org.sourcebench.model.Dossier;
import org.sourcebench.model.Relationship;
import org.sourcebench.model.RelationshipStatus;
import org.sourcebench.ui.editor.DossierEditor;
import org.sourcebench.ui.views.tables.ActorsView;
import org.sourcebench.ui.views.tables.ClaimsView;
import org.sourcebench.ui.views.tables.RelationshipsView;

/**
 * The views' commands are handlers declared in plugin.xml: their context menus come from menu contributions,
 * enablement follows the selection, and each runs one undoable command.
 */
class ContextMenusUiTest {

	@TempDir
	Path folder;

	@AfterEach
	void closeEditors() {
		closeAll();
	}

	@Test
	void theActorsMenuOffersShowInReaderMergeAndDeleteForTheSelection() throws Exception {
		DossierEditor editor = newDossierWithSeed(folder);
		List<Actor> two = editor.getDossier().getActors().stream().filter(a -> !a.getMentions().isEmpty()).limit(2).toList();
		ActorsView actors = show(SourcebenchUi.ACTORS_VIEW_ID);

		actors.getViewer().setSelection(new StructuredSelection(two.get(0)), true);
		Map<String, Boolean> one = items(actors.getViewer().getControl(), false);
		assertEquals(List.of("Show in Reader", "Merge Actors", "Delete"), List.copyOf(one.keySet()), "menu order: " + one);
		assertTrue(one.get("Show in Reader"));
		assertFalse(one.get("Merge Actors"), "one actor cannot be merged");
		assertTrue(one.get("Delete"));

		actors.getViewer().setSelection(new StructuredSelection(two), true);
		Map<String, Boolean> both = items(actors.getViewer().getControl(), true);
		assertFalse(both.get("Show in Reader"), "Show in Reader is for one element");
		assertTrue(both.get("Merge Actors"));
		assertTrue(isEnabled(actors, SourcebenchUi.MERGE_ACTORS_COMMAND_ID));
	}

	@Test
	void confirmIsDisabledOnceTheSelectionIsConfirmedAndUndoEnablesItAgain() throws Exception {
		DossierEditor editor = newDossierWithSeed(folder);
		Relationship relationship = editor.getDossier().getRelationships().get(0);
		RelationshipsView view = show(SourcebenchUi.RELATIONSHIPS_VIEW_ID);
		view.getViewer().setSelection(new StructuredSelection(relationship), true);
		Map<String, Boolean> menu = items(view.getViewer().getControl(), false);
		assertEquals(List.of("Show in Reader", "Confirm Relationship", "Reject Relationship", "Delete"), List.copyOf(menu.keySet()));

		assertTrue(execute(view, SourcebenchUi.CONFIRM_RELATIONSHIP_COMMAND_ID));
		assertEquals(RelationshipStatus.CONFIRMED, relationship.getStatus());
		assertFalse(items(view.getViewer().getControl(), false).get("Confirm Relationship"), "already confirmed");
		assertTrue(isEnabled(view, SourcebenchUi.REJECT_RELATIONSHIP_COMMAND_ID));

		editor.getEditingDomain().getCommandStack().undo();
		processEvents();
		assertTrue(items(view.getViewer().getControl(), false).get("Confirm Relationship"), "enabled again after the undo");
	}

	@Test
	void theDeleteKeyCommandDeletesTheSelectedClaimInOneUndoableStep() throws Exception {
		DossierEditor editor = newDossierWithSeed(folder);
		Dossier dossier = editor.getDossier();
		Claim claim = dossier.getClaims().get(0);
		int claims = dossier.getClaims().size();
		ClaimsView view = show(SourcebenchUi.CLAIMS_VIEW_ID);
		view.getViewer().setSelection(new StructuredSelection(claim), true);

		assertTrue(execute(view, IWorkbenchCommandConstants.EDIT_DELETE));
		assertEquals(claims - 1, dossier.getClaims().size());
		assertEquals(claims - 1, view.getViewer().getTable().getItemCount(), "the table follows");
		assertFalse(isEnabled(view, IWorkbenchCommandConstants.EDIT_DELETE), "nothing left selected");

		editor.getEditingDomain().getCommandStack().undo();
		processEvents();
		assertTrue(dossier.getClaims().contains(claim));
	}

	@Test
	void editDeleteInTheMenuBarFollowsTheViewsDeleteHandler() throws Exception {
		DossierEditor editor = newDossierWithSeed(folder);
		Dossier dossier = editor.getDossier();
		Claim claim = dossier.getClaims().get(0);
		ClaimsView view = show(SourcebenchUi.CLAIMS_VIEW_ID);
		Menu edit = Arrays.stream(view.getSite().getShell().getMenuBar().getItems())
				.filter(i -> i.getText().replace("&", "").equals("Edit")).findFirst().orElseThrow().getMenu();

		view.getViewer().setSelection(StructuredSelection.EMPTY, true);
		assertFalse(deleteItem(edit).isEnabled(), "nothing selected");
		edit.notifyListeners(SWT.Hide, new Event());

		view.getViewer().setSelection(new StructuredSelection(claim), true);
		MenuItem delete = deleteItem(edit);
		assertTrue(delete.isEnabled(), "a claim selected");
		delete.notifyListeners(SWT.Selection, new Event());
		edit.notifyListeners(SWT.Hide, new Event());
		processEvents();
		assertFalse(dossier.getClaims().contains(claim), "Edit > Delete ran the Claims view's handler");
	}

	private static MenuItem deleteItem(Menu edit) {
		processEvents();
		edit.notifyListeners(SWT.Show, new Event());
		return Arrays.stream(edit.getItems()).filter(i -> label(i).equals("Delete")).findFirst().orElseThrow();
	}

	/**
	 * Opens {@code control}'s context menu as a right click would and reads it.
	 *
	 * @param screenshot whether to pop the menu up on screen and save a screenshot of it
	 * @return the visible items' labels (without mnemonics) and whether each is enabled, top to bottom
	 */
	private static Map<String, Boolean> items(Control control, boolean screenshot) {
		processEvents();
		Menu menu = control.getMenu();
		if (screenshot) {
			// shown for real (SWT sends the Show event itself), so that the screenshot has it
			var where = control.toDisplay(40, 60);
			menu.setLocation(where.x, where.y);
			menu.setVisible(true);
		} else {
			menu.notifyListeners(SWT.Show, new Event());
		}
		processEvents();
		List<String> labels = new ArrayList<>();
		Map<String, Boolean> items = new LinkedHashMap<>();
		Arrays.stream(menu.getItems()).filter(i -> (i.getStyle() & SWT.SEPARATOR) == 0).forEach(i -> {
			labels.add(label(i));
			items.put(label(i), i.isEnabled());
		});
		assertEquals(List.copyOf(items.keySet()), labels, "each command once");
		if (screenshot) {
			UiScreenshots.save("actors-context-menu");
			menu.setVisible(false);
		} else {
			menu.notifyListeners(SWT.Hide, new Event());
		}
		processEvents();
		return items;
	}

	private static String label(MenuItem item) {
		String text = item.getText().replace("&", "");
		int tab = text.indexOf('\t');
		return tab < 0 ? text : text.substring(0, tab);
	}
}
