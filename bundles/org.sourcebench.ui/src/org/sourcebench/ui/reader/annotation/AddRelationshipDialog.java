package org.sourcebench.ui.reader.annotation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.sourcebench.model.Actor;
import org.sourcebench.model.cameo.CameoEvent;
import org.sourcebench.ui.internal.Messages;
import org.sourcebench.ui.labels.ElementLabels;

/**
 * "Add Relationship…": from and to (actors; those mentioned in the selection come first), and the CAMEO event,
 * picked from a list that the search box narrows by code or words ("040", "consult", "threaten").
 */
class AddRelationshipDialog extends AnnotationDialog {

	private final List<Actor> actors;
	private final Actor likelyFrom;
	private final Actor likelyTo;
	private final List<CameoEvent> events;
	private List<CameoEvent> shown;
	private Combo fromCombo;
	private Combo toCombo;
	private Text search;
	private org.eclipse.swt.widgets.List eventList;
	private Actor from;
	private Actor to;
	private CameoEvent event;

	AddRelationshipDialog(Shell parent, String selectedText, List<Actor> actors, Actor likelyFrom, Actor likelyTo,
			List<CameoEvent> events) {
		super(parent, Messages.Annotate_relationshipTitle, selectedText);
		this.actors = actors;
		this.likelyFrom = likelyFrom;
		this.likelyTo = likelyTo;
		this.events = events.stream().sorted(Comparator.comparing(CameoEvent::code)).toList();
	}

	@Override
	protected void createForm(Composite form) {
		List<String> names = actors.stream().map(ElementLabels::name).toList();
		fromCombo = combo(form, Messages.Annotate_from, names, "from");
		fromCombo.select(Math.max(0, actors.indexOf(likelyFrom)));
		toCombo = combo(form, Messages.Annotate_to, names, "to");
		toCombo.select(Math.max(0, actors.indexOf(likelyTo)));
		new Label(form, SWT.NONE).setText(Messages.Annotate_event);
		search = name(new Text(form, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL), "search");
		search.setMessage(Messages.Annotate_eventSearch);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(search);
		new Label(form, SWT.NONE);
		eventList = name(new org.eclipse.swt.widgets.List(form, SWT.SINGLE | SWT.BORDER | SWT.V_SCROLL), "events");
		GridDataFactory.fillDefaults().grab(true, true).hint(360, 220).applyTo(eventList);
		search.addListener(SWT.Modify, e -> filter());
		filter();
	}

	private void filter() {
		String[] words = search.getText().strip().toLowerCase(Locale.ROOT).split("\\s+");
		shown = new ArrayList<>();
		for (CameoEvent candidate : events) {
			String text = (candidate.code() + " " + candidate.label()).toLowerCase(Locale.ROOT);
			boolean all = true;
			for (String word : words) {
				all &= word.isEmpty() || text.contains(word);
			}
			if (all) {
				shown.add(candidate);
			}
		}
		eventList.setItems(shown.stream().map(e -> e.code() + "  " + ElementLabels.sentenceCase(e.label())).toArray(String[]::new));
		if (!shown.isEmpty()) {
			eventList.select(0);
		}
	}

	@Override
	protected void okPressed() {
		int i = eventList.getSelectionIndex();
		if (actors.isEmpty() || fromCombo.getSelectionIndex() < 0 || toCombo.getSelectionIndex() < 0 || i < 0) {
			setErrorMessage(Messages.Annotate_relationshipIncomplete);
			return;
		}
		from = actors.get(fromCombo.getSelectionIndex());
		to = actors.get(toCombo.getSelectionIndex());
		event = shown.get(i);
		super.okPressed();
	}

	Actor from() {
		return from;
	}

	Actor to() {
		return to;
	}

	CameoEvent event() {
		return event;
	}
}
