package org.sourcebench.ui.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;
import org.sourcebench.ui.SourcebenchUi;
import org.sourcebench.ui.editor.DossierEditor;
import org.sourcebench.ui.reader.annotation.HandAnnotation;

/**
 * The reader's hand-annotation commands (Mark as Actor, Mark as Location, Mark as Claim, Add Relationship,
 * Remove Mention): one handler, the command id says which. Enabled when the active dossier editor's reader
 * has a selection (Remove Mention: when the selection touches a mention).
 */
public class HandAnnotationHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IEditorPart editor = HandlerUtil.getActiveEditor(event);
        HandAnnotation.Kind kind = kindOf(event.getCommand().getId());
        if (editor instanceof DossierEditor dossierEditor && kind != null && dossierEditor.getAnnotation() != null) {
            dossierEditor.getAnnotation().run(kind, HandlerUtil.getActiveShell(event));
        }
        return null;
    }

    @Override
    public boolean isEnabled() {
        IWorkbenchWindow window = PlatformUI.isWorkbenchRunning() ? PlatformUI.getWorkbench().getActiveWorkbenchWindow() : null;
        IEditorPart editor = window == null || window.getActivePage() == null ? null : window.getActivePage().getActiveEditor();
        return editor instanceof DossierEditor dossierEditor && dossierEditor.getAnnotation() != null;
    }

    /** @return the annotation a command id stands for, or null */
    static HandAnnotation.Kind kindOf(String commandId) {
        return switch (commandId) {
            case SourcebenchUi.MARK_ACTOR_COMMAND_ID -> HandAnnotation.Kind.ACTOR;
            case SourcebenchUi.MARK_LOCATION_COMMAND_ID -> HandAnnotation.Kind.LOCATION;
            case SourcebenchUi.MARK_CLAIM_COMMAND_ID -> HandAnnotation.Kind.CLAIM;
            case SourcebenchUi.ADD_RELATIONSHIP_COMMAND_ID -> HandAnnotation.Kind.RELATIONSHIP;
            case SourcebenchUi.REMOVE_MENTION_COMMAND_ID -> HandAnnotation.Kind.REMOVE_MENTION;
            default -> null;
        };
    }
}
