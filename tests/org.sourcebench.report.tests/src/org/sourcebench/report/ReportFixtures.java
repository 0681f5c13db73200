package org.sourcebench.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.sourcebench.model.Actor;
import org.sourcebench.model.ActorKind;
import org.sourcebench.model.AdmiraltyReliability;
import org.sourcebench.model.Claim;
import org.sourcebench.model.ClaimCredibility;
import org.sourcebench.model.Dossier;
import org.sourcebench.model.Dossiers;
import org.sourcebench.model.Location;
import org.sourcebench.model.LocationKind;
import org.sourcebench.model.Relationship;
import org.sourcebench.model.RelationshipStatus;
import org.sourcebench.model.Source;
import org.sourcebench.model.Span;
import org.sourcebench.report.excel.ExcelReportOptions;

/**
 * A small but complete dossier, built with the model API the way extraction builds one: two sources, three
 * actors, a location, three claims (one with a formula-like text, one longer than a cell) and three
 * relationships (one rejected). The fields are public so tests can check cells against the objects.
 */
public final class ReportFixtures {

	/** The export time every test report shows. */
	public static final Instant EXPORT_TIME = Instant.parse("2026-11-28T09:30:00Z");

	public static final String INJECTION = "=HYPERLINK(\"http://evil.example\",\"click\")";
	public static final String LONG_CLAIM_PREFIX = "The minister said ";

	public final Dossier dossier = Dossiers.newDossier("Syria border talks");
	public final Source reuters;
	public final Source blog;
	public final Actor turkey;
	public final Actor syria;
	public final Actor minister;
	public final Location aleppo;
	public final Claim denial;
	public final Claim injected;
	public final Claim longClaim;
	public final Relationship visit;
	public final Relationship attack;
	public final Relationship rejected;

	public ReportFixtures() {
		dossier.setDescription("Talks on the Turkish-Syrian border, November 2026");
		String body1 = "Turkey's foreign minister visited Damascus on Monday. \"We did not fire a single shell,\" he said. "
				+ "Syria accused Turkey of shelling near Aleppo.";
		reuters = Dossiers.newSource(body1);
		reuters.setTitle("Turkish minister visits Damascus");
		reuters.setOutlet("Reuters");
		reuters.setUrl("https://www.reuters.com/world/middle-east/turkey-syria-2026-11-23/");
		reuters.setPublished(OffsetDateTime.of(2026, 11, 23, 14, 5, 0, 0, ZoneOffset.ofHours(3)));
		reuters.setLanguage("en");
		reuters.setReliability(AdmiraltyReliability.B);
		reuters.setOriginalFileName("reuters-1.html");

		String body2 = "Posted by anon: the shelling was staged.\u0007 Nobody believes the ministry.";
		blog = Dossiers.newSource(body2);
		blog.setTitle("-- Anonymous blog \u0001post --");
		blog.setOutlet("Telegram channel");
		blog.setUrl("javascript:alert(1)");
		blog.setReliability(AdmiraltyReliability.E);
		blog.setOriginalFileName("blog.txt");
		dossier.getSources().add(reuters);
		dossier.getSources().add(blog);

		turkey = Dossiers.newActor("Turkey", ActorKind.STATE);
		turkey.setCountry("TUR");
		turkey.getAliases().add("Türkiye");
		turkey.getMentions().add(span(reuters, body1, "Turkey"));
		turkey.getMentions().add(span(blog, body2, "ministry"));
		syria = Dossiers.newActor("Syria", ActorKind.STATE);
		syria.setCountry("SYR");
		syria.getMentions().add(span(reuters, body1, "Syria"));
		minister = Dossiers.newActor("Turkish foreign minister", ActorKind.PERSON);
		minister.setCountry("TUR");
		minister.getMentions().add(span(reuters, body1, "foreign minister"));
		dossier.getActors().add(turkey);
		dossier.getActors().add(syria);
		dossier.getActors().add(minister);

		aleppo = Dossiers.newLocation("Aleppo", LocationKind.CITY);
		aleppo.setCountryCode("SY");
		aleppo.setLatitude(36.20124);
		aleppo.setLongitude(37.16117);
		aleppo.setGeoNamesId("170063");
		aleppo.getMentions().add(span(reuters, body1, "Aleppo"));
		dossier.getLocations().add(aleppo);

		denial = Dossiers.newClaim(minister, "We did not fire a single shell");
		denial.setDirectQuote(true);
		denial.setEvidence(span(reuters, body1, "\"We did not fire a single shell,\" he said."));
		denial.setCredibility(ClaimCredibility.DOUBTFUL);
		denial.setDateStated(LocalDate.of(2026, 11, 23));
		injected = Dossiers.newClaim(null, INJECTION);
		injected.setEvidence(span(blog, body2, "the shelling was staged.\u0007"));
		longClaim = Dossiers.newClaim(syria, LONG_CLAIM_PREFIX + "x".repeat(40_000));
		longClaim.setEvidence(span(reuters, body1, "Syria accused Turkey of shelling near Aleppo."));
		longClaim.setCredibility(ClaimCredibility.POSSIBLY_TRUE);
		dossier.getClaims().add(denial);
		dossier.getClaims().add(injected);
		dossier.getClaims().add(longClaim);

		visit = Dossiers.newRelationship(minister, syria, "042");
		visit.getEvidence().add(span(reuters, body1, "Turkey's foreign minister visited Damascus on Monday."));
		visit.setDate(LocalDate.of(2026, 11, 23));
		visit.setConfidence(0.8);
		attack = Dossiers.newRelationship(turkey, syria, "190");
		attack.getEvidence().add(span(reuters, body1, "Syria accused Turkey of shelling near Aleppo."));
		attack.getEvidence().add(span(blog, body2, "the shelling was staged."));
		attack.setStatus(RelationshipStatus.CONFIRMED);
		attack.setConfidence(0.55);
		rejected = Dossiers.newRelationship(syria, turkey, "111");
		rejected.setStatus(RelationshipStatus.REJECTED);
		dossier.getRelationships().add(visit);
		dossier.getRelationships().add(attack);
		dossier.getRelationships().add(rejected);
	}

	/** @return options with {@link #EXPORT_TIME} */
	public static ExcelReportOptions options() {
		return ExcelReportOptions.defaults().withExportTime(EXPORT_TIME);
	}

	private static Span span(Source source, String body, String text) {
		int begin = body.indexOf(text);
		if (begin < 0) {
			throw new IllegalArgumentException(text);
		}
		return Dossiers.newSpan(source, begin, begin + text.length());
	}

	/** @return the text of one part of an .xlsx (a zip), e.g. {@code xl/worksheets/sheet2.xml} */
	public static String part(Path workbook, String name) {
		try (ZipFile zip = new ZipFile(workbook.toFile())) {
			ZipEntry entry = zip.getEntry(name);
			if (entry == null) {
				throw new IllegalArgumentException("no part " + name + " in " + workbook);
			}
			try (InputStream in = zip.getInputStream(entry)) {
				return new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
