package org.sourcebench.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real standalone Spark cluster on this machine: a master and a worker started from the Spark jars as their own
 * JVMs on localhost, the job jar submitted through Spark's own submit entry point ({@code SparkSubmit}), the output
 * checked against the same job in local mode, then both daemons stopped.
 */
class StandaloneClusterIT {

	private final List<Process> daemons = new ArrayList<>();

	@AfterEach
	void stopCluster() throws InterruptedException {
		for (Process p : daemons) {
			p.destroy();
		}
		for (Process p : daemons) {
			if (!p.waitFor(20, TimeUnit.SECONDS)) {
				p.destroyForcibly();
			}
		}
	}

	@Test
	void theJobJarRunsOnAStandaloneClusterWithTheSameResultsAsLocalMode(@TempDir Path work) throws Exception {
		Path sparkHome = sparkHome(work);
		int port;
		try (ServerSocket s = new ServerSocket(0)) {
			port = s.getLocalPort();
		}
		String master = "spark://127.0.0.1:" + port;
		Path masterLog = work.resolve("master.log");
		daemons.add(start(sparkHome, masterLog, "-Xmx512m", "org.apache.spark.deploy.master.Master",
				"--host", "127.0.0.1", "--port", String.valueOf(port), "--webui-port", "0"));
		awaitLine(masterLog, "I have been elected leader");
		Path workerLog = work.resolve("worker.log");
		daemons.add(start(sparkHome, workerLog, "-Xmx512m", "org.apache.spark.deploy.worker.Worker",
				"--host", "127.0.0.1", "--webui-port", "0", "--cores", "2", "--memory", "3g",
				"--work-dir", work.resolve("worker").toString(), master));
		awaitLine(workerLog, "Successfully registered with master");

		Path clusterJson = work.resolve("cluster.json");
		Path submitLog = work.resolve("submit.log");
		Process submit = start(sparkHome, submitLog, "-Xmx1g", "org.apache.spark.deploy.SparkSubmit",
				"--master", master, "--deploy-mode", "client", "--class", "org.sourcebench.spark.ExtractionJob",
				"--conf", "spark.ui.enabled=false", "--executor-memory", "1500m", "--total-executor-cores", "2",
				JobOutputs.property("sourcebench.jobJar").toString(),
				JobOutputs.samples().toString(), work.resolve("out").toString(), "--files", "--partitions", "2",
				"--json", clusterJson.toString());
		assertTrue(submit.waitFor(5, TimeUnit.MINUTES), "the submitted job did not finish");
		String log = Files.readString(submitLog, StandardCharsets.UTF_8);
		assertEquals(0, submit.exitValue(), log);
		assertTrue(log.contains("6 articles extracted, 0 rejected"), log);
		assertTrue(Files.readString(workerLog, StandardCharsets.UTF_8).contains("Asked to launch executor"),
				"the worker ran the executor");

		SparkSession spark = SparkSession.builder().master("local[2]").appName("sourcebench-cluster-it-reference")
				.config("spark.ui.enabled", "false").getOrCreate();
		Path localJson = work.resolve("local.json");
		try {
			ExtractionJob.run(spark, new ExtractionJob.Options(JobOutputs.samples().toString(),
					work.resolve("local").toString(), true, 2, localJson.toString()));
		} finally {
			spark.stop();
		}
		Map<String, String> cluster = JobOutputs.sourcesByFile(clusterJson);
		assertEquals(JobOutputs.sourcesByFile(localJson), cluster);
		assertEquals(6, cluster.size());
	}

	/** A SPARK_HOME whose jars/ links the Spark jars of this build (the worker builds executor class paths from it). */
	private static Path sparkHome(Path work) throws IOException {
		Path jars = Files.createDirectories(work.resolve("spark-home/jars"));
		String classpath = Files.readString(JobOutputs.property("sourcebench.sparkClasspath"), StandardCharsets.UTF_8).strip();
		for (String jar : classpath.split(java.io.File.pathSeparator)) {
			Path source = Path.of(jar);
			Files.createSymbolicLink(jars.resolve(source.getFileName()), source);
		}
		return jars.getParent();
	}

	private static Process start(Path sparkHome, Path log, String heap, String mainClass, String... args)
			throws IOException {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add(heap);
		command.addAll(List.of(System.getProperty("sourcebench.java17Opens").trim().split("\\s+")));
		command.add("-cp");
		command.add(sparkHome.resolve("jars") + "/*");
		command.add(mainClass);
		command.addAll(List.of(args));
		ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
		pb.environment().put("SPARK_HOME", sparkHome.toString());
		pb.environment().put("SPARK_SCALA_VERSION", "2.12");
		pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
		pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
		return pb.start();
	}

	private static void awaitLine(Path log, String line) throws IOException, InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
		while (System.nanoTime() < deadline) {
			if (Files.exists(log) && Files.readString(log, StandardCharsets.UTF_8).contains(line)) {
				return;
			}
			Thread.sleep(250);
		}
		throw new AssertionError("no '" + line + "' in " + log + ":\n"
				+ (Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "(no log)"));
	}
}
