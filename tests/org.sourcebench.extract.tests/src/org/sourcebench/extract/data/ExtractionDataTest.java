package org.sourcebench.extract.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ExtractionDataTest {

	private final ExtractionData data = ExtractionData.get();

	@Test
	void inflectedFormsMapToCueAndCameoLemmas() {
		assertEquals("say", data.forms().lemma("said"));
		assertEquals("accuse", data.forms().lemma("accused"));
		assertEquals("hold", data.forms().lemma("held"));
		assertEquals("condemn", data.forms().lemma("condemned"));
	}

	@Test
	void countriesKnowTheirCapitalsAndAdjectives() {
		Country sy = data.countries().byIso("SY");
		assertEquals("Syria", sy.name());
		assertTrue(sy.capitals().contains("Damascus"));
		assertEquals("Syrian", sy.adjective());
	}

	@Test
	void countryFormsSpanningAWholeText() {
		CountryTable countries = data.countries();
		assertEquals("CD", countries.byAdjective("Congolese").iso(), "a shared adjective: the first country in ISO order");
		assertNull(countries.byAdjective("North Korean"), "one-word adjectives only");
		assertNull(countries.byAdjective("syrian"), "as written");
		assertEquals("SY", countries.whole("Syrian", CountryTable.FormType.ADJECTIVE).iso());
		assertNull(countries.whole("Syrian army", CountryTable.FormType.ADJECTIVE), "the whole text");
		assertEquals("SY", countries.whole("Damascus", CountryTable.FormType.CAPITAL).iso());
		assertNull(countries.whole("Damascus", CountryTable.FormType.NAME));
		assertEquals("SY", countries.wholeNot("Damascus", CountryTable.FormType.ADJECTIVE).iso());
		assertNull(countries.wholeNot("Damascus", CountryTable.FormType.CAPITAL));
	}

	@Test
	void phraseIndexMatchesCaseSensitiveAliasesAtWordBoundaries() {
		assertTrue(data.actors().index().findAll("IS fighters").stream().anyMatch(m -> m.phrase().equals("IS")));
		assertFalse(data.actors().index().findAll("it is over").stream().anyMatch(m -> m.phrase().equals("IS")));
		assertTrue(data.actors().index().findAll("Al-Qaeda said").stream()
				.anyMatch(m -> m.value().name().equals("al-Qaeda")));
	}

	@Test
	void gazetteerHoldsCitiesFromGeoNames() {
		assertTrue(data.gazetteer().index().findAll("Aleppo").stream()
				.anyMatch(m -> m.value().iso().equals("SY")));
	}
}
