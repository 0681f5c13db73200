package org.sourcebench.extract.locations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourcebench.extract.ExtractionFixture.extract;
import static org.sourcebench.extract.ExtractionFixture.location;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.DocumentExtraction;
import org.sourcebench.extract.ExtractedLocation;
import org.sourcebench.extract.Mechanisms;
import org.sourcebench.extract.TextSpan;

class LocationExtractorTest {

	@Test
	void directionalRegionIsItsOwnLocation() {
		DocumentExtraction d = extract("Fighting continued in northern Syria and in Iraq.");
		assertEquals("Syria", location(d, "northern Syria").orElseThrow().country());
		assertTrue(location(d, "Iraq").isPresent());
	}

	@Test
	void datelineCityAndSitesAreLocationsWithCoordinates() {
		DocumentExtraction d = extract("DAMASCUS (SANA) - Troops advanced from Palmyra towards the Euphrates "
				+ "and the Hmeimim air base.");
		ExtractedLocation damascus = location(d, "Damascus").orElseThrow();
		assertEquals("Syria", damascus.country());
		assertFalse(Double.isNaN(damascus.lat()));
		assertEquals("Syria", location(d, "Palmyra").orElseThrow().country());
		assertNull(location(d, "Euphrates").orElseThrow().country());
		assertTrue(location(d, "Hmeimim").isPresent());
	}

	@Test
	void datelineCapitalIsTheCapitalNotATownOfThatName() {
		// "Washington" alone names a town in England in the gazetteer; a story filed from WASHINGTON is from the US
		DocumentExtraction d = extract("WASHINGTON (Reuters) - Officials met envoys from several capitals on Monday.");
		assertEquals("United States", location(d, "Washington").orElseThrow().country());
	}

	@Test
	void capitalAsAgentAndEventNamesAreNotLocations() {
		DocumentExtraction d = extract("Moscow said the Geneva talks and the Astana process must continue.");
		assertTrue(d.locations().isEmpty(), d.locations().toString());
	}

	@Test
	void ambiguousCityPrefersTheDocumentsCountries() {
		DocumentExtraction d = extract("Syrian troops retook Palmyra from Islamic State in Syria.");
		assertEquals("Syria", location(d, "Palmyra").orElseThrow().country());
	}

	@Test
	void adjectivesAreNotLocations() {
		DocumentExtraction d = extract("Jets struck near the Jordanian border on Syrian territory.");
		assertTrue(d.locations().isEmpty(), d.locations().toString());
	}

	@Test
	void aRegionWhoseNameJoinsTwoNamesWithAndIsOnePlace() {
		DocumentExtraction d = extract("India said gunmen attacked a post in Jammu and Kashmir on Sunday.");
		ExtractedLocation region = location(d, "Jammu and Kashmir").orElseThrow(() -> new AssertionError(d.locations()));
		assertEquals("India", region.country());
		assertEquals(List.of("Jammu and Kashmir"), mentions(d, "Jammu and Kashmir"));
		assertFalse(location(d, "Jammu").isPresent() || location(d, "Kashmir").isPresent(), d.locations().toString());
	}

	@Test
	void aPlaceNameThatModifiesACommonNounIsNoPlace() {
		DocumentExtraction d = extract("The envoy praised the Sahel countries, a Geneva-based monitor and the Baltic "
				+ "nation, and he spoke of the Monroe doctrine. Troops fired near the Yeraskh section of the frontier "
				+ "and killed five people in central Beirut neighbourhoods. Talks resumed in the Black Sea resort of Sochi.");
		assertTrue(noLocationMentions(d, "Sahel"), d.locations().toString());
		assertTrue(noLocationMentions(d, "Geneva"), d.locations().toString());
		assertTrue(noLocationMentions(d, "Monroe"), d.locations().toString());
		assertTrue(noLocationMentions(d, "Baltic"), d.locations().toString());
		assertTrue(location(d, "Yeraskh").isPresent(), d.locations().toString());
		assertTrue(location(d, "central Beirut").isPresent(), d.locations().toString());
		assertTrue(location(d, "Black Sea").isPresent(), d.locations().toString());
	}

	private static List<String> mentions(DocumentExtraction d, String name) {
		return location(d, name).orElseThrow(() -> new AssertionError(name + " not in " + d.locations())).mentions()
				.stream().map(TextSpan::text).distinct().toList();
	}

	private static boolean noLocationMentions(DocumentExtraction d, String text) {
		return d.locations().stream().flatMap(l -> l.mentions().stream()).noneMatch(m -> m.text().equals(text));
	}

