package org.sourcebench.extract.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourcebench.extract.ExtractionFixture.actor;
import static org.sourcebench.extract.ExtractionFixture.mentionTexts;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sourcebench.extract.DocumentExtraction;
import org.sourcebench.extract.ExtractedActor;
import org.sourcebench.extract.ExtractionEngine;
import org.sourcebench.extract.ExtractionOptions;
import org.sourcebench.model.ActorKind;

/**
 * One test per actor-reading mechanism of issue 11 (body heads, acronyms, owned bodies, appositions and lists,
 * descriptions, the field's actor dictionaries, datelines and credits), on sentences written for the test. The
 * word-window engine runs without the parser, so each mechanism is seen on its own.
 */
class ActorMechanismsTest {

	private static final ExtractionEngine ENGINE = ExtractionEngine.withoutParser();

	private static DocumentExtraction extract(String body) {
		return ENGINE.extract(body);
	}

	private static ExtractedActor named(DocumentExtraction d, String name) {
		return actor(d, name).orElseThrow(() -> new AssertionError(name + " not in " + d.actors()));
	}

	@Test
	void aNameEndingInABodyHeadIsABodyOfThatKindAndItsShortFormTheSameBody() {
		DocumentExtraction d = extract("The Coordination Headquarters for the Treatment of Prisoners of War said the "
				+ "exchange would go ahead. The Coordination Headquarters considers the statement false. "
				+ "The Northern Shield Forces said they shelled the town.");
		ExtractedActor hq = named(d, "Coordination Headquarters for the Treatment of Prisoners of War");
		assertEquals(ActorKind.GOVERNMENT, hq.kind());
		assertTrue(mentionTexts(hq).contains("Coordination Headquarters"), hq.toString());
		assertFalse(actor(d, "Coordination Headquarters").isPresent(), d.actors().toString());
		assertEquals(ActorKind.ARMED_GROUP, named(d, "Northern Shield Forces").kind());
	}

	@Test
	void anAcronymDefinedAfterANameOrSpellingItsInitialsIsThatBody() {
		DocumentExtraction d = extract("The Northern Shield Forces (NSF) took the town. The NSF said it held it. "
				+ "The Popular Resistance Army, or PRA, denied it, and the PRA called for talks. "
				+ "The Joint Staff Council said the JSC had met.");
		assertTrue(mentionTexts(named(d, "Northern Shield Forces")).contains("NSF"));
		assertTrue(mentionTexts(named(d, "Popular Resistance Army")).contains("PRA"));
		assertTrue(mentionTexts(named(d, "Joint Staff Council")).contains("JSC"));
	}

	@Test
	void aPersonsMentionIsTheNameWithoutTitleAndKeepsHyphenatedAndRegnalParts() {
		DocumentExtraction d = extract("Pope Leo XIV met President Vladimir Putin. Chairman Kim Seung-kyum spoke later. "
				+ "Prime Minister Mohammed bin Abdulrahman Al Thani said the talks would go on.");
		assertEquals(List.of("Vladimir Putin"), mentionTexts(named(d, "Vladimir Putin")));
		assertTrue(mentionTexts(named(d, "Leo XIV")).contains("Leo XIV"), d.actors().toString());
		assertTrue(actor(d, "Kim Seung-kyum").isPresent(), d.actors().toString());
		assertTrue(actor(d, "Mohammed bin Abdulrahman Al Thani").isPresent(), d.actors().toString());
	}

	@Test
	void bodiesNamedAfterTheirOwnerTakeTheOwnersCountry() {
		DocumentExtraction d = extract("An adviser to Ukraine's presidential office denied it. The Kremlin press service "
				+ "said the drones were destroyed by the military and special services. Prime Minister Benjamin "
				+ "Netanyahu would convene his security cabinet.");
		ExtractedActor office = named(d, "Ukrainian presidential office");
		assertEquals("Ukraine", office.country());
		assertTrue(mentionTexts(office).contains("Ukraine's presidential office"));
		assertEquals("Russia", named(d, "Kremlin press service").country());
		assertEquals(ActorKind.GOVERNMENT, named(d, "Russian special services").kind());
		assertTrue(mentionTexts(named(d, "Israeli security cabinet")).contains("security cabinet"));
	}

