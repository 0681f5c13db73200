package org.sourcebench.ui.views.tables;

import java.util.Comparator;
import java.util.function.Function;

import org.eclipse.jface.viewers.ColumnViewer;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.swt.graphics.Image;

/**
 * One column of an element table: header, width, text, how it sorts, and optionally a tooltip, an image and
 * in-place editing.
 *
 * @param title   the header
 * @param width   the initial width in pixels
 * @param text    the cell text of an element
 * @param order   how the column sorts (ascending)
 * @param tooltip the cell tooltip of an element, or null for none
 * @param image   the cell image of an element, or null for none
 * @param editing makes the editing support for the viewer, or null when the column is read-only
 */
public record ColumnSpec(String title, int width, Function<Object, String> text, Comparator<Object> order,
		Function<Object, String> tooltip, Function<Object, Image> image, Function<ColumnViewer, EditingSupport> editing) {

	/** A read-only text column sorted by its text. */
	public static ColumnSpec text(String title, int width, Function<Object, String> text) {
		return new ColumnSpec(title, width, text, Comparator.comparing(text, String.CASE_INSENSITIVE_ORDER), null, null, null);
	}

	/** A read-only number column sorted numerically. */
	public static ColumnSpec number(String title, int width, java.util.function.ToIntFunction<Object> number) {
		return new ColumnSpec(title, width, e -> Integer.toString(number.applyAsInt(e)), Comparator.comparingInt(number), null, null, null);
	}

	/** @return this column with a tooltip */
	public ColumnSpec withTooltip(Function<Object, String> newTooltip) {
		return new ColumnSpec(title, width, text, order, newTooltip, image, editing);
	}

	/** @return this column with an image */
	public ColumnSpec withImage(Function<Object, Image> newImage) {
		return new ColumnSpec(title, width, text, order, tooltip, newImage, editing);
	}

	/** @return this column with a different sort order */
	public ColumnSpec withOrder(Comparator<Object> newOrder) {
		return new ColumnSpec(title, width, text, newOrder, tooltip, image, editing);
	}

	/** @return this column, editable */
	public ColumnSpec withEditing(Function<ColumnViewer, EditingSupport> newEditing) {
		return new ColumnSpec(title, width, text, order, tooltip, image, newEditing);
	}
}
