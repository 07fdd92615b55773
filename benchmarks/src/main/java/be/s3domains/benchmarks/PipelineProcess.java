package be.s3domains.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A pipeline running as its own JVM with a 256 MB heap and a GC log: the packaged service jar
 * (classifying, or in passthrough mode), or Kafka's {@code TransactionalMessageCopier} from this
 * jar. Its output and GC log are kept only when it fails.
 */
final class PipelineProcess implements AutoCloseable {

  static final Path SERVICE_JAR = Path.of("classifier-service/target/classifier-service.jar");
  private static final String HEAP = "-Xmx256m";

  private final Process process;
  private final long launchedNanos;
  private final Path log;
  private final Path gcLog;
  private boolean succeeded;

  private PipelineProcess(List<String> command, Path log, Path gcLog) throws IOException {
    this.log = log;
    this.gcLog = gcLog;
    this.launchedNanos = System.nanoTime();
    this.process =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
  }

  /**
   * @param count how many proposals the copier copies before it exits (the service runs until
   *     closed)
   * @param jvmOptions added to the service's JVM options, with {@code {run}} replaced by the
   *     pipeline's name (for a recording's file name, say)
   * @param settings added to the service's command line
   */
  static PipelineProcess start(
      Pipeline pipeline,
      String servers,
      Topics topics,
      int count,
      List<String> jvmOptions,
      List<String> settings)
      throws IOException {
    Path log = Files.createTempFile("stream-" + pipeline.name() + "-", ".log");
    Path gcLog = Files.createTempFile("stream-" + pipeline.name() + "-", ".gc.log");
    // The JVM would keep an existing file as a rotated ".0" copy and leave it behind.
    Files.delete(gcLog);
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                HEAP,
                "-Xlog:gc:file=" + gcLog));
    if (pipeline.subject() == Pipeline.Subject.COPIER) {
      command.addAll(copier(pipeline, servers, topics, count));
    } else {
      jvmOptions.forEach(option -> command.add(option.replace("{run}", pipeline.name())));
      command.addAll(service(pipeline, servers, topics));
      command.addAll(settings);
    }
    return new PipelineProcess(command, log, gcLog);
  }

  private static List<String> service(Pipeline pipeline, String servers, Topics topics) {
    return List.of(
        "-jar",
        SERVICE_JAR.toString(),
        "--spring.kafka.bootstrap-servers=" + servers,
        "--server.port=0",
        "--management.server.port=0",
        "--classifier.delivery=" + pipeline.mode(),
        "--classifier.transaction-id-prefix=bench-" + topics.run() + "-",
        "--classifier.topics.proposals=" + topics.in(),
        "--classifier.topics.domain-matches=" + topics.out(),
        "--classifier.topics.dead-letters=" + topics.deadLetters(),
        "--spring.kafka.consumer.group-id=bench-" + topics.run(),
        "--spring.kafka.listener.concurrency=" + pipeline.threads(),
        "--classifier.dashboard.enabled=" + pipeline.dashboard(),
        "--classifier.benchmark.passthrough="
            + (pipeline.subject() == Pipeline.Subject.PASSTHROUGH));
  }

  private static List<String> copier(Pipeline pipeline, String servers, Topics topics, int count) {
    return List.of(
        "-cp",
        Path.of(
                StreamingThroughput.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .getPath())
            .toString(),
        "org.apache.kafka.tools.TransactionalMessageCopier",
        "--broker-list",
        servers,
        "--input-topic",
        topics.in(),
        "--input-partition",
        "0",
        "--output-topic",
        topics.out(),
        "--consumer-group",
        "bench-" + topics.run(),
        "--transactional-id",
        "bench-" + topics.run(),
        "--group-mode",
        "--use-group-metadata",
        "--transaction-size",
        "200",
        "--max-messages",
        String.valueOf(count));
  }

  Process process() {
    return process;
  }

  /** The GC pauses between two {@link System#nanoTime()} instants. */
  GcLog.Heap heap(long fromNanos, long toNanos) throws IOException {
    return GcLog.read(gcLog, uptime(fromNanos), uptime(toNanos));
  }

  private double uptime(long nanos) {
    return (nanos - launchedNanos) / 1e9;
  }

  /** Says that the run succeeded, so its logs are not needed. */
  void succeeded() {
    succeeded = true;
  }

  /** Stops the process; its logs are deleted unless the run failed. */
  @Override
  public void close() throws IOException, InterruptedException {
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
    if (succeeded) {
      Files.deleteIfExists(log);
      Files.deleteIfExists(gcLog);
    } else {
      System.err.println("The pipeline's output is in " + log + ", its GC log in " + gcLog);
    }
  }

  /** The topics, group and transactional ids of one run. */
  record Topics(String run) {
    String in() {
      return "in-" + run;
    }

    String out() {
      return "out-" + run;
    }

    String deadLetters() {
      return "dlt-" + run;
    }
  }
}
