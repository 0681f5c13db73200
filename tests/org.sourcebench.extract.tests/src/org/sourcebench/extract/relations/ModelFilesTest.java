package org.sourcebench.extract.relations;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sourcebench.extract.actors.LearnedActorFilter;
import org.sourcebench.extract.syntax.LinearModel;

/**
 * {@link ModelFiles}, the one reader of the learned components' model files: the class-path entry unless the
 * component's own property names another file (every property of {@link ModelFiles#PROPERTIES} is a component's).
 */
class ModelFilesTest {

	private static final String PROPERTY = "sourcebench.actorFilter.model";

	@AfterEach
	void clear() {
		System.clearProperty(PROPERTY);
	}

	@Test
	void theOwnPropertyNamesTheFileReadInsteadOfTheEntry() throws IOException {
		assertEquals(PROPERTY, LearnedActorFilter.MODEL_PROPERTY);
		assertNull(ModelFiles.file(LearnedActorFilter.MODEL, PROPERTY), "unset in use: the class-path entry");
		LinearModel shipped = ModelFiles.read(LearnedActorFilter.MODEL, PROPERTY);

		Path copy = Files.createTempFile("actor-filter-fold", ".tsv");
		try (InputStream in = ModelFiles.open(LearnedActorFilter.MODEL, PROPERTY)) {
			Files.copy(in, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		}
		System.setProperty(PROPERTY, copy.toString());
		assertEquals(copy, ModelFiles.file(LearnedActorFilter.MODEL, PROPERTY));
		LinearModel read = ModelFiles.read(LearnedActorFilter.MODEL, PROPERTY);
		List<String> features = List.of("kind=PERSON", "mentions=1", "bias");
		assertArrayEquals(LearnedRoots.scores(shipped, features), LearnedRoots.scores(read, features));
		assertArrayEquals(shipped.outcomes(), read.outcomes());

		Files.delete(copy);
		System.setProperty(PROPERTY, copy.toString()); // gone now
		UncheckedIOException e = assertThrows(UncheckedIOException.class,
				() -> ModelFiles.read(LearnedActorFilter.MODEL, PROPERTY));
		assertTrue(e.getMessage().contains(copy.toString()), e.getMessage());
	}

	@Test
	void everyComponentPropertyIsListedOnce() {
		assertEquals(10, ModelFiles.PROPERTIES.size());
		assertEquals(ModelFiles.PROPERTIES.size(), ModelFiles.PROPERTIES.stream().distinct().count());
		assertTrue(ModelFiles.PROPERTIES.contains(ClaimStances.MODEL_PROPERTY));
		assertTrue(ModelFiles.PROPERTIES.contains(DocumentPairs.MODEL_PROPERTY));
		assertTrue(ModelFiles.PROPERTIES.contains(LearnedRelationFilter.MODEL_PROPERTY));
		assertTrue(ModelFiles.PROPERTIES.contains(org.sourcebench.extract.actors.LearnedCoref.MODEL_PROPERTY));
		assertTrue(ModelFiles.PROPERTIES.contains(org.sourcebench.extract.actors.LearnedActorDetector.MODEL_PROPERTY));
		assertTrue(ModelFiles.PROPERTIES.contains(org.sourcebench.extract.claims.LearnedCues.MODEL_PROPERTY));
		assertTrue(ModelFiles.PROPERTIES.contains(org.sourcebench.extract.claims.DocumentSpeakers.MODEL_PROPERTY));
		assertTrue(ModelFiles.PROPERTIES.contains(LearnedReroot.MODEL_PROPERTY));
		assertTrue(ModelFiles.PROPERTIES.contains(org.sourcebench.extract.claims.LearnedSpeakers.MODEL_PROPERTY));
	}
}
