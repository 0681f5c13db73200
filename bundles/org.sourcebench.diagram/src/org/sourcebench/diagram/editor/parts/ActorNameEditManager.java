package org.sourcebench.diagram.editor.parts;

import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.gef.tools.CellEditorLocator;
import org.eclipse.gef.tools.DirectEditManager;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.widgets.Text;
import org.sourcebench.diagram.editor.figures.ActorFigure;

/** In-place editing of an actor's name over its card. */
class ActorNameEditManager extends DirectEditManager {

	ActorNameEditManager(ActorEditPart part) {
		super(part, TextCellEditor.class, new CellEditorLocator() {
			@Override
			public void relocate(CellEditor editor) {
				ActorFigure figure = (ActorFigure) part.getFigure();
				Rectangle r = figure.getNameBounds().getCopy();
				figure.translateToAbsolute(r);
				Text text = (Text) editor.getControl();
				text.setBounds(r.x, r.y, r.width, r.height + 6);
			}
		});
	}

	@Override
	protected void initCellEditor() {
		String name = ((ActorEditPart) getEditPart()).getActor().getCanonicalName();
		getCellEditor().setValue(name == null ? "" : name);
		((Text) getCellEditor().getControl()).selectAll();
	}
}