	@Test
	void aPersonIsNamedByAnIndefiniteAppositionAndByAListWithAPerson() {
		DocumentExtraction d = extract("U Maung Ni, a resident of the village tract, said two jets attacked. "
				+ "Raqqa, a city on the Euphrates, was quiet.");
		assertEquals(ActorKind.PERSON, named(d, "U Maung Ni").kind());
		assertFalse(actor(d, "Raqqa").isPresent(), "a place with an apposition is no person");
	}

	@Test
	void aDefiniteDescriptionWithModifiersRefersToTheLastActorOfItsKind() {
		DocumentExtraction d = extract("The Popular Resistance Army, or PRA, said it would talk. Talks with the largest "
				+ "remaining rebel group resume Monday. Sudan's army said it fought back; the army added that "
				+ "the military parade was cancelled.");
		assertTrue(mentionTexts(named(d, "Popular Resistance Army")).contains("largest remaining rebel group"),
				d.actors().toString());
		ExtractedActor army = named(d, "Sudanese military");
		assertTrue(mentionTexts(army).contains("army"), army.toString());
		assertFalse(mentionTexts(army).contains("military"), "\"military parade\": the head modifies a noun");
	}

	@Test
	void aCountrysTitleBeforeANameOrAnOfficeOfACountryDescribesThePerson() {
		DocumentExtraction d = extract("Colombia's Defense Minister, Ivan Velasquez, warned on Monday. An envoy met "
				+ "the prime minister of Qatar, a source said. Qatar's Prime Minister Mohammed bin Abdulrahman Al "
				+ "Thani received him.");
		assertTrue(mentionTexts(named(d, "Ivan Velasquez")).contains("Colombia's Defense Minister"));
		assertFalse(actor(d, "Colombia").isPresent(), d.actors().toString());
		assertTrue(mentionTexts(named(d, "Mohammed bin Abdulrahman Al Thani")).contains("prime minister of Qatar"));
		assertFalse(actor(d, "Qatar").isPresent(), d.actors().toString());
	}

	@Test
	void theFieldsActorDictionaryNamesPersonsAndBodiesWithCountryAndKindOnTheArticleDate() {
		String body = "Negotiations began during the government of Juan Manuel Santos. Israel was represented by "
				+ "Mossad. Fighting raged in Hama. Luis Alberto Moreno Mejia spoke.";
		// "JUAN_MANUEL_SANTOS [COLGOVMIL 060801-090731] [COLGOV >100901]", "LUIS_ALBERTO_MORENO_MEJIA [COLGOV
		// 030101-051231]": each is a Colombian office holder on some dates and no one the dictionary knows on others
		DocumentExtraction d2012 = ENGINE.extract(body, ExtractionOptions.dated(LocalDate.of(2012, 6, 1)));
		ExtractedActor santos = named(d2012, "Juan Manuel Santos");
		assertEquals(ActorKind.PERSON, santos.kind());
		assertEquals("Colombia", santos.country());
		assertFalse(actor(d2012, "Luis Alberto Moreno Mejia").isPresent(), d2012.actors().toString());
		DocumentExtraction d2004 = ENGINE.extract(body, ExtractionOptions.dated(LocalDate.of(2004, 6, 1)));
		assertEquals("Colombia", named(d2004, "Luis Alberto Moreno Mejia").country());
		assertFalse(actor(d2004, "Juan Manuel Santos").isPresent(), d2004.actors().toString());
		ExtractedActor mossad = named(d2012, "Mossad");
		assertEquals(ActorKind.GOVERNMENT, mossad.kind());
		assertEquals("Israel", mossad.country());
		assertFalse(actor(d2012, "Hamas").isPresent(), "the city Hama is no key of Hamas");
	}

