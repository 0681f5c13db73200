package org.sourcebench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourcebench.ui.WorkbenchFixture.closeAll;
import static org.sourcebench.ui.WorkbenchFixture.newDossierWithSeed;
import static org.sourcebench.ui.WorkbenchFixture.page;
import static org.sourcebench.ui.WorkbenchFixture.processEvents;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.keys.IBindingService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcebench.model.Actor;
import org.sourcebench.model.Source;
import org.sourcebench.ui.editor.DossierEditor;
import org.sourcebench.ui.reader.FindBar;
import org.sourcebench.ui.views.search.DossierSearch.Hit;
import org.sourcebench.ui.views.search.SearchView;

/** Find in the reader (Ctrl+F) and the dossier-wide Search view (Ctrl+H). */
class FindUiTest {

	@TempDir
	Path folder;

	@AfterEach
	void closeEditors() {
		closeAll();
	}

	@Test
	void ctrlFOpensTheFindBarThatHighlightsAndStepsThroughHits() throws Exception {
		DossierEditor editor = newDossierWithSeed(folder);
		page().activate(editor);
		List<String> keys = Arrays.stream(page().getWorkbenchWindow().getService(IBindingService.class)
				.getActiveBindingsFor(IWorkbenchCommandConstants.EDIT_FIND_AND_REPLACE)).map(Object::toString).toList();
		assertTrue(keys.stream().anyMatch(k -> k.equalsIgnoreCase("Ctrl+F") || k.equals("M1+F")), keys.toString());

		editor.getSite().getService(IHandlerService.class).executeCommand(IWorkbenchCommandConstants.EDIT_FIND_AND_REPLACE, null);
		processEvents();
		FindBar find = editor.getReader().getFindBar();
		assertTrue(find.isOpen(), "Ctrl+F opens the find bar");

		String body = editor.getReader().getSource().getBody();
		int expected = count(body.toLowerCase(Locale.ROOT), "syria");
		assertTrue(expected > 2, "the seed names Syria several times");
		find.getField().setText("syria");
		processEvents();
		assertEquals(expected, find.getHits().size());
		StyledText text = editor.getReader().getTextWidget();
		int[] first = find.getHits().get(find.getCurrent());
		assertEquals(first[0], text.getSelection().x);
		for (int[] hit : find.getHits()) {
			StyleRange style = text.getStyleRangeAtOffset(hit[0]);
			assertTrue(style != null && style.background != null, "hit at " + hit[0] + " highlighted");
		}
		UiScreenshots.save("reader-find-bar");

		int before = find.getCurrent();
		Event enter = new Event();
		find.getField().notifyListeners(SWT.DefaultSelection, enter);
		assertEquals((before + 1) % expected, find.getCurrent(), "Enter goes to the next hit");
		assertEquals(find.getHits().get(find.getCurrent())[0], text.getSelection().x);
		Event shiftEnter = new Event();
		shiftEnter.stateMask = SWT.SHIFT;
		find.getField().notifyListeners(SWT.DefaultSelection, shiftEnter);
		assertEquals(before, find.getCurrent(), "Shift+Enter goes back");

		Event escape = new Event();
		escape.keyCode = SWT.ESC;
		find.getField().notifyListeners(SWT.KeyDown, escape);
		processEvents();
		assertFalse(find.isOpen());
		assertTrue(find.getHits().isEmpty());
	}

	@Test
	void theSearchViewFindsSourceTextActorsAndClaimsAndOpensTheReaderAtAHit() throws Exception {
		DossierEditor editor = newDossierWithSeed(folder);
		page().activate(editor);
		StyledText text = editor.getReader().getTextWidget();
		String body = editor.getReader().getSource().getBody();
		int at = body.indexOf("Putin");
		text.setSelection(at, at + "Putin".length());
		editor.getSite().getService(IHandlerService.class).executeCommand(SourcebenchUi.SEARCH_DOSSIER_COMMAND_ID, null);
		processEvents();

		SearchView view = (SearchView) page().findView(SourcebenchUi.SEARCH_VIEW_ID);
		assertEquals("Putin", view.getQuery().getText(), "the reader's selection is the query");
		@SuppressWarnings("unchecked")
		List<Hit> hits = (List<Hit>) view.getViewer().getInput();
		long inText = hits.stream().filter(h -> h.element() instanceof Source).count();
		assertEquals(count(body.toLowerCase(Locale.ROOT), "putin"), inText);
		assertTrue(hits.stream().anyMatch(h -> h.element() instanceof Actor a && a.getCanonicalName().contains("Putin")), "actor hit");
		assertEquals(hits.size(), view.getViewer().getTable().getItemCount());
		UiScreenshots.save("search-view");

		Hit last = hits.stream().filter(h -> h.element() instanceof Source).reduce((a, b) -> b).orElseThrow();
		view.open(last);
		processEvents();
		assertSame(editor, page().getActivePart());
		assertEquals(last.begin(), text.getSelection().x);
		assertEquals(last.end(), text.getSelection().y);

		Hit actorHit = hits.stream().filter(h -> h.element() instanceof Actor).findFirst().orElseThrow();
		view.open(actorHit);
		processEvents();
		assertSame(actorHit.element(), editor.getReader().getFocus());

		org.sourcebench.model.Claim claim = editor.getDossier().getClaims().get(0);
		view.search(claim.getText().substring(0, Math.min(20, claim.getText().length())));
		@SuppressWarnings("unchecked")
		List<Hit> claimHits = (List<Hit>) view.getViewer().getInput();
		assertTrue(claimHits.stream().anyMatch(h -> h.element() == claim), "claim hit");
	}

	private static int count(String body, String word) {
		int n = 0;
		for (int at = body.indexOf(word); at >= 0; at = body.indexOf(word, at + word.length())) {
			n++;
		}
		return n;
	}
}
