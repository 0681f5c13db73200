package org.sourcebench.model.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcebench.model.Claim;
import org.sourcebench.model.Dossier;
import org.sourcebench.model.bench.SyntheticDossier;

/** Scale, not speed: DossierStoreBench reports the times. */
class LargeDossierTest {

	@TempDir
	Path directory;

	@Test
	void aDossierWithTenThousandSourcesAndAHundredThousandClaimsSavesAndLoadsInBothFormats() throws Exception {
		Dossier dossier = SyntheticDossier.create(10_000, 100_000);
		DossierStore store = new DossierStore();
		for (DossierFormat format : DossierFormat.values()) {
			Path file = directory.resolve(format + ".sbx");
			store.save(dossier, file, format);

			Dossier loaded = store.load(file);

			assertEquals(10_000, loaded.getSources().size());
			assertEquals(100_000, loaded.getClaims().size());
			Claim last = loaded.getClaims().get(99_999);
			assertEquals(dossier.getClaims().get(99_999).getId(), last.getId());
			assertSame(loaded.getSources().get(99_999 % 10_000), last.getEvidence().getSource());
			assertTrue(EcoreUtil.equals(dossier, loaded), format + " round trip differs");
		}
	}
}
