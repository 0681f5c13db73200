package org.sourcebench.extract.locations;

import org.sourcebench.extract.data.ExtractionData;

/**
 * What every stage of the location reader looks places up in: the place names, the bundle's data and the location
 * word lists (all shared and immutable; the per-document state is the {@link Reading} each stage is given).
 */
abstract class PlaceStage {

	protected final PlaceNames names;
	protected final ExtractionData data;
	protected final LocationData words;

	PlaceStage(PlaceNames names) {
		this.names = names;
		this.data = names.data();
		this.words = names.words();
	}
}
