package org.sourcebench.core.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourcebench.core.SourceTree.bundles;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Keeps the layout telling the architecture (STYLE.md): data flows one way, model → ingest → extract →
 * ui / diagram / report / cli; headless bundles (the diagrams' notation model among them) never reach for SWT,
 * JFace, the workbench or GEF; the extraction engine, the report writer and the diagram model run in a plain
 * JVM. Reads the bundles' manifests and sources in the source tree, so a back-edge fails the build where it is
 * introduced.
 */
class ArchitectureTest {

	/** Position of each bundle in the flow; a bundle may only depend on bundles of a lower rank. */
	private static final Map<String, Integer> RANK = Map.ofEntries(
			Map.entry("org.sourcebench.core", 0),
			Map.entry("org.sourcebench.model", 1),
			Map.entry("org.sourcebench.model.edit", 2),
			// the diagrams' notation model, sync, layout and commands: needs only the model and its commands
			Map.entry("org.sourcebench.diagram.model", 3),
			Map.entry("org.sourcebench.ingest", 3),
			Map.entry("org.sourcebench.extract", 4),
			Map.entry("org.sourcebench.report", 5),
			Map.entry("org.sourcebench.ui", 6),
			// fragment of GEF 3.2 that supplies the org.eclipse.jface.util.Assert it was compiled against
			Map.entry("org.sourcebench.gef.compat", 6),
			Map.entry("org.sourcebench.diagram", 7),
			Map.entry("org.sourcebench.application", 8),
			Map.entry("org.sourcebench.cli", 8),
			// reads the Spark job's Parquet output into a dossier: needs only the model and core
			Map.entry("org.sourcebench.batch", 3),
			// link analysis (dating, corroboration, graph measures) beside extract: report and ui may use it
			Map.entry("org.sourcebench.analysis", 4),
			// timeline, map, corroboration views: on the workbench, beside the diagram
			Map.entry("org.sourcebench.analysis.ui", 7));

	private static final List<String> HEADLESS = List.of("org.sourcebench.core", "org.sourcebench.model",
			"org.sourcebench.model.edit", "org.sourcebench.ingest", "org.sourcebench.extract",
			"org.sourcebench.report", "org.sourcebench.cli", "org.sourcebench.diagram.model",
			"org.sourcebench.analysis", "org.sourcebench.batch");

	private static final List<String> PLAIN_JVM = List.of("org.sourcebench.extract", "org.sourcebench.report",
			"org.sourcebench.diagram.model", "org.sourcebench.analysis", "org.sourcebench.batch");

	private static final Pattern UI_NAMESPACE = Pattern.compile(
			"^(org\\.eclipse\\.(swt|jface|ui|gef|draw2d|e4\\.ui)|org\\.eclipse\\.emf\\.edit\\.ui)(\\.|$)");

	private static final Pattern OSGI_RUNTIME = Pattern.compile(
			"^(org\\.osgi|org\\.eclipse\\.(core|equinox|osgi))(\\.|$)");

	private static final Pattern JAVA_IMPORT = Pattern.compile("^import\\s+(static\\s+)?([\\w.]+)", Pattern.MULTILINE);


	@Test
	void everyBundleIsPlacedInTheFlow() throws IOException {
		try (Stream<Path> dirs = Files.list(bundles())) {
			List<String> unplaced = dirs.filter(d -> Files.exists(d.resolve("META-INF/MANIFEST.MF")))
					.map(d -> d.getFileName().toString()).filter(name -> !RANK.containsKey(name)).toList();
			assertEquals(List.of(), unplaced, "bundles missing from ArchitectureTest.RANK: place them in the flow");
		}
	}

	@Test
	void noBundleDependsOnALaterStageOfTheFlow() throws IOException {
		List<String> backEdges = new ArrayList<>();
		for (Map.Entry<String, Integer> bundle : RANK.entrySet()) {
			for (String required : requiredBundles(bundle.getKey())) {
				Integer rank = RANK.get(required);
				if (rank != null && rank >= bundle.getValue()) {
					backEdges.add(bundle.getKey() + " -> " + required);
				}
			}
		}
		assertEquals(List.of(), backEdges);
	}

	@Test
	void headlessBundlesUseNoUserInterfaceLibraries() throws IOException {
		List<String> violations = new ArrayList<>();
		for (String bundle : HEADLESS) {
			for (String dependency : dependencies(bundle)) {
				if (UI_NAMESPACE.matcher(dependency).find()) {
					violations.add(bundle + " manifest: " + dependency);
				}
			}
			for (String imported : javaImports(bundle)) {
				if (UI_NAMESPACE.matcher(imported).find()) {
					violations.add(bundle + " source: import " + imported);
				}
			}
		}
		assertEquals(List.of(), violations);
	}

	@Test
	void extractionReportAndDiagramModelRunWithoutOsgi() throws IOException {
		List<String> violations = new ArrayList<>();
		for (String bundle : PLAIN_JVM) {
			for (String imported : javaImports(bundle)) {
				if (OSGI_RUNTIME.matcher(imported).find()) {
					violations.add(bundle + " source: import " + imported);
				}
			}
		}
		assertEquals(List.of(), violations);
	}

	private static List<String> requiredBundles(String bundle) throws IOException {
		return names(manifest(bundle).getMainAttributes().getValue("Require-Bundle"));
	}

	private static List<String> dependencies(String bundle) throws IOException {
		List<String> all = new ArrayList<>(requiredBundles(bundle));
		all.addAll(names(manifest(bundle).getMainAttributes().getValue("Import-Package")));
		return all;
	}

	private static Manifest manifest(String bundle) throws IOException {
		try (InputStream in = Files.newInputStream(bundles().resolve(bundle).resolve("META-INF/MANIFEST.MF"))) {
			return new Manifest(in);
		}
	}

	/** The names of an OSGi header's clauses, without attributes and directives (quoted commas kept). */
	static List<String> names(String header) {
		List<String> names = new ArrayList<>();
		if (header == null) {
			return names;
		}
		boolean quoted = false;
		StringBuilder clause = new StringBuilder();
		for (char c : (header + ",").toCharArray()) {
			if (c == '"') {
				quoted = !quoted;
			}
			if (c == ',' && !quoted) {
				String name = clause.toString().split(";")[0].trim();
				if (!name.isEmpty()) {
					names.add(name);
				}
				clause.setLength(0);
			} else {
				clause.append(c);
			}
		}
		return names;
	}

	private static List<String> javaImports(String bundle) throws IOException {
		List<String> imports = new ArrayList<>();
		for (String folder : List.of("src", "src-gen")) {
			Path root = bundles().resolve(bundle).resolve(folder);
			if (!Files.isDirectory(root)) {
				continue;
			}
			try (Stream<Path> files = Files.walk(root)) {
				for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
					Matcher m = JAVA_IMPORT.matcher(Files.readString(file));
					while (m.find()) {
						imports.add(m.group(2));
					}
				}
			}
		}
		return imports;
	}

	/** Ways to write a file other than {@code core.io.AtomicFileWriter}, which is the one writer. */
	private static final Pattern DIRECT_FILE_WRITE = Pattern.compile("Files\\.(write|writeString|newOutputStream"
			+ "|newBufferedWriter|copy|move|createFile|createTempFile)\\s*\\(|new\\s+(FileOutputStream|FileWriter"
			+ "|RandomAccessFile)\\s*\\(|StandardOpenOption\\.(WRITE|APPEND)");

	@Test
	void nothingWritesFilesExceptTheAtomicFileWriter() throws IOException {
		// core.io: AtomicFileWriter, and FileLock's empty lock file
		Path writer = bundles().resolve("org.sourcebench.core/src/org/sourcebench/core/io");
		// The syntax model trainers are developer tools run by hand (a main each) that write the model files
		// under extract/data/syntax; nothing in the product calls them.
		Path trainers = bundles().resolve("org.sourcebench.extract/src/org/sourcebench/extract/syntax/train");
		List<String> violations = new ArrayList<>();
		for (String bundle : RANK.keySet()) {
			for (String folder : List.of("src", "src-gen")) {
				Path root = bundles().resolve(bundle).resolve(folder);
				if (!Files.isDirectory(root)) {
					continue;
				}
				try (Stream<Path> files = Files.walk(root)) {
					for (Path file : files.filter(f -> f.toString().endsWith(".java") && !f.startsWith(writer)
							&& !f.startsWith(trainers)).toList()) {
						Matcher m = DIRECT_FILE_WRITE.matcher(Files.readString(file));
						while (m.find()) {
							violations.add(bundles().relativize(file) + ": " + m.group());
						}
					}
				}
			}
		}
		assertEquals(List.of(), violations, "write files through org.sourcebench.core.io.AtomicFileWriter");
	}

	/**
	 * The plain Maven modules under {@code jobs/} (the Spark job) run the headless bundles elsewhere: they may use
	 * model, ingest and extract, never the workbench, the diagrams or any UI library.
	 */
	@Test
	void jobsReachNoUserInterfaceBundle() throws IOException {
		Path jobs = bundles().resolveSibling("jobs");
		assertTrue(Files.isDirectory(jobs), "no jobs/ folder at " + jobs);
		Pattern forbidden = Pattern.compile("^(org\\.sourcebench\\.(ui|diagram|analysis\\.ui|application|cli)"
				+ "|org\\.eclipse\\.(swt|jface|ui|gef|draw2d|e4\\.ui))(\\.|$)");
		List<String> violations = new ArrayList<>();
		try (Stream<Path> files = Files.walk(jobs)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java") && !f.toString().contains("/target/"))
					.toList()) {
				Matcher m = JAVA_IMPORT.matcher(Files.readString(file));
				while (m.find()) {
					if (forbidden.matcher(m.group(2)).find()) {
						violations.add(jobs.relativize(file) + ": " + m.group(2));
					}
				}
			}
		}
		assertEquals(List.of(), violations);
	}

	/** A named class that extends JFace's {@code Action} (or a subclass of it named ...Action). */
	private static final Pattern ACTION_CLASS = Pattern.compile(
			"class\\s+(\\w+)(\\s*<[^>]*>)?\\s+extends\\s+(org\\.eclipse\\.jface\\.action\\.)?(Action|\\w+Action)\\b");

	/**
	 * Commands of the workbench are handlers declared in plugin.xml (with activeWhen/enabledWhen, key bindings and
	 * menu contributions), not Action classes: the only action classes left are the handlers of the workbench's
	 * Undo/Redo label-retarget actions, which take their label ("Undo Merge Actors") from the part's action.
	 */
	@Test
	void workbenchCommandsAreHandlersNotActions() throws IOException {
		List<String> allowed = List.of("org.sourcebench.ui/src/org/sourcebench/ui/editor/CommandStackAction.java");
		assertTrue(!Files.exists(bundles().resolve("org.sourcebench.ui/src/org/sourcebench/ui/actions")), "ui/actions is gone");
		List<String> violations = new ArrayList<>();
		for (String bundle : List.of("org.sourcebench.ui", "org.sourcebench.analysis.ui", "org.sourcebench.application")) {
			Path root = bundles().resolve(bundle).resolve("src");
			assertTrue(Files.isDirectory(root.resolve("org/sourcebench")), "no sources at " + root);
			try (Stream<Path> files = Files.walk(root)) {
				for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
					String relative = bundles().relativize(file).toString().replace('\\', '/');
					Matcher m = ACTION_CLASS.matcher(Files.readString(file));
					while (m.find()) {
						if (!allowed.contains(relative)) {
							violations.add(relative + ": " + m.group());
						}
					}
				}
			}
		}
		assertEquals(List.of(), violations, "make it a handler in plugin.xml (see org.sourcebench.ui.handlers)");
		assertTrue(ACTION_CLASS.matcher("public class MergeActorsAction extends SelectionAction {").find(), "the rule sees an action");
		assertTrue(ACTION_CLASS.matcher("class Undo extends org.eclipse.jface.action.Action implements X").find());
	}

	/** What a hand-written JSON parser looks like: a switch on the opening brace or bracket, or its class name. */
	private static final Pattern JSON_PARSER = Pattern.compile(
			"case\\s+'\\{'|case\\s+'\\['|class\\s+\\w*Json\\w*(Reader|Parser)\\b|class\\s+MiniJson\\b");

	/**
	 * JSON is read by one reader, {@code core.json.JsonReader} (next to the one writer): no bundle, test fragment,
	 * job or tool keeps its own parser.
	 */
	@Test
	void jsonIsParsedOnlyInCoreJson() throws IOException {
		Path root = bundles().getParent();
		Path json = bundles().resolve("org.sourcebench.core/src/org/sourcebench/core/json");
		List<String> violations = new ArrayList<>();
		for (String tree : List.of("bundles", "tests", "jobs", "releng")) {
			try (Stream<Path> files = Files.walk(root.resolve(tree))) {
				for (Path file : files.filter(f -> f.toString().endsWith(".java") && !f.startsWith(json)
						&& !f.toString().contains("/target/") && !f.endsWith("ArchitectureTest.java")).toList()) {
					Matcher m = JSON_PARSER.matcher(Files.readString(file));
					if (m.find()) {
						violations.add(root.relativize(file) + ": " + m.group());
					}
				}
			}
		}
		assertEquals(List.of(), violations, "read JSON with org.sourcebench.core.json.JsonReader");
		assertTrue(JSON_PARSER.matcher("final class JsonReader {").find() && JSON_PARSER.matcher("case '{':").find());
	}

	@Test
	void headerClausesAreSplitOutsideQuotes() {
		assertEquals(List.of("a.b", "c"), names("a.b;version=\"[1,2)\",c;resolution:=optional"));
	}
}
