package org.sourcebench.analysis.ui.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Tick marks of the time axis for a zoom level: days, weeks, months or years, whichever puts labels at least
 * {@link #MIN_SPACING} pixels apart.
 */
final class TimeAxis {

	/** Smallest distance between two labelled ticks, in pixels. */
	static final int MIN_SPACING = 70;

	/** A tick: its day (epoch day) and label. */
	record Tick(long day, String label) {
	}

	private TimeAxis() {
	}

	/** @return the ticks between {@code fromDay} and {@code toDay} at {@code pixelsPerDay} */
	static List<Tick> ticks(double fromDay, double toDay, double pixelsPerDay) {
		List<Tick> ticks = new ArrayList<>();
		LocalDate from = LocalDate.ofEpochDay((long) Math.floor(fromDay));
		LocalDate to = LocalDate.ofEpochDay((long) Math.ceil(toDay));
		if (pixelsPerDay >= MIN_SPACING) {
			for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
				ticks.add(new Tick(d.toEpochDay(), d.toString()));
			}
		} else if (pixelsPerDay * 7 >= MIN_SPACING) {
			LocalDate monday = from.minusDays(from.getDayOfWeek().getValue() - 1L);
			for (LocalDate d = monday; !d.isAfter(to); d = d.plusWeeks(1)) {
				ticks.add(new Tick(d.toEpochDay(), d.toString()));
			}
		} else if (pixelsPerDay * 30 >= MIN_SPACING / 1.5) {
			int step = pixelsPerDay * 30 >= MIN_SPACING ? 1 : 3;
			LocalDate month = from.withDayOfMonth(1);
			month = month.minusMonths((month.getMonthValue() - 1) % step);
			for (LocalDate d = month; !d.isAfter(to); d = d.plusMonths(step)) {
				ticks.add(new Tick(d.toEpochDay(), d.getYear() + "-" + String.format("%02d", d.getMonthValue())));
			}
		} else {
			int step = 1;
			while (pixelsPerDay * 365 * step < MIN_SPACING) {
				step = step == 1 ? 2 : step == 2 ? 5 : step * 2;
			}
			int firstYear = from.getYear() - Math.floorMod(from.getYear(), step);
			for (int year = firstYear; year <= to.getYear(); year += step) {
				ticks.add(new Tick(LocalDate.of(year, 1, 1).toEpochDay(), Integer.toString(year)));
			}
		}
		return ticks;
	}
}
