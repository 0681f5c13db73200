package org.sourcebench.application.about;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

/** Help > About Sourcebench. */
public class AboutHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		new AboutSourcebenchDialog(HandlerUtil.getActiveShell(event)).open();
		return null;
	}
}
