package org.sourcebench.ui.reader;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.util.IPropertyChangeListener;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.sourcebench.model.AdmiraltyReliability;
import org.sourcebench.model.Dossier;
import org.sourcebench.model.Ratings;
import org.sourcebench.model.Dossiers;
import org.sourcebench.model.Source;
import org.sourcebench.model.Span;
import org.sourcebench.model.edit.commands.SetReliabilityCommand;
import org.sourcebench.ui.editor.DossierContext;
import org.sourcebench.ui.internal.Messages;
import org.sourcebench.ui.labels.ElementLabels;
import org.sourcebench.ui.preferences.HighlightPreferences;

/**
 * Shows one source's body with its evidence highlighted: actors, locations, claims and relationship evidence
 * each in their colour (legend with toggles), a hover that says what a span is, a click that selects the
 * element, and the focused element's spans (a selected actor's mentions, say) bold and boxed. The header
 * picks the source and rates its reliability (a command, like every change).
 */
public class SourceReader {

	private final DossierContext context;
	private final Consumer<EObject> onElementClicked;
	private final Composite root;
	private final Combo sourceChooser;
	private final Combo reliabilityChooser;
	private final Label reliabilityTooltip;
	private final Label details;
	private final SpanLegend legend;
	private final StyledText text;
	private final FindBar findBar;
	private final LocalResourceManager resources;
	private final Map<SpanCategory, Color> colors = new EnumMap<>(SpanCategory.class);
	private final Set<SpanCategory> visible = EnumSet.allOf(SpanCategory.class);
	private final IPropertyChangeListener preferenceListener = e -> updateColors();

	private List<Source> sources = List.of();
	private Source source;
	private SpanIndex index = SpanIndex.of(null, null);
	private EObject focus;