	@Test
	void countryInLocativeUseIsALocationAndAnAgentElsewhereIsNot() {
		DocumentExtraction d = extract("Aid convoys crossed into Chad. Chad said it would close the border.");
		assertEquals(List.of("Chad"), mentions(d, "Chad"));
		assertEquals(1, location(d, "Chad").orElseThrow().mentions().size());
	}

	@Test
	void sourcesAndThreatsFromACountryAreAgentsNotPlaces() {
		DocumentExtraction d = extract("The ministry rejected disinformation from Norway and threats from Oslo, "
				+ "while refugees arrived from Eritrea.");
		assertTrue(noLocationMentions(d, "Norway"), d.locations().toString());
		assertTrue(noLocationMentions(d, "Oslo"), d.locations().toString());
		assertTrue(location(d, "Eritrea").isPresent(), d.locations().toString());
	}

	@Test
	void capitalAsObjectOfAnAttackVerbOrAfterTheCapitalIsAPlace() {
		DocumentExtraction d = extract("He said his forces did not attack Nairobi. Talks were held in the capital "
				+ "Kampala. Kigali said it was ready.");
		assertEquals("Kenya", location(d, "Nairobi").orElseThrow().country());
		assertTrue(location(d, "Kampala").isPresent(), d.locations().toString());
		assertTrue(noLocationMentions(d, "Kigali"), d.locations().toString());
	}

	@Test
	void datelineWithACountryLineGivesBothPlaces() {
		DocumentExtraction d = extract("LIMA, Peru\nThe government declared a state of emergency on Monday.");
		assertEquals("Peru", location(d, "Lima").orElseThrow().country());
		assertTrue(location(d, "Peru").isPresent(), d.locations().toString());
		DocumentExtraction dated = extract("HARARE, March 3 (Reuters) - Police arrested ten protesters.");
		assertEquals("Zimbabwe", location(dated, "Harare").orElseThrow().country());
	}

	@Test
	void headNounPlacesTakeTheirCountryFromTheRegionTableOrThePossessive() {
		DocumentExtraction d = extract("Floods hit Chiapas state and the Oaxaca region, and rescuers reached "
				+ "Guatemala's Zacapa department.");
		assertEquals("Mexico", location(d, "Chiapas").orElseThrow().country());
		assertEquals(List.of("Oaxaca region"), mentions(d, "Oaxaca"));
		assertEquals("Guatemala", location(d, "Zacapa").orElseThrow().country());
	}

	@Test
	void pluralHeadMakesEveryNameOfTheListAPlace() {
		DocumentExtraction d = extract("Clashes were reported in Peru's Puno, Tacna and Moquegua provinces.");
		for (String name : List.of("Puno", "Tacna", "Moquegua")) {
			assertEquals("Peru", location(d, name).orElseThrow(() -> new AssertionError(name + " " + d.locations()))
					.country());
		}
	}

	@Test
	void descriptorHeadsStayOutOfTheMentionAndSitesKeepTheirs() {
		DocumentExtraction d = extract("Shells landed in the Karama neighbourhood and near the Al Noor hospital.");
		// the place is Karama; the engine's last place stage (locations.head-mentions) widens its mention over the noun
		assertEquals(List.of(Mechanisms.on(HeadMentions.NAME) ? "Karama neighbourhood" : "Karama"),
				mentions(d, "Karama"));
		assertTrue(location(d, "Al Noor hospital").isPresent(), d.locations().toString());
	}

	@Test
	void unknownNamesInLocativeUseNeedEvidenceThatTheyArePlaces() {
		DocumentExtraction d = extract("Fighting in Ethiopia spread to the town of Lalibela and near Woldia, and "
				+ "troops advanced on Dessie, a major city. The statement was posted in Telegram and in English.");
		assertEquals("Ethiopia", location(d, "Lalibela").orElseThrow().country());
		assertTrue(location(d, "Woldia").isPresent(), d.locations().toString());
		assertTrue(location(d, "Dessie").isPresent(), d.locations().toString());
		assertTrue(noLocationMentions(d, "Telegram"), d.locations().toString());
		assertTrue(noLocationMentions(d, "English"), d.locations().toString());
	}

	@Test
	void unknownPlaceTakesTheCountryOfTheStorysOtherPlaces() {
		DocumentExtraction d = extract("Rebels seized Bunia and shelled Beni in North Kivu. Rwanda denied "
				+ "involvement, and Rwandan officials met Ugandan envoys. Displaced families fled toward Mambasa.");
		assertEquals("Democratic Republic of the Congo", location(d, "Mambasa").orElseThrow().country(),
				d.locations().toString());
	}

