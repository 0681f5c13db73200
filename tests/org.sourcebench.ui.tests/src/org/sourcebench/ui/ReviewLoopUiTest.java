package org.sourcebench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourcebench.ui.WorkbenchFixture.closeAll;
import static org.sourcebench.ui.WorkbenchFixture.newDossierWithSeed;
import static org.sourcebench.ui.WorkbenchFixture.page;
import static org.sourcebench.ui.WorkbenchFixture.processEvents;
import static org.sourcebench.ui.WorkbenchFixture.show;
import static org.sourcebench.ui.WorkbenchFixture.waitFor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CCombo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.views.properties.PropertySheet;
import org.eclipse.ui.views.properties.PropertySheetPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.sourcebench.model.Claim;
import org.sourcebench.model.ClaimCredibility;
import org.sourcebench.model.Dossier;
import org.sourcebench.model.Ratings;
import org.sourcebench.model.Relationship;
import org.sourcebench.model.edit.commands.SetCredibilityCommand;
import org.sourcebench.model.store.DossierStore;
import org.sourcebench.ui.editor.DossierEditor;
import org.sourcebench.ui.importing.ImportArticlesJob;
import org.sourcebench.ui.importing.SampleDossier;
import org.sourcebench.ui.views.tables.ClaimsView;
import org.sourcebench.ui.views.tables.RelationshipsView;

/** The review loop of issue 14: the sample dossier, live Properties, grading in the tables and from the keyboard. */
class ReviewLoopUiTest {

	@TempDir
	Path folder;

	@AfterEach
	void closeEditors() {
		closeAll();
	}

	@Test
	void theSampleDossierOpensSavedAndCompleteEvenAfterAnUnsavedCloseOrAnEmptyFile() throws Exception {
		Path file = Platform.getStateLocation(FrameworkUtil.getBundle(SampleDossier.class)).toPath().resolve("sample")
				.resolve(SampleDossier.FILE_NAME);
		Files.deleteIfExists(file);
		ImportArticlesJob job = SampleDossier.open(page());
		assertNotNull(job, "a missing sample is built");
		waitFor(job);
		processEvents();
		DossierEditor editor = (DossierEditor) page().getActiveEditor();
		int sources = editor.getDossier().getSources().size();
		assertTrue(sources > 3, "sources: " + sources);
		assertFalse(editor.isDirty(), "the sample opens saved");
		assertEquals(sources, new DossierStore().load(file).getSources().size(), "the file on disk is complete");
		String screenshots = System.getProperty("sourcebench.screenshots");
		if (screenshots != null) {
			// The sample's Excel report, for people to convert to PDF and look at (see the README).
			new org.sourcebench.report.excel.ExcelReportWriter().write(editor.getDossier(), Path.of(screenshots, "sample-report.xlsx"),
					org.sourcebench.report.ReportProgress.NONE);
		}

		// "Don't Save", then open again: the same complete sample, no rebuild.
		closeAll();
		assertNull(SampleDossier.open(page()), "a complete sample is reopened, not rebuilt");
		processEvents();
		assertEquals(sources, ((DossierEditor) page().getActiveEditor()).getDossier().getSources().size());
		closeAll();

		// An empty file (what the old sample command left behind) is rebuilt, not opened empty.
		Files.write(file, new byte[0]);
		job = SampleDossier.open(page());
		assertNotNull(job, "an empty sample file is rebuilt");
		waitFor(job);
		processEvents();
		editor = (DossierEditor) page().getActiveEditor();
		assertEquals(sources, editor.getDossier().getSources().size());
		assertFalse(editor.isDirty());
		assertEquals(sources, new DossierStore().load(file).getSources().size());
	}

