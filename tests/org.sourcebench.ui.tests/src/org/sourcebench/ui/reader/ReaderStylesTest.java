package org.sourcebench.ui.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.Color;
import org.junit.jupiter.api.Test;
import org.sourcebench.model.Actor;
import org.sourcebench.model.ActorKind;
import org.sourcebench.model.Claim;
import org.sourcebench.model.Dossier;
import org.sourcebench.model.Dossiers;
import org.sourcebench.model.Relationship;
import org.sourcebench.model.Source;

/** Nested evidence becomes non-overlapping styles: the innermost visible span colours, the focused one is boxed. */
class ReaderStylesTest {

	private static final String BODY = "Putin said Russia will help Syria.";

	private final Color actorColor = new Color(255, 214, 102);
	private final Color claimColor = new Color(173, 205, 255);
	private final Color relationshipColor = new Color(244, 170, 200);
	private final Color locationColor = new Color(140, 210, 160);
	private final Color border = new Color(0, 0, 0);

	private final Dossier dossier = Dossiers.newDossier("d");
	private final Source source = Dossiers.newSource(BODY);
	private final Actor putin = Dossiers.newActor("Vladimir Putin", ActorKind.PERSON);
	private final Claim claim = Dossiers.newClaim(putin, "Russia will help Syria");
	private final Relationship relationship = Dossiers.newRelationship(putin, putin, "030");

	ReaderStylesTest() {
		dossier.getSources().add(source);
		putin.getMentions().add(Dossiers.newSpan(source, 0, 5));
		claim.setEvidence(Dossiers.newSpan(source, 11, 33));
		relationship.getEvidence().add(Dossiers.newSpan(source, 0, 34));
		dossier.getActors().add(putin);
		dossier.getClaims().add(claim);
		dossier.getRelationships().add(relationship);
	}

	@Test
	void innermostVisibleSpanGivesTheColour() {
		StyleRange[] styles = compute(EnumSet.allOf(SpanCategory.class), Set.of());
		assertEquals(List.of("0-5", "5-11", "11-33", "33-34"), ranges(styles));
		assertEquals(actorColor, styles[0].background);
		assertEquals(relationshipColor, styles[1].background);
		assertEquals(claimColor, styles[2].background);
		assertEquals(relationshipColor, styles[3].background);
	}

	@Test
	void hiddenCategoriesLetTheEnclosingSpanShow() {
		StyleRange[] styles = compute(EnumSet.of(SpanCategory.RELATIONSHIP), Set.of());
		assertEquals(List.of("0-34"), ranges(styles));
		assertEquals(relationshipColor, styles[0].background);
	}

	@Test
	void focusedSpansAreBoldAndBoxedEvenWhenTheirCategoryIsHidden() {
		SpanIndex index = SpanIndex.of(dossier, source);
		Set<HighlightedSpan> focused = Set.copyOf(index.of(putin));
		StyleRange[] styles = ReaderStyles.compute(index.all(), EnumSet.noneOf(SpanCategory.class), focused, this::color, border);
		assertEquals(1, styles.length);
		assertEquals(SWT.BOLD, styles[0].fontStyle);
		assertEquals(SWT.BORDER_SOLID, styles[0].borderStyle);
		assertEquals(actorColor, styles[0].background);
		assertNull(index.at(34).stream().findFirst().orElse(null), "past the end of every span");
	}

	private StyleRange[] compute(Set<SpanCategory> visible, Set<HighlightedSpan> focused) {
		return ReaderStyles.compute(SpanIndex.of(dossier, source).all(), visible, focused, this::color, border);
	}

	private Color color(SpanCategory category) {
		return switch (category) {
			case ACTOR -> actorColor;
			case LOCATION -> locationColor;
			case CLAIM -> claimColor;
			case RELATIONSHIP -> relationshipColor;
		};
	}

	private static List<String> ranges(StyleRange[] styles) {
		return java.util.Arrays.stream(styles).map(s -> s.start + "-" + (s.start + s.length)).toList();
	}
}
