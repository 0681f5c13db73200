package org.sourcebench.extract.data;

import java.util.ArrayList;
import java.util.List;

/**
 * All dictionaries of the bundle's data/ folder, loaded once (lazy holder) and immutable afterwards, so every
 * engine shares one copy.
 */
public final class ExtractionData {

	private final CountryTable countries;
	private final ActorLexicon actors;
	private final InstitutionTable institutions;
	private final TitleTable titles;
	private final Gazetteer gazetteer;
	private final CameoLexicon cameo;
	private final WordForms forms;
	private final CueLexicon cues;
	private final PhraseIndex<Description> descriptions = new PhraseIndex<>();
	private final java.util.Set<String> eventNouns = new java.util.HashSet<>();
	private final java.util.Map<String, String> placeHeads = new java.util.HashMap<>();
	private final java.util.Set<String> worldFeatures = new java.util.HashSet<>();

	private ExtractionData() {
		countries = new CountryTable(DataFile.rows("countries.tsv", 9));
		List<String[]> actorRows = DataFile.rows("actors.tsv", 5);
		actors = new ActorLexicon(actorRows);
		institutions = new InstitutionTable(DataFile.rows("institutions.tsv", 3));
		titles = new TitleTable(DataFile.rows("titles.tsv", 3), actors, actorRows);
		List<String[]> placeRows = new ArrayList<>(DataFile.rows("places.tsv", 7));
		if (org.sourcebench.extract.Mechanisms.on("locations.worldFeatures")) {
			// continents, oceans, seas, ranges and canals (world-features.tsv, after GeoNames' feature classes)
			for (String[] r : DataFile.rows("world-features.tsv", 7)) {
				placeRows.add(r);
				worldFeatures.add(r[0]);
				DataFile.list(DataFile.cell(r, 6)).forEach(worldFeatures::add);
			}
		}
		gazetteer = new Gazetteer(countries, placeRows, DataFile.rows("cities.tsv", 8));
		cameo = new CameoLexicon(DataFile.rows("event-triggers.tsv", 4));
		List<String[]> cueRows = DataFile.rows("cues.tsv", 4);
		List<String> lemmas = new ArrayList<>(cameo.lemmas());
		cueRows.forEach(r -> lemmas.add(r[0]));
		forms = new WordForms(DataFile.rows("irregular-forms.tsv", 2), lemmas);
		cues = new CueLexicon(cueRows, forms);
		for (String[] r : DataFile.rows("descriptions.tsv", 3)) {
			descriptions.add(r[0], new Description(r[0], org.sourcebench.extract.ActorKinds.fromId(r[1]),
					DataFile.cell(r, 2)), false);
		}
		descriptions.freeze();
		DataFile.rows("event-nouns.tsv", 1).forEach(r -> eventNouns.add(r[0].trim()));
		DataFile.rows("place-heads.tsv", 4).stream().filter(r -> DataFile.cell(r, 3).isBlank()
				|| org.sourcebench.extract.Mechanisms.on(DataFile.cell(r, 3).trim()))
				.forEach(r -> placeHeads.put(r[0].trim(), r[1].trim()));
	}

	public static ExtractionData get() {
		return Holder.DATA;
	}

	private static final class Holder {
		static final ExtractionData DATA = new ExtractionData();
	}

	public CountryTable countries() {
		return countries;
	}

	public ActorLexicon actors() {
		return actors;
	}

	public InstitutionTable institutions() {
		return institutions;
	}

	public TitleTable titles() {
		return titles;
	}

	/**
	 * Whether {@code name} is a name or alias of a row of world-features.tsv (continents, oceans, seas, ranges; empty
	 * while locations.worldFeatures is off).
	 */
	public boolean isWorldFeature(String name) {
		return worldFeatures.contains(name);
	}

	public Gazetteer gazetteer() {
		return gazetteer;
	}

	/** Whether {@code name} is, whole, a name of the gazetteer or of the country table. */
	public boolean namesPlace(String name) {
		return gazetteer.index().hasWhole(name) || countries.index().hasWhole(name);
	}

	public CameoLexicon cameo() {
		return cameo;
	}

	public WordForms forms() {
		return forms;
	}

	/** Head nouns that refer back to the last actor of a kind ("the news agency"). */
	public PhraseIndex<Description> descriptions() {
		return descriptions;
	}

	/** Whether a word after a place name makes it part of an event's name ("Astana process"). */
	public boolean isEventNoun(String word) {
		return eventNouns.contains(word);
	}

	/** Place head nouns ("province", "State", "Strait") and the location kind they give. */
	public java.util.Map<String, String> placeHeads() {
		return placeHeads;
	}

	public CueLexicon cues() {
		return cues;
	}
}
