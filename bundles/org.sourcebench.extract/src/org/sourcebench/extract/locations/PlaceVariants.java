package org.sourcebench.extract.locations;

import java.util.ArrayList;
import java.util.List;

import org.sourcebench.extract.data.DataFile;
import org.sourcebench.extract.data.PhraseIndex;
import org.sourcebench.extract.data.Place;

/**
 * Other spellings of the gazetteer's towns and of the capitals ({@code place-variants.tsv}: transliterations among the
 * GeoNames alternate names, "Kiev" for Kyiv, "Naypyidaw" for Nay Pyi Taw, "Kulyab" for Kŭlob; selected by
 * releng/scripts/make-place-variants.py). A place found by such a spelling keeps the spelling as its name. Read once,
 * on first use; immutable; safe to share.
 */
public final class PlaceVariants {

	private final PhraseIndex<Place> index = new PhraseIndex<>();

	private PlaceVariants(List<String[]> rows) {
		for (String[] r : rows) {
			index.add(r[1], new Place(r[1], "city", r[3], num(r[5]), num(r[6]), Long.parseLong(r[0]),
					r[4].isEmpty() ? 0 : Long.parseLong(r[4]), false), true);
		}
		index.freeze();
	}

	private static final class Holder {
		static final PlaceVariants VARIANTS = new PlaceVariants(DataFile.rows("place-variants.tsv", 7));
	}

	public static PlaceVariants get() {
		return Holder.VARIANTS;
	}

	/** Every spelling of the table in {@code t}, in text order (longest first where several start together). */
	public List<PhraseIndex.Match<Place>> findAll(String t) {
		return new ArrayList<>(index.findAll(t));
	}

	private static double num(String s) {
		return s.isEmpty() ? Double.NaN : Double.parseDouble(s);
	}
}
