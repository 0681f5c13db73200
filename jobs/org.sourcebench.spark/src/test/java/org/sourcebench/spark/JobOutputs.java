package org.sourcebench.spark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the integration tests share: the build's paths, the desktop CLI, and a comparison of JSON exports. */
final class JobOutputs {

	private JobOutputs() {
	}

	static Path property(String name) {
		String value = System.getProperty(name);
		if (value == null) {
			throw new IllegalStateException("system property " + name + " is not set (run through mvn verify)");
		}
		return Path.of(value);
	}

	static Path samples() {
		return property("sourcebench.samples");
	}

	/** Runs the desktop product's {@code sourcebench} start script; fails the test when it does not exit 0. */
	static String runCli(Path work, String... args) throws IOException, InterruptedException {
		return runCli(work, 0, args);
	}

	/** Runs the start script; fails the test when it does not exit with {@code expectedExit}. */
	static String runCli(Path work, int expectedExit, String... args) throws IOException, InterruptedException {
		Path script = property("sourcebench.product").resolve("sourcebench");
		if (!Files.isExecutable(script)) {
			throw new IllegalStateException(script + " is missing: the product is built earlier in the reactor");
		}
		List<String> command = new ArrayList<>();
		command.add(script.toString());
		command.addAll(List.of(args));
		Path log = work.resolve("cli.log");
		Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		if (!p.waitFor(5, TimeUnit.MINUTES)) {
			p.destroyForcibly();
			throw new AssertionError("sourcebench " + String.join(" ", args) + " did not finish");
		}
		String output = Files.readString(log, StandardCharsets.UTF_8);
		if (p.exitValue() != expectedExit) {
			throw new AssertionError("sourcebench exited " + p.exitValue() + ":\n" + output);
		}
		return output;
	}

	/**
	 * The export's sources keyed by file name, each as its JSON text with the per-run fields ({@code id},
	 * {@code sha256} of JSON Lines records aside) blanked, so two exports of the same articles compare as strings.
	 */
	static Map<String, String> sourcesByFile(Path export) throws IOException {
		String json = Files.readString(export, StandardCharsets.UTF_8);
		Map<String, String> out = new TreeMap<>();
		for (String source : topLevelSources(json)) {
			Matcher m = Pattern.compile("\"file\":\\s*(\"(?:[^\"\\\\]|\\\\.)*\")").matcher(source);
			if (!m.find()) {
				throw new AssertionError("a source without file in " + export);
			}
			out.put(m.group(1), source.replaceFirst("\"id\":\\s*\"(?:[^\"\\\\]|\\\\.)*\"", "\"id\": \"\""));
		}
		return out;
	}

	/** Splits {"sources":[{…},{…}]} into the source objects' texts (brace matching outside strings). */
	private static List<String> topLevelSources(String json) {
		int start = json.indexOf('[');
		List<String> out = new ArrayList<>();
		int depth = 0;
		int begin = -1;
		boolean inString = false;
		for (int i = start + 1; i < json.length(); i++) {
			char c = json.charAt(i);
			if (inString) {
				if (c == '\\') {
					i++;
				} else if (c == '"') {
					inString = false;
				}
				continue;
			}
			if (c == '"') {
				inString = true;
			} else if (c == '{' || c == '[') {
				if (depth++ == 0) {
					begin = i;
				}
			} else if (c == '}' || c == ']') {
				if (--depth == 0) {
					out.add(json.substring(begin, i + 1));
				} else if (depth < 0) {
					break;
				}
			}
		}
		return out;
	}
}
