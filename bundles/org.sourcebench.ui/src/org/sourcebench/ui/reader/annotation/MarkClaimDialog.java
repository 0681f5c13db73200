package org.sourcebench.ui.reader.annotation;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.sourcebench.model.Actor;
import org.sourcebench.ui.internal.Messages;
import org.sourcebench.ui.labels.ElementLabels;

/** "Mark as Claim…": who said the selected text (an actor, or unknown) and whether it is a direct quote. */
class MarkClaimDialog extends AnnotationDialog {

	private final List<Actor> actors;
	private final Actor likelySpeaker;
	private final boolean quoted;
	private Combo speakerCombo;
	private Button directButton;
	private Actor speaker;
	private boolean direct;

	MarkClaimDialog(Shell parent, String selectedText, List<Actor> actors, Actor likelySpeaker) {
		super(parent, Messages.Annotate_claimTitle, selectedText);
		this.actors = actors;
		this.likelySpeaker = likelySpeaker;
		String text = selectedText.strip();
		this.quoted = !text.isEmpty() && "\"\u201c\u2018'".indexOf(text.charAt(0)) >= 0;
	}

	@Override
	protected void createForm(Composite form) {
		List<String> items = new ArrayList<>();
		items.add(Messages.Annotate_unknownSpeaker);
		actors.forEach(a -> items.add(ElementLabels.name(a)));
		speakerCombo = combo(form, Messages.Annotate_speaker, items, "speaker");
		speakerCombo.select(likelySpeaker == null ? 0 : actors.indexOf(likelySpeaker) + 1);
		new Label(form, SWT.NONE);
		directButton = name(new Button(form, SWT.CHECK), "direct");
		directButton.setText(Messages.Annotate_directQuote);
		directButton.setSelection(quoted);
	}

	@Override
	protected void okPressed() {
		int i = speakerCombo.getSelectionIndex();
		speaker = i <= 0 ? null : actors.get(i - 1);
		direct = directButton.getSelection();
		super.okPressed();
	}

	Actor speaker() {
		return speaker;
	}

	boolean direct() {
		return direct;
	}
}