	@Test
	void propertiesFollowConfirmUndoAndCredibilityChanges() throws Exception {
		DossierEditor editor = newDossierWithSeed(folder);
		Dossier dossier = editor.getDossier();
		Relationship relationship = dossier.getRelationships().get(0);
		RelationshipsView relationships = show(SourcebenchUi.RELATIONSHIPS_VIEW_ID);
		relationships.getViewer().setSelection(new StructuredSelection(relationship), true);
		PropertySheet sheet = show(SourcebenchUi.PROPERTIES_VIEW_ID);
		page().activate(relationships);
		processEvents();
		assertEquals("Extracted", propertyText(sheet, "Status"));

		assertTrue(WorkbenchFixture.execute(relationships, SourcebenchUi.CONFIRM_RELATIONSHIP_COMMAND_ID));
		processEvents();
		assertEquals("Confirmed", propertyText(sheet, "Status"), "Properties shows the confirmed status");
		editor.getEditingDomain().getCommandStack().undo();
		processEvents();
		assertEquals("Extracted", propertyText(sheet, "Status"), "Properties follows the undo");

		Claim claim = dossier.getClaims().get(0);
		ClaimsView claims = show(SourcebenchUi.CLAIMS_VIEW_ID);
		claims.getViewer().setSelection(new StructuredSelection(claim), true);
		page().activate(claims);
		processEvents();
		ClaimCredibility before = claim.getCredibility();
		ClaimCredibility chosen = before == ClaimCredibility.DOUBTFUL ? ClaimCredibility.PROBABLY_TRUE : ClaimCredibility.DOUBTFUL;
		editor.getEditingDomain().getCommandStack().execute(new SetCredibilityCommand(editor.getEditingDomain(), claim, chosen));
		processEvents();
		assertEquals(Ratings.label(chosen), propertyText(sheet, "Credibility"));
		editor.getEditingDomain().getCommandStack().undo();
		processEvents();
		assertEquals(Ratings.label(before), propertyText(sheet, "Credibility"), "Properties follows the undo of Set Credibility");
		UiScreenshots.save("properties-live");
	}

	@Test
	void propertiesShowTheEventLabelInTheCaseOfTheTablesAndDiagram() throws Exception {
		DossierEditor editor = newDossierWithSeed(folder);
		Relationship relationship = editor.getDossier().getRelationships().get(0);
		// a root code: the CAMEO codebook writes its label in capitals
		editor.getEditingDomain().getCommandStack().execute(new org.sourcebench.model.edit.commands.SetFeatureCommand(
				editor.getEditingDomain(), relationship, org.sourcebench.model.SourcebenchPackage.Literals.RELATIONSHIP__EVENT_CODE,
				"16", "Set Event Code"));
		assertEquals("REDUCE RELATIONS", relationship.getEventLabel(), "the codebook's label");
		RelationshipsView relationships = show(SourcebenchUi.RELATIONSHIPS_VIEW_ID);
		relationships.getViewer().setSelection(new StructuredSelection(relationship), true);
		PropertySheet sheet = show(SourcebenchUi.PROPERTIES_VIEW_ID);
		page().activate(relationships);
		processEvents();

		org.eclipse.swt.widgets.Table table = relationships.getViewer().getTable();
		int event = Arrays.asList(table.getColumns()).stream().map(c -> c.getText()).toList()
				.indexOf(org.sourcebench.ui.internal.Messages.Column_event);
		assertTrue(event >= 0, "the table has an Event column");
		String inTable = table.getSelection()[0].getText(event);
		assertEquals("Reduce relations", inTable);
		assertEquals(inTable, propertyText(sheet, "Event Label"), "Properties reads as the table does");
		assertEquals(inTable, org.sourcebench.model.cameo.CameoEvent.readable(relationship.getEventLabel()),
				"the diagram and the Excel report use the same formatter");
		UiScreenshots.save("properties-event-label");
	}

	@Test
	void aCredibilityPickedInTheTableAppliesWithoutEnter() throws Exception {
		DossierEditor editor = newDossierWithSeed(folder);
		Claim claim = editor.getDossier().getClaims().get(0);
		ClaimsView claims = show(SourcebenchUi.CLAIMS_VIEW_ID);
		ClaimCredibility chosen = claim.getCredibility() == ClaimCredibility.IMPROBABLE ? ClaimCredibility.CONFIRMED
				: ClaimCredibility.IMPROBABLE;
		int column = Arrays.asList(claims.getViewer().getTable().getColumns()).stream().map(c -> c.getText()).toList()
				.indexOf("Credibility");
		claims.getViewer().editElement(claim, column);
		processEvents();
		CCombo combo = findCombo(claims.getViewer().getTable());
		assertNotNull(combo, "no cell editor opened");
		combo.select(ClaimCredibility.VALUES.indexOf(chosen));
		combo.notifyListeners(SWT.Selection, new Event());
		processEvents();
		assertEquals(chosen, claim.getCredibility(), "the pick applies at once");
		assertEquals("Set Credibility", editor.getEditingDomain().getCommandStack().getUndoCommand().getLabel());
	}

