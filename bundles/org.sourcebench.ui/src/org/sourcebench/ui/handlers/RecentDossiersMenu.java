package org.sourcebench.ui.handlers;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.action.IContributionItem;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.CompoundContributionItem;
import org.eclipse.ui.menus.CommandContributionItem;
import org.eclipse.ui.menus.CommandContributionItemParameter;
import org.sourcebench.ui.SourcebenchUi;
import org.sourcebench.ui.internal.Messages;

/** File > Recent Dossiers: one item per recently opened dossier, numbered, with the path as tooltip. */
public class RecentDossiersMenu extends CompoundContributionItem {

	@Override
	protected IContributionItem[] getContributionItems() {
		List<IContributionItem> items = new ArrayList<>();
		List<Path> files = RecentDossiers.list();
		for (int i = 0; i < files.size(); i++) {
			Path file = files.get(i);
			CommandContributionItemParameter parameter = new CommandContributionItemParameter(PlatformUI.getWorkbench(),
					"org.sourcebench.ui.recent." + i, SourcebenchUi.OPEN_DOSSIER_COMMAND_ID, CommandContributionItem.STYLE_PUSH);
			parameter.label = "&" + (i + 1) + " " + file.getFileName();
			parameter.tooltip = file.toString();
			parameter.parameters = Map.of(OpenDossierHandler.FILE_PARAMETER, file.toString());
			items.add(new CommandContributionItem(parameter));
		}
		if (items.isEmpty()) {
			CommandContributionItemParameter none = new CommandContributionItemParameter(PlatformUI.getWorkbench(),
					"org.sourcebench.ui.recent.none", SourcebenchUi.OPEN_DOSSIER_COMMAND_ID, CommandContributionItem.STYLE_PUSH);
			none.label = Messages.Menu_noRecentDossiers;
			items.add(new CommandContributionItem(none));
		}
		return items.toArray(new IContributionItem[0]);
	}
}
