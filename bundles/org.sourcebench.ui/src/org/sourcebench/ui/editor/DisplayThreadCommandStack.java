package org.sourcebench.ui.editor;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.swt.widgets.Display;

/**
 * A command stack that always executes on the display thread. Import and extraction jobs read files and
 * analyse text in the background but hand their finished command to the stack; running it on the display
 * thread means views see every model change on the thread that draws them, never half-way through a
 * repaint.
 */
public class DisplayThreadCommandStack extends BasicCommandStack {

	private final Display display;

	/** @param display the display whose thread runs the commands */
	public DisplayThreadCommandStack(Display display) {
		this.display = display;
	}

	@Override
	public void execute(Command command) {
		if (Display.getCurrent() == display || display.isDisposed()) {
			super.execute(command);
		} else {
			display.syncExec(() -> super.execute(command));
		}
	}
}