	@Test
	void digitsOneToSixGradeTheSelectedClaimAndMoveOn() throws Exception {
		DossierEditor editor = newDossierWithSeed(folder);
		Dossier dossier = editor.getDossier();
		assertTrue(dossier.getClaims().size() > 1);
		ClaimsView claims = show(SourcebenchUi.CLAIMS_VIEW_ID);
		claims.getViewer().getTable().setSelection(0);
		claims.getViewer().getTable().notifyListeners(SWT.Selection, new Event());
		Claim first = (Claim) claims.getViewer().getTable().getItem(0).getData();
		Claim second = (Claim) claims.getViewer().getTable().getItem(1).getData();
		ClaimCredibility before = first.getCredibility();

		Event two = new Event();
		two.character = '2';
		two.keyCode = '2';
		claims.getViewer().getTable().notifyListeners(SWT.KeyDown, two);
		processEvents();
		assertEquals(ClaimCredibility.PROBABLY_TRUE, first.getCredibility());
		assertEquals(second, claims.getViewer().getStructuredSelection().getFirstElement(), "the next claim is selected");

		Event five = new Event();
		five.character = '5';
		five.keyCode = '5';
		claims.getViewer().getTable().notifyListeners(SWT.KeyDown, five);
		processEvents();
		assertEquals(ClaimCredibility.IMPROBABLE, second.getCredibility());

		editor.getEditingDomain().getCommandStack().undo();
		editor.getEditingDomain().getCommandStack().undo();
		assertEquals(before, first.getCredibility(), "each key press is one undoable command");
	}

	@Test
	void confidenceReadsAsTwoDecimalsTheReliabilityTipLeavesTheListFreeAndHintsNameRealMenus() throws Exception {
		DossierEditor editor = newDossierWithSeed(folder);
		Relationship relationship = editor.getDossier().getRelationships().get(0);
		editor.getEditingDomain().getCommandStack().execute(new org.sourcebench.model.edit.commands.SetFeatureCommand(
				editor.getEditingDomain(), relationship, org.sourcebench.model.SourcebenchPackage.Literals.RELATIONSHIP__CONFIDENCE,
				0.42999999999999994, "Set Confidence"));
		var properties = new org.sourcebench.ui.properties.ElementPropertySourceFactory().getAdapter(relationship,
				org.eclipse.ui.views.properties.IPropertySource.class);
		var confidence = Arrays.stream(properties.getPropertyDescriptors()).filter(d -> d.getDisplayName().equals("Confidence"))
				.findFirst().orElseThrow();
		assertEquals("0.43", confidence.getLabelProvider().getText(properties.getPropertyValue(confidence.getId())));

		org.eclipse.swt.widgets.Combo reliability = Dialogs.find(editor.getReader().getControl().getParent(),
				org.eclipse.swt.widgets.Combo.class, c -> c.getItemCount() == org.sourcebench.model.AdmiraltyReliability.VALUES.size());
		assertNull(reliability.getToolTipText(), "a tooltip on the combo covers its list");
		assertTrue(Arrays.stream(reliability.getParent().getChildren()).anyMatch(c -> c instanceof org.eclipse.swt.widgets.Label l
				&& l.getToolTipText() != null && l.getToolTipText().contains("Reliability")), "the explanation moved to the label");

		org.eclipse.swt.widgets.Menu file = Arrays.stream(page().getWorkbenchWindow().getShell().getMenuBar().getItems())
				.filter(i -> i.getText().replace("&", "").equals("File")).findFirst().orElseThrow().getMenu();
		file.notifyListeners(SWT.Show, new Event());
		java.util.List<String> items = Arrays.stream(file.getItems()).map(i -> i.getText().replace("&", "").split("\t")[0]).toList();
		file.notifyListeners(SWT.Hide, new Event());
		for (String hint : java.util.List.of(org.sourcebench.ui.internal.Messages.Reader_noSources,
				org.sourcebench.ui.views.welcome.Messages.GettingStarted_step1, org.sourcebench.ui.views.welcome.Messages.GettingStarted_step2,
				org.sourcebench.ui.views.welcome.Messages.GettingStarted_step4)) {
			java.util.regex.Matcher path = java.util.regex.Pattern.compile("File > (.+?\\.\\.\\.)").matcher(hint);
			assertTrue(path.find(), "no menu path in " + hint);
			assertTrue(items.contains(path.group(1)), hint + " names " + path.group(1) + ", the File menu has " + items);
		}
	}