	@Test
	void aDatelineNamesPlacesAndABracketCreditNamesOutlets() {
		DocumentExtraction d = extract("Palestine, (APP - UrduPoint / Pakistan Point News - 6th Oct, 2024) The "
				+ "health ministry said 26 people were killed. The army said it struck a command centre. (Yonhap)");
		assertFalse(actor(d, "Palestine").isPresent(), d.actors().toString());
		assertEquals(ActorKind.MEDIA, named(d, "APP").kind());
		assertTrue(mentionTexts(named(d, "UrduPoint")).contains("Pakistan Point News"));
		assertEquals(ActorKind.MEDIA, named(d, "Yonhap").kind());
	}

	@Test
	void anOrganisationsOfficialsSpeakForIt() {
		DocumentExtraction d = extract("Top United Nations officials have warned that the conflict could spread.");
		assertTrue(mentionTexts(named(d, "United Nations")).contains("United Nations officials"));
	}

	@Test
	void bareArmedForcesBelongToTheCountryLastNamed() {
		DocumentExtraction d = extract("The Syrian army shelled the town. In Baghdad, Iraqi Prime Minister Adel Abdul "
				+ "Mahdi said the militias would join the armed forces.");
		assertTrue(mentionTexts(named(d, "Iraqi military")).contains("armed forces"), d.actors().toString());
		assertFalse(mentionTexts(named(d, "Syrian government forces")).contains("armed forces"));
	}

	@Test
	void bareArmedForcesKeepTheForcesNamedBeforeUnlessTheirSentenceNamesAnotherCountry() {
		// coref.forcesCountry: a country named only in an earlier sentence does not take "the military" from the
		// forces named before; with no forces named, "the junta" is the forces of the state the story names most
		DocumentExtraction d = extract("Israeli forces raided the town on Monday. A Palestinian health official "
				+ "counted the wounded. The military said the raid was over.");
		assertTrue(mentionTexts(named(d, "Israeli military")).contains("military"), d.actors().toString());
		assertFalse(actor(d, "Palestinian military").isPresent(), d.actors().toString());
		d = extract("Myanmar held talks in Naypyitaw. Myanmar sent envoys abroad. Myanmar reopened a crossing near the "
				+ "Chinese border. The junta said the talks went well.");
		assertTrue(mentionTexts(named(d, "Myanmar military")).contains("junta"), d.actors().toString());
		assertFalse(actor(d, "Chinese military").isPresent(), d.actors().toString());
	}

	@Test
	void aDefiniteRoleDescriptionIsThePersonIntroducedWithThatRole() {
		// coref.roleHolders
		DocumentExtraction d = extract("Harbour Authority spokesman Tomas Brenner told reporters the port was shut. "
				+ "The Harbour Authority spokesman added that ships would wait.");
		assertTrue(mentionTexts(named(d, "Tomas Brenner")).contains("Harbour Authority spokesman"),
				d.actors().toString());
		assertFalse(mentionTexts(named(d, "Harbour Authority")).contains("Harbour Authority spokesman"));
	}

	@Test
	void aMissionRankOfTitlesTsvIntroducesTheNameAfterIt() {
		// titles.tsv rows for offices: deputy high commissioner, chargé d'affaires, army chief, top diplomat ...
		DocumentExtraction d = extract("Peru summoned the deputy high commissioner of Chile Tomas Reyes on Monday "
				+ "over the border incident.");
		assertEquals(ActorKind.PERSON, named(d, "Tomas Reyes").kind());
		assertFalse(actor(d, "High Commissioner").isPresent(), d.actors().toString());
	}

	@Test
	void aCountrysOfficeDescribedWithoutANameIsAPersonOfItsOwn() {
		// actors.unnamedOfficials
		DocumentExtraction d = extract("Chile's top diplomat was called in on Monday. The Peruvian Defense Minister "
				+ "toured the border posts the next day.");
		ExtractedActor envoy = named(d, "Chilean top diplomat");
		assertEquals(ActorKind.PERSON, envoy.kind());
		assertTrue(mentionTexts(envoy).contains("Chile's top diplomat"), d.actors().toString());
		assertEquals(ActorKind.PERSON, named(d, "Peruvian defense minister").kind());
	}