	@Test
	void regionTableLooksUpFirstLevelDivisions() {
		LocationData data = LocationData.get();
		assertTrue(data.regions("Northern Darfur").stream().anyMatch(p -> p.iso().equals("SD")));
		assertEquals(LocationData.key("North Darfur State"), LocationData.key("Northern Darfur"));
		assertEquals(LocationData.key("Deir El-Balah"), LocationData.key("Deir al-Balah"));
		assertTrue(data.regions("Kayin").stream().anyMatch(p -> p.iso().equals("MM")));
	}

	@Test
	void coordinatedDirectionsGiveBothDirectionalRegions() {
		DocumentExtraction d = extract("Jets struck targets in northern and western Yemen.");
		assertEquals(List.of("northern and western Yemen"), mentions(d, "northern Yemen"));
		assertEquals(List.of("western Yemen"), mentions(d, "western Yemen"));
	}

	@Test
	void directionBeforeANamedRegionDescribesItInsteadOfNamingAPart() {
		DocumentExtraction d = extract("The militia attacked villages in the eastern Ituri region.");
		assertEquals(List.of("Ituri region"), mentions(d, "Ituri"));
		assertTrue(location(d, "eastern Ituri").isEmpty(), d.locations().toString());
	}

	@Test
	void seatOfGovernmentIsAPlaceOnlyInLocativeUse() {
		DocumentExtraction d = extract("The Kremlin said on Friday that a fire broke out inside the Kremlin.");
		assertEquals("Russia", location(d, "Kremlin").orElseThrow().country());
		assertEquals(1, location(d, "Kremlin").orElseThrow().mentions().size());
	}

	@Test
	void locationCountryUsesTheNewsName() {
		DocumentExtraction d = extract("Refugees fled to Myanmar and to the Vatican.");
		assertEquals("Myanmar", location(d, "Myanmar").orElseThrow().country());
	}

	@Test
	void modifiersAreNotPlaces() {
		DocumentExtraction d = extract("The strike hit near US-backed militias and the Kurdish-majority city "
				+ "of Kobani.");
		assertTrue(noLocationMentions(d, "US"), d.locations().toString());
		assertTrue(noLocationMentions(d, "Kurdish-majority"), d.locations().toString());
		assertTrue(location(d, "Kobani").isPresent(), d.locations().toString());
	}

	@Test
	void siteHeadAfterAGazetteerSiteIsThatSiteAndAnIndefiniteArticleMakesAModifier() {
		DocumentExtraction d = extract("Troops stayed at the At Tanf base, and the minister began a Gulf tour.");
		assertEquals(List.of("At Tanf base"), mentions(d, "At Tanf"));
		assertTrue(noLocationMentions(d, "Gulf"), d.locations().toString());
	}

	@Test
	void namesakeTownsPreferTheCountryOfTheStorysPlacesOverTheActorsCountries() {
		DocumentExtraction d = extract("Diplomats said China and Russia had pushed to soften the text. Violence in "
				+ "Upper Nile state has displaced thousands, and peacekeepers are based in Malakal, Bor and Bentiu.");
		assertEquals("South Sudan", location(d, "Bor").orElseThrow().country(), d.locations().toString());
		assertEquals("South Sudan", location(d, "Bentiu").orElseThrow().country(), d.locations().toString());
	}

	@Test
	void countryListedWithAPlaceOrOwningAPlacePhraseIsAPlace() {
		DocumentExtraction d = extract("Protests spread in Jordan, the United Arab Emirates and Belgium.");
		assertEquals(List.of("Belgium"), mentions(d, "Belgium"));
		DocumentExtraction owner = extract("Shells fell in Ukraine's eastern province of Kharkiv while Ukraine's army "
				+ "held.");
		assertEquals(1, location(owner, "Ukraine").orElseThrow().mentions().size(), owner.locations().toString());
		DocumentExtraction agents = extract("Jordan, the United Arab Emirates and Belgium signed the accord.");
		assertTrue(agents.locations().isEmpty(), agents.locations().toString());
	}

	@Test
	void emDashWithoutSpacesEndsAPlaceName() {
		DocumentExtraction d = extract("Drones hit the northern town of Qaryat Zarqa\u2014the third strike this week.");
		assertEquals(List.of("Qaryat Zarqa"), mentions(d, "Qaryat Zarqa"));
	}

	@Test
	void nameContainedInAKnownPlaceOrAfterAPlacesPossessiveIsAPlace() {
		DocumentExtraction d = extract("Militants attacked a checkpoint in Tell Hamdan in southern Idlib. Two days "
				+ "later troops advanced into northern Idlib's Kafr Salwa.");
		assertEquals("Syria", location(d, "Tell Hamdan").orElseThrow().country());
		assertEquals("Syria", location(d, "Kafr Salwa").orElseThrow().country());
	}

