package org.sourcebench.model.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcebench.model.Actor;
import org.sourcebench.model.ActorKind;
import org.sourcebench.model.Claim;
import org.sourcebench.model.Dossier;
import org.sourcebench.model.Dossiers;
import org.sourcebench.model.TestDossiers;

class DossierStoreTest {

	@TempDir
	Path directory;

	private final DossierStore store = new DossierStore();

	@Test
	void theRoundTripFixtureSetsEveryFeatureOfTheModel() {
		assertEquals(List.of(), TestDossiers.unsetFeatures(TestDossiers.everyFeatureSet()));
	}

	@Test
	void roundTripInXmiKeepsEveryFeatureAndId() throws Exception {
		assertRoundTrip(DossierFormat.XMI);
	}

	@Test
	void roundTripInBinaryKeepsEveryFeatureAndId() throws Exception {
		assertRoundTrip(DossierFormat.BINARY);
	}

	private void assertRoundTrip(DossierFormat format) throws Exception {
		Dossier original = TestDossiers.everyFeatureSet();
		Path file = directory.resolve("dossier.sbx");
		store.save(original, file, format);

		Dossier loaded = store.load(file);

		assertNotSame(original, loaded);
		assertTrue(EcoreUtil.equals(original, loaded), "loaded dossier differs from the saved one");
		assertEquals(original.getClaims().get(0).getSpeaker().getId(), loaded.getClaims().get(0).getSpeaker().getId());
		assertSame(loaded.getActors().get(0), loaded.getClaims().get(0).getSpeaker());
		assertEquals(original.getSources().get(0).getPublished(), loaded.getSources().get(0).getPublished());
		assertEquals(format == DossierFormat.BINARY, loaded.eResource() instanceof DossierBinaryResource);
	}

	@Test
	void xmiWritesReferencesAsStableIds() throws Exception {
		Dossier dossier = TestDossiers.everyFeatureSet();
		Path file = directory.resolve("ids.sbx");
		store.save(dossier, file);

		String xml = Files.readString(file, StandardCharsets.UTF_8);
		Claim claim = dossier.getClaims().get(0);
		assertTrue(xml.contains("speaker=\"" + claim.getSpeaker().getId() + "\""), xml);
		assertTrue(xml.contains("id=\"" + dossier.getId() + "\""));
	}

	@Test
	void binaryFilesStartWithTheEmfSignatureAndAreDetectedByContent() throws Exception {
		Path file = directory.resolve("binary.sbx");
		store.save(TestDossiers.everyFeatureSet(), file, DossierFormat.BINARY);

		byte[] head = Arrays.copyOf(Files.readAllBytes(file), DossierFormat.BINARY_SIGNATURE.length);
		assertArrayEquals(DossierFormat.BINARY_SIGNATURE, head);
		assertTrue(store.load(file).eResource() instanceof DossierBinaryResource);
	}

	@Test
	void savingKeepsThePreviousVersionAsOneBackup() throws Exception {
		Path file = directory.resolve("kept.sbx");
		Dossier dossier = Dossiers.newDossier("first");
		store.save(dossier, file);
		dossier.setName("second");
		store.save(dossier, file);
		dossier.setName("third");
		store.save(dossier, file);

		assertEquals("third", store.load(file).getName());
		assertEquals("second", store.load(DossierStore.backupOf(file)).getName());
		try (Stream<Path> files = Files.list(directory)) {
			assertEquals(List.of("kept.sbx", "kept.sbx.bak"), files.map(p -> p.getFileName().toString()).sorted().toList());
		}
	}

	@Test
	void aFailedSaveLeavesThePreviousFileAndNoTemporaryFile() throws Exception {
		Path file = directory.resolve("safe.sbx");
		Dossier dossier = Dossiers.newDossier("good");
		store.save(dossier, file);
		byte[] before = Files.readAllBytes(file);

		// A claim whose speaker is in no dossier and no resource: XMI cannot write that reference.
		Claim claim = Dossiers.newClaim(Dossiers.newActor("Nobody", ActorKind.PERSON), "text");
		dossier.getClaims().add(claim);
		IOException failure = assertThrows(IOException.class, () -> store.save(dossier, file));

		assertTrue(failure.getMessage().contains(file.toString()), failure.getMessage());
		assertArrayEquals(before, Files.readAllBytes(file));
		try (Stream<Path> files = Files.list(directory)) {
			assertEquals(List.of("safe.sbx"), files.map(p -> p.getFileName().toString()).toList());
		}
	}