	@Test
	void anOfficeHeldByAPersonTheDocumentNamesMakesNoSecondPerson() {
		DocumentExtraction d = extract("Defense Minister Tomas Reyes toured the border posts. The Peruvian Defense "
				+ "Minister later met the troops. The Chilean spokesman declined to comment.");
		assertFalse(actor(d, "Peruvian defense minister").isPresent(), d.actors().toString());
		assertFalse(actor(d, "Chilean spokesman").isPresent(), d.actors().toString());
	}

	@Test
	void aBodysNameKeepsAPossessiveThatIsNoCountryAndLeavesALexiconNameToTheLexicon() {
		DocumentExtraction d = extract("The Tigray People's Liberation Front signed the truce. The Syrian Kurdish "
				+ "People's Protection Units withdrew. Turkey's Anadolu Agency reported it.");
		assertEquals(ActorKind.ARMED_GROUP, named(d, "Tigray People's Liberation Front").kind());
		assertTrue(actor(d, "People's Protection Units").isPresent(), d.actors().toString());
		assertTrue(actor(d, "Anadolu Agency").isPresent(), d.actors().toString());
		assertFalse(d.actors().stream().anyMatch(a -> a.name().startsWith("Syrian Kurdish")), d.actors().toString());
	}

	@Test
	void aPossessiveRightBeforeAHeadWordIsNoError() {
		DocumentExtraction d = extract("The Northern Shield Council's secretary general was not available, the Prime "
				+ "Minister's Office said.");
		assertTrue(actor(d, "Northern Shield Council").isPresent(), d.actors().toString());
		assertTrue(actor(d, "Prime Minister's Office").isPresent(), d.actors().toString());
	}

	@Test
	void aTitleWithItsJurisdictionBeforeANameDescribesThePersonAndAnInstitutionsAcronymIsTheInstitution() {
		DocumentExtraction d = extract("Sudan's envoy to the United Nations, Al-Harith Idriss, said the talks failed. "
				+ "The Turkish Armed Forces (TSK) said 25 militants were killed, and the TSK added that more died.");
		assertTrue(mentionTexts(named(d, "Al-Harith Idriss")).contains("Sudan's envoy to the United Nations"),
				d.actors().toString());
		ExtractedActor tsk = named(d, "Turkish military");
		assertTrue(mentionTexts(tsk).containsAll(List.of("Turkish Armed Forces", "TSK")), tsk.toString());
		assertEquals(1, d.actors().stream().filter(a -> a.mentions().stream().anyMatch(m -> m.text().equals("TSK")))
				.count(), d.actors().toString());
	}

	@Test
	void aCapitalNamedAsTheCapitalIsTheCityNotTheState() {
		DocumentExtraction d = extract("Fighting erupted in the capital Khartoum in April. Khartoum blamed the rebels.");
		ExtractedActor sudan = named(d, "Sudan");
		assertEquals(1, sudan.mentions().size(), sudan.toString());
		assertTrue(d.locations().stream().anyMatch(l -> l.mentions().stream().anyMatch(m -> m.text().equals("Khartoum"))),
				d.locations().toString());
	}
	@Test
	void aBareOppositionIsTheOppositionOfTheCountryTheStoryIsAbout() {
		DocumentExtraction sy = extract("Syrian troops shelled Idlib. The opposition said Damascus had broken the truce "
				+ "and Syria denied it.");
		assertTrue(mentionTexts(named(sy, "Syrian opposition")).contains("opposition"), sy.actors().toString());
		DocumentExtraction ve = extract("Venezuela held a vote on Sunday. The opposition said the count in Venezuela "
				+ "was rigged, and Caracas rejected the charge.");
		assertTrue(mentionTexts(named(ve, "Venezuelan opposition")).contains("opposition"), ve.actors().toString());
		assertFalse(actor(ve, "Syrian opposition").isPresent(), ve.actors().toString());
		DocumentExtraction stance = extract("Turkey repeated its opposition to the plan. Ankara named an opposition "
				+ "leader to the panel. The opposition Popular Front said it would cooperate with Turkey.");
		assertTrue(stance.actors().stream().noneMatch(a -> a.name().endsWith("opposition")),
				stance.actors().toString());
	}

