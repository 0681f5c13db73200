package org.sourcebench.ui.reader;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.sourcebench.ui.internal.Messages;

/**
 * The reader's find bar (Ctrl+F): a search field, the count of hits, Previous and Next, all hits highlighted
 * and the current one selected. Case is ignored. Enter goes to the next hit, Shift+Enter to the previous one,
 * Esc closes the bar.
 */
public class FindBar {

	private final Composite bar;
	private final Text field;
	private final Label count;
	private final StyledText text;
	private final Runnable restyle;
	private final Color hitColor;
	private final Color currentColor;
	private List<int[]> hits = List.of();
	private int current = -1;

	FindBar(Composite parent, StyledText text, Runnable restyle) {
		this.text = text;
		this.restyle = restyle;
		hitColor = new Color(255, 255, 0);
		currentColor = new Color(255, 140, 0);
		bar = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(5).margins(0, 2).applyTo(bar);
		GridDataFactory.fillDefaults().grab(true, false).exclude(true).applyTo(bar);
		bar.setVisible(false);
		new Label(bar, SWT.NONE).setText(Messages.Find_label);
		field = new Text(bar, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		field.setMessage(Messages.Find_message);
		GridDataFactory.fillDefaults().grab(true, false).hint(260, SWT.DEFAULT).applyTo(field);
		count = new Label(bar, SWT.NONE);
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.CENTER).hint(90, SWT.DEFAULT).applyTo(count);
		Button previous = new Button(bar, SWT.PUSH);
		previous.setText(Messages.Find_previous);
		previous.addListener(SWT.Selection, e -> move(-1));
		Button next = new Button(bar, SWT.PUSH);
		next.setText(Messages.Find_next);
		next.addListener(SWT.Selection, e -> move(1));
		field.addListener(SWT.Modify, e -> search());
		field.addListener(SWT.DefaultSelection, e -> move((e.stateMask & SWT.SHIFT) != 0 ? -1 : 1));
		field.addListener(SWT.KeyDown, e -> {
			if (e.keyCode == SWT.ESC) {
				close();
			}
		});
		bar.addListener(SWT.Dispose, e -> {
			hitColor.dispose();
			currentColor.dispose();
		});
	}

	/** Shows the bar with the reader's selected text (if any, on one line) as the search, and focuses it. */
	public void open() {
		String selected = text.getSelectionText();
		if (!selected.isBlank() && selected.indexOf('\n') < 0) {
			field.setText(selected.strip());
		}
		((org.eclipse.swt.layout.GridData) bar.getLayoutData()).exclude = false;
		bar.setVisible(true);
		bar.getParent().layout(true, true);
		field.selectAll();
		field.setFocus();
		search();
	}

	/** Hides the bar and its highlights. */
	public void close() {
		((org.eclipse.swt.layout.GridData) bar.getLayoutData()).exclude = true;
		bar.setVisible(false);
		bar.getParent().layout(true, true);
		hits = List.of();
		current = -1;
		restyle.run();
		text.setFocus();
	}

	/** @return whether the bar is shown */
	public boolean isOpen() {
		return bar.isVisible();
	}

	/** @return the search field */
	public Text getField() {
		return field;
	}

	/** @return the [begin, end) of every hit in the shown text */
	public List<int[]> getHits() {
		return hits;
	}

	/** @return the index of the current hit, or -1 */
	public int getCurrent() {
		return current;
	}

	/** Goes to the next ({@code 1}) or previous ({@code -1}) hit, wrapping around. */
	public void move(int direction) {
		if (hits.isEmpty()) {
			return;
		}
		current = current < 0 ? (direction > 0 ? 0 : hits.size() - 1) : Math.floorMod(current + direction, hits.size());
		show();
	}

	/** Searches the shown text again (after the source changed). */
	void search() {
		String wanted = field.getText().toLowerCase(Locale.ROOT);
		List<int[]> found = new ArrayList<>();
		if (isOpen() && !wanted.isEmpty()) {
			String body = text.getText().toLowerCase(Locale.ROOT);
			for (int at = body.indexOf(wanted); at >= 0; at = body.indexOf(wanted, at + wanted.length())) {
				found.add(new int[] { at, at + wanted.length() });
			}
		}
		hits = found;
		current = -1;
		int caret = text.getCaretOffset();
		for (int i = 0; i < hits.size() && current < 0; i++) {
			if (hits.get(i)[0] >= caret) {
				current = i;
			}
		}
		if (current < 0 && !hits.isEmpty()) {
			current = 0;
		}
		show();
	}

	private void show() {
		count.setText(field.getText().isEmpty() ? "" : hits.isEmpty() ? Messages.Find_none
				: NLS.bind(Messages.Find_count, current + 1, hits.size()));
		restyle.run();
		if (current >= 0) {
			int[] hit = hits.get(current);
			text.setSelection(hit[0], hit[1]);
			text.showSelection();
		}
	}

	/** Paints the hits over the evidence styles (called by the reader after it set its styles). */
	void paintHits() {
		for (int i = 0; i < hits.size(); i++) {
			int[] hit = hits.get(i);
			StyleRange[] under = text.getStyleRanges(hit[0], hit[1] - hit[0]);
			StyleRange range = new StyleRange(hit[0], hit[1] - hit[0], text.getDisplay().getSystemColor(SWT.COLOR_BLACK),
					i == current ? currentColor : hitColor);
			range.fontStyle = under.length > 0 ? under[0].fontStyle : SWT.NORMAL;
			range.borderStyle = SWT.BORDER_SOLID;
			range.borderColor = currentColor;
			text.setStyleRange(range);
		}
	}
}