	@Test
	void arabicArticleJoinedToAGazetteerNameStaysInTheMention() {
		DocumentExtraction d = extract("Aid ships reached the port of al-Hodeidah on Sunday.");
		assertEquals(List.of("al-Hodeidah"), mentions(d, "Hodeidah"));
	}

	@Test
	void seaBeforeASettlementNounAndABareCompassWordAreNoPlaces() {
		DocumentExtraction d = extract("Shelling hit the Black Sea city of Odesa. Balloons drifted towards the South.");
		assertTrue(location(d, "Odesa").isPresent(), d.locations().toString());
		assertTrue(location(d, "Black Sea").isEmpty(), d.locations().toString());
		assertTrue(noLocationMentions(d, "South"), d.locations().toString());
	}

	@Test
	void sectorHeadNamesTheSectorOfAPlace() {
		DocumentExtraction d = extract("Soldiers traded fire near Kafr Salwa in the Hamdan sector and in the Hamdan "
				+ "Sector again on Friday.");
		assertEquals(List.of("Hamdan sector", "Hamdan Sector"), mentions(d, "Hamdan"));
	}

	@Test
	void everyMemberOfAListAfterALocativePrepositionIsAPlace() {
		DocumentExtraction d = extract("Indian patrols resumed at Chumur and Tsogkar in eastern Ladakh, and trade "
				+ "grew in Nepal, Bhutan, the United Arab Emirates and Oman.");
		assertTrue(location(d, "Chumur").isPresent(), d.locations().toString());
		assertTrue(location(d, "Tsogkar").isPresent(), d.locations().toString());
		assertTrue(location(d, "Oman").isPresent(), d.locations().toString());
		DocumentExtraction agents = extract("Envoys from Nepal, Bhutan and Oman met, and sanctions on Iran, Syria "
				+ "and North Korea stayed.");
		assertTrue(agents.locations().isEmpty(), agents.locations().toString());
	}

	@Test
	void smallTownsOfTheCityTableAreMeantOnlyInLocativeUse() {
		// Uri (India, 6,755 people) and Sopore are in the city table; "Uri" is also a first name
		DocumentExtraction d = extract("Indian troops returned fire near Uri, the army said in Srinagar, India.");
		assertEquals("India", location(d, "Uri").orElseThrow().country());
		DocumentExtraction name = extract("Indian actor Uri met fans in Srinagar, India.");
		assertTrue(noLocationMentions(name, "Uri"), name.locations().toString());
	}

	@Test
	void aTownNamedLikeACountryIsNotThatCountrysPlace() {
		DocumentExtraction d = extract("The opposition leader visited Colombia to meet the minister.");
		assertTrue(d.locations().stream().noneMatch(l -> l.name().equals("Colombia") && !"country".equals(l.kind())),
				d.locations().toString());
	}

	@Test
	void shoutedDatelineBeforeAColonIsThePlaceOfFiling() {
		DocumentExtraction d = extract("NAIROBI: Election officials began counting ballots late on Tuesday.");
		assertEquals("Kenya", location(d, "Nairobi").orElseThrow().country());
		DocumentExtraction note = extract("UPDATE: Officials in the capital began counting ballots.");
		assertTrue(note.locations().isEmpty(), note.locations().toString());
	}

	@Test
	void lowerCaseParticlesStayInsideAPlaceName() {
		DocumentExtraction d = extract("Flooding cut the roads in Dar es Salaam, and the aid "
				+ "convoy waited near Ponta do Sol for two days.");
		assertEquals(List.of("Dar es Salaam"), mentions(d, "Dar es Salaam"));
		assertEquals(List.of("Ponta do Sol"), mentions(d, "Ponta do Sol"));
		assertTrue(noLocationMentions(d, "Sol"), d.locations().toString());
	}

	@Test
	void particleNamesBeforeAPluralHeadAreEachAPlace() {
		DocumentExtraction d = extract("Road blocks were reported in the Mopti, Ségou and Bourem du Nord districts.");
		assertEquals(List.of("Bourem du Nord"), mentions(d, "Bourem du Nord"));
		assertTrue(location(d, "Ségou").isPresent(), d.locations().toString());
	}

	@Test
	void aGazetteerNameAfterAParticleIsTheEndOfALongerName() {
		DocumentExtraction d = extract("The herders moved their cattle to Tessit du Sahel before the rains.");
		assertTrue(noLocationMentions(d, "Sahel"), d.locations().toString());
	}