	@Test
	void agentNounsForSinglePeopleAreNoBodyOfTheirCountry() {
		DocumentExtraction d = extract("Several North Korean defectors met Colombian rebels. Chile's opposition leader "
				+ "Ana Torres said they spoke.");
		assertFalse(actor(d, "North Korean opposition").isPresent(), d.actors().toString());
		assertFalse(actor(d, "Chilean opposition").isPresent(), d.actors().toString());
		assertTrue(actor(d, "Colombian opposition").isPresent(), d.actors().toString());
	}

	@Test
	void twoBodiesJoinedByAndTheAreTwoActors() {
		DocumentExtraction d = extract("The Northern Shield Forces and the Popular Resistance Army said the Union of "
				+ "Medical Care and Relief Organizations had left.");
		named(d, "Northern Shield Forces");
		named(d, "Popular Resistance Army");
		named(d, "Union of Medical Care and Relief Organizations");
	}

	@Test
	void anAcronymInBracketsAfterItsNameCreditsNoOutlet() {
		DocumentExtraction d = extract("Northern Shield Forces (NSF) commander Ali Omar said the town had fallen.");
		assertTrue(mentionTexts(named(d, "Northern Shield Forces")).contains("NSF"), d.actors().toString());
		assertFalse(actor(d, "NSF").isPresent(), d.actors().toString());
	}

	@Test
	void armedGroupsMissingFromPhoenixComeFromOurAdditionsInItsFormat() {
		DocumentExtraction d = extract("In Sudan, fighters of the RSF shelled a market, while the ELN and Islamic Jihad "
				+ "issued statements.");
		assertEquals(ActorKind.ARMED_GROUP, named(d, "Rapid Support Forces").kind());
		assertTrue(mentionTexts(named(d, "National Liberation Army")).contains("ELN"), d.actors().toString());
		assertTrue(mentionTexts(named(d, "Palestinian Islamic Jihad")).contains("Islamic Jihad"),
				d.actors().toString());
		DocumentExtraction before = ENGINE.extract("Sudan's army and the RSF held a joint parade in Khartoum.",
				ExtractionOptions.dated(LocalDate.of(2019, 6, 1)));
		assertEquals(ActorKind.MILITARY, named(before, "Rapid Support Forces").kind());
	}
	@Test
	void anOrganisationNamedOnlyInATitleOrBeforeOneOfItsUnitsIsNoMentionOfIt() {
		DocumentExtraction d = extract("The UN envoy Ana Ruiz met the rebels. UN agencies said the food had run out, and "
				+ "the UN's peacekeeping force, Minurca, called the shelling alarming.");
		assertFalse(actor(d, "United Nations").isPresent(), d.actors().toString());
		assertTrue(actor(d, "UN agencies").isPresent(), d.actors().toString());
		assertTrue(mentionTexts(named(d, "Minurca")).contains("UN's peacekeeping force"), d.actors().toString());
		DocumentExtraction named = extract("The UN said the food had run out. UN figures show the toll doubled.");
		assertEquals(List.of("UN"), mentionTexts(named(named, "United Nations")));
	}
	@Test
	void aPersonNamedByTheLastWordsOfOneLongerNameIsThatPerson() {
		DocumentExtraction d = extract("President Oduya spoke on Monday. Kenyan Foreign Minister Amina bin Rashid met "
				+ "Governor Samuel Oduya in Nairobi, and Bin Rashid said the talks went well.");
		assertEquals(List.of("Oduya", "Samuel Oduya"), mentionTexts(named(d, "Samuel Oduya")));
		assertTrue(mentionTexts(named(d, "Amina bin Rashid")).contains("Bin Rashid"), d.actors().toString());
		assertFalse(actor(d, "Oduya").isPresent() || actor(d, "Bin Rashid").isPresent(), d.actors().toString());
	}

