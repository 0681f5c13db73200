package org.sourcebench.report.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
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
import org.sourcebench.model.Source;
import org.sourcebench.model.Span;
import org.sourcebench.report.ReportProgress;
import org.sourcebench.report.excel.ExcelReportOptions;
import org.sourcebench.report.excel.ExcelReportWriter;

/**
 * Benchmark harness, not a test: exports a dossier of 100,000 claims with {@link ExcelReportWriter} and, side by
 * side in the same JVM, writes the same cells with bare SXSSF (no styles, no safety checks, no links,
 * validations, widths, summary or matrix). Prints the median times, their ratio and the peak heap of each.
 * Nothing is asserted about time.
 *
 * <p>Skipped in normal builds; run it with
 *
 * <pre>
 * ./mvnw -B -o verify -Dsourcebench.skipSmokeTest=true -pl tests/org.sourcebench.report.tests -am \
 *     -Dtest=ExcelExportBench -Dsourcebench.test.vmargs="-Xmx1g -Dsourcebench.bench=true"
 * </pre>
 *
 * (add {@code -Dsourcebench.bench.claims=N} inside the vmargs for another size).
 */
@EnabledIfSystemProperty(named = "sourcebench.bench", matches = "true")
class ExcelExportBench {

	private static final int ROUNDS = 3;

	@TempDir
	Path dir;

	@Test
	void exportAgainstBareSxssf() throws Exception {
		int claims = Integer.getInteger("sourcebench.bench.claims", 100_000);
		Dossier dossier = dossier(claims);
		System.gc();
		long retained = heapUsed();
		System.out.printf(Locale.ROOT, "%nExcel export bench: %,d claims, %,d sources, %,d actors, %,d locations, %,d relationships%n",
				dossier.getClaims().size(), dossier.getSources().size(), dossier.getActors().size(), dossier.getLocations().size(),
				dossier.getRelationships().size());
		System.out.printf(Locale.ROOT, "heap: max %,d MB, dossier retained %,d MB%n", Runtime.getRuntime().maxMemory() >> 20, retained >> 20);

		ExcelReportWriter writer = new ExcelReportWriter(ExcelReportOptions.defaults());
		Path report = dir.resolve("report.xlsx");
		Path bare = dir.resolve("bare.xlsx");
		// warm-up of both, not counted
		writer.write(dossier, report, ReportProgress.NONE);
		writeBare(dossier, bare);

		long[] reportTimes = new long[ROUNDS];
		long[] bareTimes = new long[ROUNDS];
		long reportPeak = 0;
		long barePeak = 0;
		for (int round = 0; round < ROUNDS; round++) {
			startPeak();
			long start = System.nanoTime();
			writeBare(dossier, bare);
			bareTimes[round] = System.nanoTime() - start;
			barePeak = Math.max(barePeak, peak());

			startPeak();
			start = System.nanoTime();
			writer.write(dossier, report, ReportProgress.NONE);
			reportTimes[round] = System.nanoTime() - start;
			reportPeak = Math.max(reportPeak, peak());
			System.out.printf(Locale.ROOT, "round %d: bare SXSSF %,d ms, report %,d ms%n", round + 1, bareTimes[round] / 1_000_000,
					reportTimes[round] / 1_000_000);
		}
		long bareMedian = median(bareTimes);
		long reportMedian = median(reportTimes);
		System.out.printf(Locale.ROOT, "median: bare SXSSF %,d ms, report %,d ms, ratio report/bare %.2f%n", bareMedian / 1_000_000,
				reportMedian / 1_000_000, (double) reportMedian / bareMedian);
		System.out.printf(Locale.ROOT, "peak heap (incl. the dossier and uncollected garbage): bare %,d MB, report %,d MB%n", barePeak >> 20,
				reportPeak >> 20);
		System.out.printf(Locale.ROOT, "file size: bare %,d KB, report %,d KB%n%n", Files.size(bare) >> 10, Files.size(report) >> 10);
		assertEquals(claims, dossier.getClaims().size());
	}