	@Test
	void savingADossierOfAnEditorInTheOtherFormatLeavesItsResourceAlone() throws Exception {
		Path xmi = directory.resolve("editor.sbx");
		store.save(TestDossiers.everyFeatureSet(), xmi);
		Dossier dossier = store.load(xmi);
		var resource = dossier.eResource();

		store.save(dossier, directory.resolve("export.sbx"), DossierFormat.BINARY);

		assertSame(resource, dossier.eResource());
		assertTrue(EcoreUtil.equals(dossier, store.load(directory.resolve("export.sbx"))));
	}

	@Test
	void loadingIntoAnEditorsResourceSetAddsOneResource() throws Exception {
		Path file = directory.resolve("set.sbx");
		store.save(TestDossiers.everyFeatureSet(), file);
		ResourceSet resourceSet = DossierStore.createResourceSet();

		Dossier dossier = store.load(file, resourceSet);

		assertEquals(List.of(dossier.eResource()), resourceSet.getResources());
	}

	@Test
	void loadingATruncatedXmiFileFailsNamingTheFile() throws Exception {
		Path file = directory.resolve("truncated.sbx");
		store.save(TestDossiers.everyFeatureSet(), file);
		byte[] bytes = Files.readAllBytes(file);
		Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));

		DossierLoadException failure = assertLoadFails(file);
		assertTrue(failure.getProblem().contains("truncated"), failure.getProblem());
	}

	@Test
	void loadingATruncatedBinaryFileFails() throws Exception {
		Path file = directory.resolve("truncated-binary.sbx");
		store.save(TestDossiers.everyFeatureSet(), file, DossierFormat.BINARY);
		byte[] bytes = Files.readAllBytes(file);
		Files.write(file, Arrays.copyOf(bytes, bytes.length * 2 / 3));

		assertLoadFails(file);
	}

	@Test
	void loadingADamagedXmiFileFails() throws Exception {
		Path file = directory.resolve("damaged.sbx");
		store.save(TestDossiers.everyFeatureSet(), file);
		String xml = Files.readString(file, StandardCharsets.UTF_8);
		Files.writeString(file, xml.replaceFirst("<actors ", "<actors <<garbage "), StandardCharsets.UTF_8);

		assertLoadFails(file);
	}

	@Test
	void loadingAnXmiFileWithADanglingReferenceFails() throws Exception {
		Path file = directory.resolve("dangling.sbx");
		Dossier dossier = TestDossiers.everyFeatureSet();
		store.save(dossier, file);
		String speakerId = dossier.getClaims().get(0).getSpeaker().getId();
		String xml = Files.readString(file, StandardCharsets.UTF_8);
		Files.writeString(file, xml.replace("speaker=\"" + speakerId + "\"", "speaker=\"no-such-actor\""), StandardCharsets.UTF_8);

		assertLoadFails(file);
	}

	@Test
	void loadingAnXmiFileReferringToAnotherFileFailsWithoutReadingIt() throws Exception {
		Path secret = directory.resolve("other.sbx");
		store.save(TestDossiers.everyFeatureSet(), secret);
		Path file = directory.resolve("href.sbx");
		Dossier dossier = TestDossiers.everyFeatureSet();
		store.save(dossier, file);
		String speakerId = dossier.getClaims().get(0).getSpeaker().getId();
		String xml = Files.readString(file, StandardCharsets.UTF_8);
		Files.writeString(file, xml.replace("speaker=\"" + speakerId + "\"", "speaker=\"other.sbx#" + speakerId + "\""), StandardCharsets.UTF_8);

		DossierLoadException failure = assertLoadFails(file);
		assertTrue(failure.getProblem().contains("not in the dossier"), failure.getProblem());
	}

	@Test
	void loadingForeignXmlFails() throws Exception {
		Path file = directory.resolve("foreign.sbx");
		Files.writeString(file, "<?xml version=\"1.0\"?>\n<html><body>Not a dossier</body></html>\n", StandardCharsets.UTF_8);

		DossierLoadException failure = assertLoadFails(file);
		assertTrue(failure.getProblem().contains("not a Sourcebench dossier") || failure.getProblem().contains("not a dossier"),
				failure.getProblem());
	}

	@Test
	void loadingAnotherEmfModelFails() throws Exception {
		Path file = directory.resolve("ecore.sbx");
		Files.writeString(file, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
				+ "<ecore:EPackage xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\""
				+ " xmlns:ecore=\"http://www.eclipse.org/emf/2002/Ecore\" name=\"other\"/>\n", StandardCharsets.UTF_8);

		DossierLoadException failure = assertLoadFails(file);
		assertTrue(failure.getProblem().contains("EPackage"), failure.getProblem());
	}

	@Test
	void loadingAFileThatIsNeitherXmlNorBinaryFails() throws Exception {
		Path file = directory.resolve("picture.sbx");
		Files.write(file, new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13 });

		DossierLoadException failure = assertLoadFails(file);
		assertTrue(failure.getProblem().contains("neither XML nor EMF binary"), failure.getProblem());
	}

	@Test
	void loadingAnEmptyFileFails() throws Exception {
		Path file = Files.createFile(directory.resolve("empty.sbx"));

		assertEquals("the file is empty", assertLoadFails(file).getProblem());
	}

	@Test
	void loadingAMissingFileFails() {
		assertEquals("the file does not exist", assertLoadFails(directory.resolve("missing.sbx")).getProblem());
	}

	@Test
	void anExternalEntityIsNeverResolved() throws Exception {
		Path secret = directory.resolve("secret.txt");
		Files.writeString(secret, "TOP-SECRET-CONTENT", StandardCharsets.UTF_8);
		Path file = directory.resolve("xxe.sbx");
		Files.writeString(file, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
				+ "<!DOCTYPE sb:Dossier [ <!ENTITY secret SYSTEM \"" + secret.toUri() + "\"> ]>\n"
				+ "<sb:Dossier xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\""
				+ " xmlns:sb=\"http://www.sourcebench.org/model/1.0\" id=\"d1\" name=\"&secret;\"/>\n", StandardCharsets.UTF_8);

		DossierLoadException failure = assertLoadFails(file);
		assertTrue(failure.getProblem().contains("DOCTYPE"), failure.getProblem());
		assertFalse(String.valueOf(failure.getMessage()).contains("TOP-SECRET-CONTENT"));
	}

	@Test
	void anInternalEntityExpansionIsRefusedToo() throws Exception {
		Path file = directory.resolve("billion-laughs.sbx");
		Files.writeString(file, "<?xml version=\"1.0\"?>\n<!DOCTYPE d [ <!ENTITY a \"aaaaaaaaaa\"> <!ENTITY b \"&a;&a;&a;&a;&a;&a;\"> ]>\n"
				+ "<sb:Dossier xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:sb=\"http://www.sourcebench.org/model/1.0\" name=\"&b;\"/>\n",
				StandardCharsets.UTF_8);

		assertTrue(assertLoadFails(file).getProblem().contains("DOCTYPE"));
	}

	private static DossierLoadException assertLoadFails(Path file) {
		DossierLoadException failure = assertThrows(DossierLoadException.class, () -> new DossierStore().load(file));
		assertEquals(file, failure.getFile());
		assertTrue(failure.getMessage().contains(file.toString()), failure.getMessage());
		assertFalse(failure.getProblem().isBlank());
		return failure;
	}

	@Test
	void aFailedLoadLeavesTheResourceSetAsItWas() throws Exception {
		Path file = directory.resolve("half.sbx");
		store.save(TestDossiers.everyFeatureSet(), file);
		byte[] bytes = Files.readAllBytes(file);
		Files.write(file, Arrays.copyOf(bytes, bytes.length - 40));
		ResourceSet resourceSet = DossierStore.createResourceSet();

		assertThrows(DossierLoadException.class, () -> store.load(file, resourceSet));

		assertEquals(List.of(), resourceSet.getResources());
	}

	@Test
	void objectsWithoutIdGetOneWhenSaved() throws Exception {
		Dossier dossier = Dossiers.newDossier("ids");
		Actor bare = org.sourcebench.model.SourcebenchFactory.eINSTANCE.createActor();
		dossier.getActors().add(bare);

		store.save(dossier, directory.resolve("bare.sbx"));

		assertTrue(bare.getId() != null && bare.getId().length() == 36, bare.getId());
	}
}