	@Test
	void aBodyNamedOnlyInAPersonsTitleIsNoActor() {
		DocumentExtraction d = extract("Omar Said, the head of the ruling Transitional Council, met Ana Lima, deputy "
				+ "director of the governing Labour Union Party. On Tuesday Regional Inspector General of Police, "
				+ "Ravi Kumar, said the roads were open.");
		assertFalse(actor(d, "Transitional Council").isPresent(), d.actors().toString());
		assertFalse(actor(d, "Labour Union Party").isPresent(), d.actors().toString());
		assertTrue(d.actors().stream().noneMatch(a -> a.name().contains("Police") || a.name().equals("General")),
				d.actors().toString());
		named(d, "Ravi Kumar");
		DocumentExtraction alone = extract("The Transitional Council said the vote would be held in May.");
		named(alone, "Transitional Council");
	}
	@Test
	void anOfficeDescriptionIsTheDocumentsHolderOfTheOfficeItStandsFor() {
		DocumentExtraction d = extract("Saudi Foreign Minister Khalid al-Harbi met the envoy on Monday. The envoy told "
				+ "the Saudi top diplomat that the truce held.");
		assertTrue(mentionTexts(named(d, "Khalid al-Harbi")).contains("Saudi top diplomat"), d.actors().toString());
		assertFalse(actor(d, "Adel al-Jubeir").isPresent(), d.actors().toString());
	}

	@Test
	void aKnownBodyAfterItsOwnCountrysAdjectiveIsNamedByTheWholePhrase() {
		DocumentExtraction d = extract("Israel said it struck sites of the Iranian Revolutionary Guards near Damascus.");
		assertTrue(mentionTexts(named(d, "Islamic Revolution Guards Corps")).contains("Iranian Revolutionary Guards"),
				d.actors().toString());
	}
	@Test
	void aTitleAfterTheIsADescriptionOfItsHolderNotAPersonOfThatName() {
		DocumentExtraction d = extract("UN Special Envoy Pia Holm met the delegates. Later that day the Special Envoy "
				+ "said the talks would resume. The UN envoy, who flew to Aden, said the port was calm.");
		assertTrue(mentionTexts(named(d, "Pia Holm")).containsAll(List.of("Special Envoy", "UN envoy")),
				d.actors().toString());
		assertFalse(actor(d, "Special Envoy").isPresent(), d.actors().toString());
		assertTrue(d.claims().stream().allMatch(c -> c.speaker().equals("Pia Holm")), d.claims().toString());
	}
	@Test
	void armedGroupsComeFromThePhoenixDictionaryAlsoOpeningASentenceAndDespiteAVillageOfThatName() {
		DocumentExtraction d = extract("Hizbollah fired rockets at the border. Taliban fighters took the post, and the "
				+ "Houthis said they had seized a ship.");
		assertEquals(ActorKind.ARMED_GROUP, named(d, "Hezbollah").kind());
		assertEquals(ActorKind.ARMED_GROUP, named(d, "Taliban").kind()); // also a village in Turkey (GeoNames)
		assertEquals(ActorKind.ARMED_GROUP, named(d, "Houthis").kind());
	}

	@Test
	void aHyphenatedNameOfThePhoenixDictionaryMatchesTheWordsTheTokenizerSplitsAtTheHyphen() {
		// "AL-SHABAAB" in the dictionary; the tokenizer reads "al", "-", "Shabaab" (mechanism actors.hyphenatedNames)
		DocumentExtraction d = extract("Gunmen from al-Shabaab stormed a police post near the coast overnight.");
		ExtractedActor group = named(d, "Al-Shabaab");
		assertEquals(ActorKind.ARMED_GROUP, group.kind());
		assertEquals(List.of("al-Shabaab"), mentionTexts(group));
	}
	@Test
	void aLoneFirstWordOfFamilyNameFirstNamesIsThePersonNamedLastWithIt() {
		// the default engine: the parser's named entities add the second person before the family name is read
		DocumentExtraction d = org.sourcebench.extract.ExtractionFixture.extract("President Park Min Ho spoke on "
				+ "Monday. Minister Park Ji Sung said the talks were over. In a statement, Park said the border would stay "
				+ "shut.");
		assertTrue(mentionTexts(named(d, "Park Ji Sung")).contains("Park"), d.actors().toString());
		assertFalse(mentionTexts(named(d, "Park Min Ho")).contains("Park"), d.actors().toString());
		assertFalse(actor(d, "Park").isPresent(), d.actors().toString());
	}