	@Test
	void aSettlementCalledOrKnownAsANameNamesThatPlace() {
		DocumentExtraction d = extract("Gunmen burned houses in a farming hamlet known as Las Palmitas, then drove to "
				+ "a village called Tsagaan Nuur.");
		assertTrue(location(d, "Las Palmitas").isPresent(), d.locations().toString());
		assertTrue(location(d, "Tsagaan Nuur").isPresent(), d.locations().toString());
		DocumentExtraction person = extract("A man called Peter Brand spoke to reporters.");
		assertTrue(person.locations().isEmpty(), person.locations().toString());
	}

	@Test
	void residentsOfANameNameAPlace() {
		DocumentExtraction d = extract("Residents of Kolovrat said the water supply had been cut for a week.");
		assertTrue(location(d, "Kolovrat").isPresent(), d.locations().toString());
	}

	@Test
	void hyphenatedJoinersStayInsideAPlaceName() {
		DocumentExtraction d = extract("The convoy drove from Mazar-i-Sharif through Pul-e Khumri on Monday.");
		assertEquals(List.of("Pul-e Khumri"), mentions(d, "Pul-e Khumri"));
		assertTrue(location(d, "Mazar-i-Sharif").isPresent(), d.locations().toString());
		DocumentExtraction adjective = extract("They met in Kurdish-majority areas near Qamishli.");
		assertTrue(noLocationMentions(adjective, "Kurdish-majority"), adjective.locations().toString());
	}

	@Test
	void datelineCountryWithOfIsRead() {
		DocumentExtraction d = extract("BUKAVU, Democratic Republic of Congo, Feb 2 (AFP) - Shops stayed shut.");
		assertEquals("Democratic Republic of the Congo", location(d, "Bukavu").orElseThrow().country());
	}

	@Test
	void forestsPortsAndNavalBasesAreSites() {
		DocumentExtraction d = extract("Rangers chased poachers through the Kakamega forest, and the navy moved "
				+ "ships from the Mombasa port to the Manda Bay naval base.");
		assertTrue(location(d, "Kakamega forest").isPresent(), d.locations().toString());
		assertTrue(location(d, "Mombasa port").isPresent(), d.locations().toString());
	}

	@Test
	void aListSpellingOutPlacesTakesTheirLocativeUse() {
		DocumentExtraction d = extract("Grain exports went to neighbouring countries such as Kenya and Uganda, "
				+ "and refugees fled into the nearby states: Chad, Niger and Cameroon.");
		for (String c : List.of("Kenya", "Uganda", "Chad", "Niger", "Cameroon")) {
			assertTrue(location(d, c).isPresent(), c + " in " + d.locations());
		}
		DocumentExtraction agents = extract("Several countries, including Norway and Chile, condemned the vote.");
		assertTrue(agents.locations().isEmpty(), agents.locations().toString());
	}

	@Test
	void aGazetteerNameAfterEachOrEveryIsAModifier() {
		DocumentExtraction d = extract("Every Baltic capital raised its alert level, and each Caucasus republic "
				+ "closed its airspace.");
		assertTrue(d.locations().isEmpty(), d.locations().toString());
		DocumentExtraction place = extract("Storms hit the Caucasus on Monday.");
		assertTrue(location(place, "Caucasus").isPresent(), place.locations().toString());
	}

	@Test
	void aPeopleOrAForceBeforeAPlaceNounIsNoPlace() {
		DocumentExtraction d = extract("Militants struck deep inside the Jewish state overnight. Exiled leaders "
				+ "still dream of a Kurdish homeland and a Kurdish region of their own, far from Mandalay.");
		assertEquals(List.of("Mandalay"), d.locations().stream().map(l -> l.name()).toList());
		DocumentExtraction sea = extract("Tankers crossed the Arabian Sea.");
		assertTrue(location(sea, "Arabian Sea").isPresent(), sea.locations().toString());
		DocumentExtraction named = extract("Shelling hit villages in Kachin State and in the Fujian province.");
		assertTrue(location(named, "Kachin State").isPresent(), named.locations().toString());
		assertTrue(location(named, "Fujian").isPresent(), named.locations().toString());
	}

	@Test
	void aCityInsideACapitalisedOrPluralAgreementNameIsNoPlace() {
		DocumentExtraction d = extract("Both sides pledged to honour the Dayton Accords, while the Geneva processes "
				+ "stalled.");
		assertTrue(d.locations().isEmpty(), d.locations().toString());
		DocumentExtraction place = extract("Diplomats gathered in Geneva on Monday.");
		assertTrue(location(place, "Geneva").isPresent(), place.locations().toString());
	}
}
