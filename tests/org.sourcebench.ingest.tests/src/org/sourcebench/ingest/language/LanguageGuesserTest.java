package org.sourcebench.ingest.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.sourcebench.test.support.TestArticles;

class LanguageGuesserTest {

	private final LanguageGuesser guesser = new LanguageGuesser();

	@Test
	void englishNewsIsEnglish() {
		assertEquals("en", guesser.guess(TestArticles.text("scraped/000_e2a23cc3f04865a0.body.txt")));
	}

	@Test
	void otherLanguagesAreToldApart() {
		assertEquals("de", guesser.guess("Der Gesandte hat am Montag die Gespr\u00e4che in Genf er\u00f6ffnet, und die "
				+ "Delegationen sind nicht mit dem Plan einverstanden. Die Opposition will auch eine L\u00f6sung."));
		assertEquals("fr", guesser.guess("Le ministre a d\u00e9clar\u00e9 que la Russie est pr\u00eate \u00e0 "
				+ "soutenir les n\u00e9gociations, mais il a ajout\u00e9 que les garants doivent signer les cartes "
				+ "dans une semaine avec le gouvernement."));
		assertEquals("ru", guesser.guess("\u041c\u0438\u043d\u0438\u0441\u0442\u0440 \u0437\u0430\u044f\u0432\u0438\u043b, "
				+ "\u0447\u0442\u043e \u0420\u043e\u0441\u0441\u0438\u044f \u043d\u0435 \u043f\u0440\u043e\u0442\u0438\u0432 "
				+ "\u0438 \u0447\u0442\u043e \u043f\u0435\u0440\u0435\u0433\u043e\u0432\u043e\u0440\u044b \u0432 "
				+ "\u0410\u0441\u0442\u0430\u043d\u0435 \u0438 \u0432 \u0416\u0435\u043d\u0435\u0432\u0435 \u043f\u043e "
				+ "\u043f\u043b\u0430\u043d\u0443 \u0434\u043b\u044f \u0432\u0441\u0435\u0445."));
	}

	@Test
	void tooLittleTextGivesNoGuess() {
		assertNull(guesser.guess("Putin."));
		assertNull(guesser.guess("12345 67890"));
	}
}