	@Test
	void theImportSummaryNamesIgnoredFilesAndAReprintShowsInTheNavigatorAndReader() throws Exception {
		DossierEditor editor = org.sourcebench.ui.handlers.DossierEditors.create(page(), folder.resolve("Reprints.sbx"));
		Path articles = Files.createDirectories(folder.resolve("articles"));
		Files.copy(WorkbenchFixture.seed(), articles.resolve("a_original.txt"));
		Files.writeString(articles.resolve("b_reprint.txt"), Files.readString(WorkbenchFixture.seed()) + "\n(Reprinted with permission.)\n");
		Files.write(articles.resolve("photo.png"), new byte[] { (byte) 0x89, 'P', 'N', 'G' });
		ImportArticlesJob job = org.sourcebench.ui.importing.ArticleImports.start(editor, java.util.List.of(articles), false, false);
		org.eclipse.core.runtime.IStatus result = waitFor(job);
		String children = Arrays.toString(result.getChildren());
		assertTrue(children.contains("photo.png: ignored, .png is not an article format"), children);
		assertEquals(2, editor.getDossier().getSources().size());

		org.sourcebench.model.Source reprint = editor.getDossier().getSources().stream()
				.filter(org.sourcebench.ingest.dossier.DossierImport::isReprint).findFirst().orElseThrow();
		org.sourcebench.ui.views.navigator.NavigatorView navigator = show(SourcebenchUi.NAVIGATOR_VIEW_ID);
		navigator.getViewer().expandAll();
		processEvents();
		java.util.List<String> labels = new java.util.ArrayList<>();
		collect(navigator.getViewer().getTree().getItems(), labels);
		assertTrue(labels.stream().anyMatch(l -> l.startsWith("[Reprint] ")), labels.toString());
		assertEquals(1, labels.stream().filter(l -> l.startsWith("[Reprint] ")).count());
		editor.getReader().showSource(reprint);
		processEvents();
		assertTrue(Dialogs.find(editor.getReader().getControl().getParent(), org.eclipse.swt.widgets.Label.class,
				l -> l.getText().startsWith("Reprint of")) != null, "the reader header says it is a reprint");
		UiScreenshots.save("reader-reprint");
	}

	private static void collect(TreeItem[] items, java.util.List<String> labels) {
		for (TreeItem item : items) {
			labels.add(item.getText());
			collect(item.getItems(), labels);
		}
	}

	/** @return the value column of the Properties row named {@code name} */
	static String propertyText(PropertySheet sheet, String name) {
		Tree tree = (Tree) ((PropertySheetPage) sheet.getCurrentPage()).getControl();
		for (TreeItem item : all(tree.getItems())) {
			if (item.getText(0).equals(name)) {
				return item.getText(1);
			}
		}
		throw new AssertionError("no property " + name);
	}

	private static java.util.List<TreeItem> all(TreeItem[] items) {
		java.util.List<TreeItem> list = new java.util.ArrayList<>();
		for (TreeItem item : items) {
			list.add(item);
			item.setExpanded(true);
			list.addAll(all(item.getItems()));
		}
		return list;
	}

	private static CCombo findCombo(Control control) {
		if (control instanceof CCombo combo && combo.isVisible()) {
			return combo;
		}
		if (control instanceof org.eclipse.swt.widgets.Composite composite) {
			for (Control child : composite.getChildren()) {
				CCombo found = findCombo(child);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}
}