	@Test
	void agentNounsForThingsNameNoBody() {
		DocumentExtraction d = extract("The jets struck Iranian weapons storage facilities near the airport.");
		assertFalse(actor(d, "Iranian military").isPresent(), d.actors().toString());
	}
	@Test
	void aNameAfterAYearIsAnEventNotABody() {
		DocumentExtraction d = extract("The minister flew to Lisbon for the 2024 Atlantic Energy Forum, where the Atlantic "
				+ "Energy Council met.");
		assertFalse(actor(d, "Atlantic Energy Forum").isPresent(), d.actors().toString());
		named(d, "Atlantic Energy Council");
	}

	@Test
	void aBareFamilyNameIsNotThePersonNamedOnlyInsideADescriptionOfAnother() {
		DocumentExtraction d = org.sourcebench.extract.ExtractionFixture.extract("Choi Min Seo said on Monday that the "
				+ "talks had failed. The deputy minister is a cousin of party chief Choi Dong Hyun. In a statement, Choi "
				+ "said the border would stay shut.");
		assertTrue(mentionTexts(named(d, "Choi Min Seo")).contains("Choi"), d.actors().toString());
		assertFalse(mentionTexts(named(d, "Choi Dong Hyun")).contains("Choi"), d.actors().toString());
	}

	@Test
	void countriesListedForAPluralNounTakeItsPrepositionAndOwnNoArmy() {
		DocumentExtraction d = extract("The Chadian army said it had retaken the depot. Smugglers brought arms in from "
				+ "bordering nations: Niger, Côte d’Ivoire, Libya, and Sudan. The army said it would close the roads.");
		for (String place : new String[] {"Niger", "Côte d’Ivoire", "Libya", "Sudan"}) {
			assertFalse(actor(d, place).isPresent(), place + " is a place here: " + d.actors());
		}
		assertTrue(d.actors().stream().filter(a -> a.kind() == ActorKind.MILITARY).count() == 1
				&& d.actors().stream().anyMatch(a -> a.kind() == ActorKind.MILITARY
						&& mentionTexts(a).contains("army")), d.actors().toString());
	}

	@Test
	void aCountrysArmedForcesAreOneActorUnderEitherNameAndAMilitaryRegimeIsTheState() {
		DocumentExtraction d = extract("The Israeli military said the depot was hit overnight. Two hours later the IDF "
				+ "said that no soldier was hurt. Critics of the Burmese military regime met in Bangkok.");
		List<ExtractedActor> forces = d.actors().stream().filter(a -> a.kind() == ActorKind.MILITARY).toList();
		assertEquals(1, forces.size(), forces.toString());
		assertTrue(mentionTexts(forces.get(0)).containsAll(List.of("Israeli military", "IDF")), forces.toString());
		assertTrue(mentionTexts(named(d, "Myanmar")).contains("Burmese military regime"), d.actors().toString());
	}

	@Test
	void theOfficeOfATitledPersonIsThatOfficeAndThePersonStaysAnActor() {
		DocumentExtraction d = extract("On Sunday the office of Peruvian President Dina Boluarte rejected the report.");
		ExtractedActor office = named(d, "Peruvian President's Office");
		assertEquals(ActorKind.GOVERNMENT, office.kind());
		assertTrue(mentionTexts(office).contains("office of Peruvian President Dina Boluarte"), office.toString());
		assertTrue(mentionTexts(named(d, "Dina Boluarte")).contains("Dina Boluarte"), d.actors().toString());
	}

