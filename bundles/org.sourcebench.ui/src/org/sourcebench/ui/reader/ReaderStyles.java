package org.sourcebench.ui.reader;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.Color;

/**
 * Turns overlapping evidence spans into the non-overlapping style ranges a StyledText needs. Where spans nest
 * (an actor's name inside a claim inside a relationship's sentence) the innermost visible one gives the
 * colour; the spans of the focused element are bold and boxed so that they stand out in any colour.
 */
final class ReaderStyles {

	private ReaderStyles() {
	}

	/**
	 * @param spans   every span of the source
	 * @param visible the categories switched on in the legend
	 * @param focused the spans of the selected element (drawn bold and boxed)
	 * @param colors  colour of each category
	 * @param focusBorder colour of the box around focused spans
	 */
	static StyleRange[] compute(List<HighlightedSpan> spans, Set<SpanCategory> visible, Set<HighlightedSpan> focused,
			Function<SpanCategory, Color> colors, Color focusBorder) {
		TreeSet<Integer> cuts = new TreeSet<>();
		List<HighlightedSpan> shown = new ArrayList<>();
		for (HighlightedSpan span : spans) {
			if (visible.contains(span.category()) || focused.contains(span)) {
				shown.add(span);
				cuts.add(span.span().getBegin());
				cuts.add(span.span().getEnd());
			}
		}
		List<StyleRange> ranges = new ArrayList<>();
		Integer start = cuts.isEmpty() ? null : cuts.first();
		while (start != null) {
			Integer end = cuts.higher(start);
			if (end == null) {
				break;
			}
			int segmentStart = start;
			List<HighlightedSpan> covering = shown.stream().filter(s -> s.covers(segmentStart)).toList();
			if (!covering.isEmpty()) {
				HighlightedSpan innermost = covering.stream().min(Comparator.comparingInt(HighlightedSpan::length)).get();
				StyleRange range = new StyleRange();
				range.start = segmentStart;
				range.length = end - segmentStart;
				if (visible.contains(innermost.category())) {
					range.background = colors.apply(innermost.category());
				}
				if (covering.stream().anyMatch(focused::contains)) {
					range.fontStyle = SWT.BOLD;
					range.borderStyle = SWT.BORDER_SOLID;
					range.borderColor = focusBorder;
					if (range.background == null) {
						range.background = colors.apply(focused.stream().filter(covering::contains).findFirst().get().category());
					}
				}
				ranges.add(range);
			}
			start = end;
		}
		return ranges.toArray(new StyleRange[0]);
	}
}