	/** The same cells the report's tables hold, written with nothing but SXSSF's plain setters. */
	private static void writeBare(Dossier dossier, Path file) throws IOException {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(null, 100, true, false); OutputStream out = Files.newOutputStream(file)) {
			Sheet sources = workbook.createSheet("Sources");
			int r = 0;
			for (Source source : dossier.getSources()) {
				Row row = sources.createRow(++r);
				cells(row, source.getId(), source.getReliability().getName(), source.getTitle(), source.getOutlet(),
						source.getPublished().toLocalDateTime(), source.getReliability().getName(), 0, source.getUrl(), source.getLanguage());
			}
			Sheet actors = workbook.createSheet("Actors");
			r = 0;
			for (Actor actor : dossier.getActors()) {
				Row row = actors.createRow(++r);
				cells(row, actor.getId(), actor.getCanonicalName(), actor.getKind().getName(), actor.getCountry(), actor.getMentions().size(),
						1, 1, String.join("; ", actor.getAliases()), actor.getExternalId());
			}
			Sheet locations = workbook.createSheet("Locations");
			r = 0;
			for (Location location : dossier.getLocations()) {
				Row row = locations.createRow(++r);
				cells(row, location.getId(), location.getName(), location.getKind().getName(), location.getCountryCode(), location.getLatitude(),
						location.getLongitude(), location.getGeoNamesId(), location.getMentions().size());
			}
			Sheet claims = workbook.createSheet("Claims");
			r = 0;
			for (Claim claim : dossier.getClaims()) {
				Row row = claims.createRow(++r);
				cells(row, claim.getId(), claim.getCredibility().getName(), claim.getSpeaker().getCanonicalName(), claim.getText(),
						claim.isDirectQuote() ? "Direct" : "Reported", claim.getCredibility().getName(), claim.getEvidence().getSource().getTitle(),
						claim.getEvidence().getText(), claim.getDateStated());
			}
			Sheet relationships = workbook.createSheet("Relationships");
			r = 0;
			for (Relationship relationship : dossier.getRelationships()) {
				Row row = relationships.createRow(++r);
				cells(row, relationship.getId(), relationship.getStatus().getName(), relationship.getFrom().getCanonicalName(),
						relationship.getEventCode(), relationship.getEventLabel(), relationship.getTo().getCanonicalName(),
						relationship.getQuadClass().getName(), relationship.getGoldstein(), 1, relationship.getEvidence().get(0).getText(),
						relationship.getStatus().getName(), relationship.getDate(), relationship.getConfidence());
			}
			workbook.write(out);
		}
	}

	private static void cells(Row row, Object... values) {
		for (int c = 0; c < values.length; c++) {
			Object value = values[c];
			if (value instanceof String text) {
				row.createCell(c).setCellValue(text);
			} else if (value instanceof Number number) {
				row.createCell(c).setCellValue(number.doubleValue());
			} else if (value instanceof LocalDate date) {
				row.createCell(c).setCellValue(date);
			} else if (value instanceof java.time.LocalDateTime time) {
				row.createCell(c).setCellValue(time);
			}
		}
	}

	/** A dossier shaped like a large extraction: many claims over fewer sources and actors. */
	static Dossier dossier(int claimCount) {
		Dossier dossier = Dossiers.newDossier("Bench");
		String[] codes = { "042", "036", "111", "190", "051", "173" };
		List<Source> sources = new ArrayList<>();
		int sourceCount = Math.max(1, claimCount / 200);
		for (int i = 0; i < sourceCount; i++) {
			String body = ("Article " + i + ". Officials said the talks would continue next week, according to a statement. ").repeat(20);
			Source source = Dossiers.newSource(body);
			source.setTitle("Article " + i + " on the border talks");
			source.setOutlet(i % 2 == 0 ? "Reuters" : "Agence France-Presse");
			source.setUrl("https://news.example.org/2026/11/article-" + i);
			source.setPublished(OffsetDateTime.of(2026, 11, 1 + i % 28, 8, 0, 0, 0, ZoneOffset.UTC));
			source.setLanguage("en");
			source.setReliability(AdmiraltyReliability.VALUES.get(i % 6));
			sources.add(source);
			dossier.getSources().add(source);
		}
		List<Actor> actors = new ArrayList<>();
		for (int i = 0; i < Math.max(2, claimCount / 100); i++) {
			Actor actor = Dossiers.newActor("Actor number " + i, ActorKind.VALUES.get(i % ActorKind.VALUES.size()));
			actor.setCountry("SYR");
			actor.getMentions().add(Dossiers.newSpan(sources.get(i % sources.size()), 0, 7));
			actors.add(actor);
			dossier.getActors().add(actor);
		}
		for (int i = 0; i < Math.max(1, claimCount / 500); i++) {
			Location location = Dossiers.newLocation("Place " + i, LocationKind.CITY);
			location.setCountryCode("SY");
			location.setLatitude(36.0 + i / 1000.0);
			location.setLongitude(37.0 + i / 1000.0);
			dossier.getLocations().add(location);
		}
		for (int i = 0; i < claimCount; i++) {
			Source source = sources.get(i % sources.size());
			Claim claim = Dossiers.newClaim(actors.get(i % actors.size()),
					"The talks would continue next week, official number " + i + " told reporters on condition of anonymity.");
			claim.setDirectQuote(i % 3 == 0);
			claim.setEvidence(Dossiers.newSpan(source, 0, 95));
			claim.setCredibility(ClaimCredibility.VALUES.get(i % 6));
			claim.setDateStated(LocalDate.of(2026, 11, 1 + i % 28));
			dossier.getClaims().add(claim);
		}
		for (int i = 0; i < Math.max(1, claimCount / 20); i++) {
			Relationship relationship = Dossiers.newRelationship(actors.get(i % actors.size()), actors.get((i * 7 + 1) % actors.size()),
					codes[i % codes.length]);
			Span evidence = Dossiers.newSpan(sources.get(i % sources.size()), 0, 95);
			relationship.getEvidence().add(evidence);
			relationship.setDate(LocalDate.of(2026, 11, 1 + i % 28));
			relationship.setConfidence(0.5);
			dossier.getRelationships().add(relationship);
		}
		return dossier;
	}

	private static long median(long[] values) {
		long[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}

	private static List<MemoryPoolMXBean> heapPools() {
		return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
	}

	private static void startPeak() {
		System.gc();
		heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
	}

	private static long peak() {
		return heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
	}

	private static long heapUsed() {
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}
}