	@Test
	void anOfficeOfTheHandListResolvesToItsHolderOnlyOnADateItHeldIt() {
		String body = "Lebanon's prime minister said on Monday that the port of Tripoli would reopen.";
		assertTrue(actor(ENGINE.extract(body, ExtractionOptions.dated(LocalDate.of(2018, 3, 1))), "Saad Hariri").isPresent());
		for (DocumentExtraction d : List.of(ENGINE.extract(body, ExtractionOptions.dated(LocalDate.of(2025, 3, 1))), extract(body))) {
			assertFalse(actor(d, "Saad Hariri").isPresent(), d.actors().toString());
			assertEquals(ActorKind.PERSON, named(d, "Lebanon's prime minister").kind());
		}
	}

	@Test
	void aNameVariantNamesOnePersonOfTheDocument() {
		DocActors actors = new DocActors();
		DocActor lee = actors.actor("Lee Jae Sung", ActorKind.PERSON, "KR", 0.9);
		DocActor ortiz = actors.actor("Ana Ortiz Pena", ActorKind.PERSON, "", 0.9);
		DocActor ortega = actors.actor("Luis Ortega Pena", ActorKind.PERSON, "", 0.9);
		actors.mention(lee, 0, 12);
		actors.mention(ortiz, 20, 34);
		actors.mention(ortega, 40, 56);
		assertEquals(lee, actors.person("Lee"));
		assertEquals(lee, actors.person("Jae Sung"));
		assertEquals(ortiz, actors.person("Ortiz Pena"));
		assertEquals(null, actors.person("Pena"), "two people end with it");
		assertEquals(null, actors.person("Park"));
	}

	@Test
	void aCountryNameOpeningAnotherNameIsNoMentionOfTheCountry() {
		DocumentExtraction d = extract("The pilot told Zambia Chronicle that the plane had landed. Ghana warned Togo "
				+ "on Monday, and Togo Foreign Minister Robert Dussey replied.");
		assertFalse(actor(d, "Zambia").isPresent(), d.actors().toString());
		assertTrue(actor(d, "Ghana").isPresent() && actor(d, "Togo").isPresent(), d.actors().toString());
	}

	@Test
	void theAgencyOfAWireDatelineIsAnOutletWhateverTheDateAndDashBetween() {
		for (String opening : List.of("NAIROBI, March 3 (Kenvoice) -- ", "LIMA \u2014 (PRENSAX)- ", "OSLO (Nordwire) - ")) {
			DocumentExtraction d = extract(opening + "The minister said the talks would resume next week.");
			String outlet = opening.substring(opening.indexOf('(') + 1, opening.indexOf(')'));
			assertEquals(ActorKind.MEDIA, named(d, outlet).kind(), opening);
		}
		DocumentExtraction inside = extract("The talks resumed. Officials of the Northern Shield (Kenvoice) said so.");
		assertFalse(actor(inside, "Kenvoice").isPresent(), "a bracket inside the text credits no outlet: "
				+ inside.actors());
	}

	@Test
	void mediaOfACountryAreAnActorOfThatCountryButAJournalistIsAPerson() {
		DocumentExtraction d = extract("Peace was near, the spokesman said, as quoted by Peruvian media. The minister "
				+ "spoke on Bolivian state television, and a Chilean journalist asked him about it.");
		ExtractedActor media = named(d, "Peruvian media");
		assertEquals(ActorKind.MEDIA, media.kind());
		assertEquals("Peru", media.country());
		ExtractedActor television = d.actors().stream()
				.filter(a -> mentionTexts(a).contains("Bolivian state television")).findFirst()
				.orElseThrow(() -> new AssertionError(d.actors().toString()));
		assertEquals(ActorKind.MEDIA, television.kind());
		assertEquals("Bolivia", television.country());
		assertFalse(d.actors().stream().anyMatch(a -> a.name().contains("journalist")), d.actors().toString());
	}
}
