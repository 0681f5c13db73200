package org.sourcebench.ui.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.expressions.IEvaluationContext;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.ui.ISources;
import org.eclipse.ui.handlers.HandlerUtil;
import org.sourcebench.ui.editor.DossierEditor;
import org.sourcebench.ui.reader.annotation.HandAnnotation;

/**
 * The reader's hand-annotation commands (Mark as Actor, Mark as Location, Mark as Claim, Add Relationship,
 * Remove Mention): one handler class, plugin.xml names the annotation
 * ({@code defaultHandler="...HandAnnotationHandler:ACTOR"}). Enabled when the active dossier editor's reader has
 * a selection (Remove Mention: when the selection touches a mention).
 */
public class HandAnnotationHandler extends AbstractHandler implements IExecutableExtension {

	private HandAnnotation.Kind kind;

	@Override
	public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
		kind = data instanceof String name ? HandAnnotation.Kind.valueOf(name) : null;
	}

	@Override
	public Object execute(ExecutionEvent event) {
		HandAnnotation annotation = annotationOf(HandlerUtil.getActiveEditor(event));
		if (annotation != null && kind != null) {
			annotation.run(kind, HandlerUtil.getActiveShell(event));
		}
		return null;
	}

	@Override
	public void setEnabled(Object evaluationContext) {
		HandAnnotation annotation = evaluationContext instanceof IEvaluationContext context
				? annotationOf(context.getVariable(ISources.ACTIVE_EDITOR_NAME)) : null;
		setBaseEnabled(annotation != null && kind != null && annotation.canRun(kind));
	}

	private static HandAnnotation annotationOf(Object editor) {
		return editor instanceof DossierEditor dossierEditor ? dossierEditor.getAnnotation() : null;
	}
}