	/**
	 * @param onElementClicked told the element of a span the analyst clicked
	 */
	public SourceReader(Composite parent, DossierContext context, Consumer<EObject> onElementClicked) {
		this.context = context;
		this.onElementClicked = onElementClicked;
		root = new Composite(parent, SWT.NONE);
		resources = new LocalResourceManager(JFaceResources.getResources(), root);
		GridLayoutFactory.fillDefaults().margins(6, 4).spacing(4, 4).applyTo(root);

		Composite header = new Composite(root, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(4).applyTo(header);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(header);
		new Label(header, SWT.NONE).setText(Messages.Reader_source);
		sourceChooser = new Combo(header, SWT.READ_ONLY | SWT.DROP_DOWN);
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(sourceChooser);
		sourceChooser.setVisibleItemCount(20);
		sourceChooser.addListener(SWT.Selection, e -> {
			int i = sourceChooser.getSelectionIndex();
			if (i >= 0 && i < sources.size()) {
				showSource(sources.get(i));
			}
		});
		Label reliabilityLabel = new Label(header, SWT.NONE);
		reliabilityLabel.setText(Messages.Reader_reliability);
		reliabilityChooser = new Combo(header, SWT.READ_ONLY | SWT.DROP_DOWN);
		for (AdmiraltyReliability reliability : AdmiraltyReliability.VALUES) {
			reliabilityChooser.add(Ratings.label(reliability));
		}
		// The explanation is on the label: a tooltip on the combo opens over its drop-down list and hides it.
		reliabilityLabel.setToolTipText(Messages.Reader_reliabilityTooltip);
		reliabilityTooltip = reliabilityLabel;
		reliabilityChooser.addListener(SWT.Selection, e -> rateSource());

		details = new Label(root, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(details);
		details.setForeground(root.getDisplay().getSystemColor(SWT.COLOR_WIDGET_DARK_SHADOW));

		legend = new SpanLegend(root, this::setCategoryVisible);
		// Created after the text below, placed above it: see moveAbove.

		text = new StyledText(root, SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.MULTI | SWT.BORDER);
		text.setMargins(10, 8, 10, 8);
		text.setLineSpacing(3);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(text);
		findBar = new FindBar(root, text, this::applyStyles);
		findBar.getField().getParent().moveAbove(text);
		text.addListener(SWT.MouseMove, this::updateHover);
		text.addListener(SWT.MouseUp, this::clicked);

		HighlightPreferences.store().addPropertyChangeListener(preferenceListener);
		root.addListener(SWT.Dispose, e -> HighlightPreferences.store().removePropertyChangeListener(preferenceListener));
		updateColors();
		refresh();
	}

	/** @return the reader's top control */
	public Control getControl() {
		return root;
	}

	/** @return the text widget (for tests and key handling) */
	public StyledText getTextWidget() {
		return text;
	}

	/** @return the find bar (Ctrl+F) */
	public FindBar getFindBar() {
		return findBar;
	}

	/** Shows {@code shown} with the characters [begin, end) selected and scrolled into view (a search hit). */
	public void showRange(Source shown, int begin, int end) {
		if (shown != source) {
			showSource(shown);
		}
		int length = text.getCharCount();
		text.setSelection(Math.min(begin, length), Math.min(end, length));
		text.showSelection();
	}

	/** @return the source shown, or null when the dossier has none */
	public Source getSource() {
		return source;
	}

	/**
	 * @return a new span of the selected text (surrounding white space left out), not yet in the dossier, or
	 *         null when nothing is selected
	 */
	public Span selectedSpan() {
		Point selection = text.getSelection();
		String body = source == null || source.getBody() == null ? "" : source.getBody();
		int begin = Math.max(0, selection.x);
		int end = Math.min(body.length(), selection.y);
		while (begin < end && Character.isWhitespace(body.charAt(begin))) {
			begin++;
		}
		while (end > begin && Character.isWhitespace(body.charAt(end - 1))) {
			end--;
		}
		return begin < end ? Dossiers.newSpan(source, begin, end) : null;
	}

	/** @return the element whose spans are emphasised, or null */
	public EObject getFocus() {
		return focus;
	}

	/** @return the spans of the shown source */
	public SpanIndex getIndex() {
		return index;
	}

	/** Shows {@code newSource} (keeping the focused element emphasised if it has spans there). */
	public void showSource(Source newSource) {
		source = newSource;
		String body = source == null || source.getBody() == null ? "" : source.getBody();
		if (!body.equals(text.getText())) {
			text.setText(body);
			if (findBar != null && findBar.isOpen()) {
				findBar.search();
			}
		}
		index = SpanIndex.of(context.getDossier(), source);
		updateHeader();
		applyStyles();
	}

	/**
	 * Emphasises {@code element}'s spans; with {@code scroll}, switches to a source where it has evidence and
	 * scrolls to its first span there.
	 */
	public void focus(EObject element, boolean scroll) {
		focus = element;
		Source target = EvidenceSpans.sourceFor(element, source);
		if (target != null && target != source && scroll) {
			showSource(target);
		} else {
			applyStyles();
		}
		if (scroll) {
			index.of(element).stream().findFirst().ifPresent(first -> {
				text.setSelection(first.span().getBegin(), first.span().getEnd());
				text.showSelection();
			});
		}
	}

	/** Rebuilds everything from the model (called after each burst of changes). */
	public void refresh() {
		if (text.isDisposed()) {
			return;
		}
		Dossier dossier = context.getDossier();
		sources = dossier == null ? List.of() : new ArrayList<>(dossier.getSources());
		sourceChooser.removeAll();
		for (Source each : sources) {
			sourceChooser.add(sourceLabel(each));
		}
		if (focus != null && focus.eResource() == null) {
			focus = null;
		}
		showSource(sources.contains(source) ? source : sources.isEmpty() ? null : sources.get(0));
	}

	/** Switches a span category on or off, as the legend's check boxes do. */
	public void setCategoryVisible(SpanCategory category, boolean show) {
		if (show) {
			visible.add(category);
		} else {
			visible.remove(category);
		}
		legend.setVisible(category, show);
		applyStyles();
	}

	/** @return what the spans at {@code offset} are, one per line (the hover text), or null if none */
	public String describe(int offset) {
		List<HighlightedSpan> spans = index.at(offset).stream().filter(s -> visible.contains(s.category())).toList();
		if (spans.isEmpty()) {
			return null;
		}
		StringBuilder hover = new StringBuilder();
		for (HighlightedSpan span : spans) {
			if (hover.length() > 0) {
				hover.append('\n');
			}
			hover.append(span.category().label()).append(": ").append(ElementLabels.text(span.owner()));
		}
		return hover.toString();
	}

	private void updateHeader() {
		int i = sources.indexOf(source);
		if (i >= 0) {
			sourceChooser.select(i);
		}
		reliabilityChooser.setEnabled(source != null);
		if (source != null) {
			AdmiraltyReliability reliability = source.getReliability();
			reliabilityChooser.select(AdmiraltyReliability.VALUES.indexOf(reliability));
			reliabilityTooltip.setToolTipText(Ratings.label(reliability) + "\n" + Messages.Reader_reliabilityTooltip);
			details.setText(detailsOf(source));
		} else {
			details.setText(Messages.Reader_noSources);
		}
		root.layout(true, true);
	}

	private String detailsOf(Source shown) {
		List<String> parts = new ArrayList<>();
		if (shown.getOutlet() != null) {
			parts.add(shown.getOutlet());
		}
		if (shown.getPublished() != null) {
			parts.add(ElementLabels.date(shown));
		}
		if (shown.getOriginalFileName() != null) {
			parts.add(shown.getOriginalFileName());
		}
		parts.add(NLS.bind(Messages.Reader_spanCount, index.all().size()));
		if (org.sourcebench.ingest.dossier.DossierImport.isReprint(shown)) {
			// "Reprint of “Title” (file, source id)": the note up to its similarity figure
			String note = shown.getNotes();
			parts.add(0, note.contains(":") ? note.substring(0, note.indexOf(':')) : note);
		}
		return String.join("  \u00b7  ", parts);
	}

	private static String sourceLabel(Source each) {
		String date = ElementLabels.date(each);
		return (date.isEmpty() ? "" : date + "  ") + ElementLabels.shorten(ElementLabels.text(each));
	}

	private void rateSource() {
		int i = reliabilityChooser.getSelectionIndex();
		if (source == null || i < 0) {
			return;
		}
		AdmiraltyReliability chosen = AdmiraltyReliability.VALUES.get(i);
		if (chosen != source.getReliability()) {
			context.getEditingDomain().getCommandStack().execute(new SetReliabilityCommand(context.getEditingDomain(), source, chosen));
		}
	}

	private void applyStyles() {
		Set<HighlightedSpan> focused = focus == null ? Set.of() : new HashSet<>(index.of(focus));
		text.setStyleRanges(ReaderStyles.compute(index.all(), visible, focused, colors::get,
				text.getDisplay().getSystemColor(SWT.COLOR_BLACK)));
		if (findBar != null) {
			findBar.paintHits();
		}
	}

	private void updateColors() {
		for (SpanCategory category : SpanCategory.values()) {
			colors.put(category, resources.create(org.eclipse.jface.resource.ColorDescriptor.createFrom(HighlightPreferences.color(category))));
		}
		legend.setColors(colors::get);
		if (!text.isDisposed()) {
			applyStyles();
		}
	}

	private void updateHover(Event event) {
		int offset = text.getOffsetAtPoint(new Point(event.x, event.y));
		String hover = offset < 0 ? null : describe(offset);
		if (hover == null ? text.getToolTipText() != null : !hover.equals(text.getToolTipText())) {
			text.setToolTipText(hover);
		}
	}

	private void clicked(Event event) {
		if (event.button != 1 || text.getSelectionCount() > 0) {
			return;
		}
		int offset = text.getOffsetAtPoint(new Point(event.x, event.y));
		if (offset < 0) {
			return;
		}
		index.at(offset).stream().filter(s -> visible.contains(s.category())).findFirst().ifPresent(span -> {
			focus(span.owner(), false);
			onElementClicked.accept(span.owner());
		});
	}
}
