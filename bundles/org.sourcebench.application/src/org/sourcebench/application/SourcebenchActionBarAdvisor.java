package org.sourcebench.application;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.ICoolBarManager;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.action.ToolBarManager;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ActionFactory.IWorkbenchAction;
import org.eclipse.ui.actions.ContributionItemFactory;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.menus.CommandContributionItem;
import org.eclipse.ui.menus.CommandContributionItemParameter;

/**
 * File, Edit, Window and Help menus with the standard workbench actions. The menus keep the standard
 * group markers (new, import/export, additions, ...) so that the views, editors and wizards of other
 * bundles contribute into them by menu URI, exactly as they do inside an Eclipse IDE.
 */
public class SourcebenchActionBarAdvisor extends ActionBarAdvisor {

	private IWorkbenchAction save;
	private IWorkbenchAction saveAs;
	private IWorkbenchAction saveAll;
	private IWorkbenchAction close;
	private IWorkbenchAction closeAll;
	private IWorkbenchAction importWizard;
	private IWorkbenchAction exportWizard;
	private IWorkbenchAction quit;
	private IWorkbenchAction undo;
	private IWorkbenchAction redo;
	private IWorkbenchAction cut;
	private IWorkbenchAction copy;
	private IWorkbenchAction paste;
	private IContributionItem delete;
	private IWorkbenchAction selectAll;
	private IWorkbenchAction find;
	private IWorkbenchAction resetPerspective;
	private IWorkbenchAction preferences;
	private IContributionItem showViews;
	private IContributionItem perspectives;

	public SourcebenchActionBarAdvisor(IActionBarConfigurer configurer) {
		super(configurer);
	}

	@Override
	protected void makeActions(IWorkbenchWindow window) {
		save = keep(ActionFactory.SAVE.create(window));
		saveAs = keep(ActionFactory.SAVE_AS.create(window));
		saveAll = keep(ActionFactory.SAVE_ALL.create(window));
		close = keep(ActionFactory.CLOSE.create(window));
		closeAll = keep(ActionFactory.CLOSE_ALL.create(window));
		importWizard = keep(ActionFactory.IMPORT.create(window));
		exportWizard = keep(ActionFactory.EXPORT.create(window));
		quit = keep(ActionFactory.QUIT.create(window));
		undo = keep(ActionFactory.UNDO.create(window));
		redo = keep(ActionFactory.REDO.create(window));
		cut = keep(ActionFactory.CUT.create(window));
		copy = keep(ActionFactory.COPY.create(window));
		paste = keep(ActionFactory.PASTE.create(window));
		// Delete follows the command's handler, not a part's global action: the dossier views declare theirs in
		// plugin.xml, and parts that still set a global Delete action (the diagram editor) reach the command too.
		CommandContributionItemParameter deleteItem = new CommandContributionItemParameter(window, ActionFactory.DELETE.getId(),
				ActionFactory.DELETE.getCommandId(), CommandContributionItem.STYLE_PUSH);
		deleteItem.label = Messages.Menu_delete;
		deleteItem.icon = window.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_TOOL_DELETE);
		deleteItem.disabledIcon = window.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_TOOL_DELETE_DISABLED);
		delete = new CommandContributionItem(deleteItem);
		selectAll = keep(ActionFactory.SELECT_ALL.create(window));
		find = keep(ActionFactory.FIND.create(window));
		resetPerspective = keep(ActionFactory.RESET_PERSPECTIVE.create(window));
		preferences = keep(ActionFactory.PREFERENCES.create(window));
		showViews = ContributionItemFactory.VIEWS_SHORTLIST.create(window);
		perspectives = ContributionItemFactory.PERSPECTIVES_SHORTLIST.create(window);
	}

	/** Registers the action so that its key binding works and the advisor disposes it. */
	private IWorkbenchAction keep(IWorkbenchAction action) {
		register(action);
		return action;
	}

	@Override
	protected void fillMenuBar(IMenuManager menuBar) {
		menuBar.add(fileMenu());
		menuBar.add(editMenu());
		menuBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		menuBar.add(windowMenu());
		menuBar.add(helpMenu());
	}

	private MenuManager fileMenu() {
		MenuManager menu = new MenuManager(Messages.Menu_file, IWorkbenchActionConstants.M_FILE);
		menu.add(new GroupMarker(IWorkbenchActionConstants.FILE_START));
		menu.add(new GroupMarker(IWorkbenchActionConstants.NEW_EXT));
		menu.add(new GroupMarker(IWorkbenchActionConstants.OPEN_EXT));
		menu.add(new Separator());
		menu.add(close);
		menu.add(closeAll);
		menu.add(new GroupMarker(IWorkbenchActionConstants.CLOSE_EXT));
		menu.add(new Separator());
		menu.add(save);
		menu.add(saveAs);
		menu.add(saveAll);
		menu.add(new GroupMarker(IWorkbenchActionConstants.SAVE_EXT));
		menu.add(new Separator());
		menu.add(importWizard);
		menu.add(exportWizard);
		menu.add(new GroupMarker(IWorkbenchActionConstants.IMPORT_EXT));
		menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		menu.add(new Separator(IWorkbenchActionConstants.MRU));
		menu.add(new Separator());
		menu.add(quit);
		menu.add(new GroupMarker(IWorkbenchActionConstants.FILE_END));
		return menu;
	}

	private MenuManager editMenu() {
		MenuManager menu = new MenuManager(Messages.Menu_edit, IWorkbenchActionConstants.M_EDIT);
		menu.add(new GroupMarker(IWorkbenchActionConstants.EDIT_START));
		menu.add(undo);
		menu.add(redo);
		menu.add(new GroupMarker(IWorkbenchActionConstants.UNDO_EXT));
		menu.add(new Separator());
		menu.add(cut);
		menu.add(copy);
		menu.add(paste);
		menu.add(new GroupMarker(IWorkbenchActionConstants.CUT_EXT));
		menu.add(new Separator());
		menu.add(delete);
		menu.add(selectAll);
		menu.add(new Separator());
		menu.add(find);
		menu.add(new GroupMarker(IWorkbenchActionConstants.FIND_EXT));
		menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		menu.add(new GroupMarker(IWorkbenchActionConstants.EDIT_END));
		return menu;
	}

	private MenuManager windowMenu() {
		MenuManager menu = new MenuManager(Messages.Menu_window, IWorkbenchActionConstants.M_WINDOW);
		MenuManager perspectiveMenu = new MenuManager(Messages.Menu_openPerspective, "openPerspective");
		perspectiveMenu.add(perspectives);
		menu.add(perspectiveMenu);
		MenuManager viewMenu = new MenuManager(Messages.Menu_showView, "showView");
		viewMenu.add(showViews);
		menu.add(viewMenu);
		menu.add(new Separator());
		menu.add(resetPerspective);
		menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		menu.add(new Separator());
		menu.add(preferences);
		return menu;
	}

	private MenuManager helpMenu() {
		MenuManager menu = new MenuManager(Messages.Menu_help, IWorkbenchActionConstants.M_HELP);
		menu.add(new GroupMarker(IWorkbenchActionConstants.HELP_START));
		menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		menu.add(new GroupMarker(IWorkbenchActionConstants.HELP_END));
		return menu;
	}

	@Override
	protected void fillCoolBar(ICoolBarManager coolBar) {
		ToolBarManager file = new ToolBarManager(coolBar.getStyle());
		file.add(save);
		file.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		coolBar.add(new org.eclipse.jface.action.ToolBarContributionItem(file, "org.sourcebench.toolbar.file"));
		coolBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
	}
}
