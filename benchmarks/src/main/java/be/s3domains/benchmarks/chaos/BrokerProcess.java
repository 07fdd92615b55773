package be.s3domains.benchmarks.chaos;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.Uuid;

/**
 * A single-node KRaft Kafka (broker and controller in one JVM) started from the Kafka release jars
 * that Maven gathered ({@code docker/kafka/target/libs}), with its own data directory and ports. It
 * can be killed with SIGKILL and started again on the same data and ports.
 */
final class BrokerProcess implements AutoCloseable {

  /** Room for a poison record over the service's 1 MB limit; Kafka's default is about 1 MB. */
  static final int MAX_MESSAGE_BYTES = 2 * 1024 * 1024;

  private static final Duration START_TIMEOUT = Duration.ofMinutes(2);

  private final Path libs;
  private final Path directory;
  private final Path config;
  private final int port;
  private int starts;
  private Process process;

  private BrokerProcess(Path libs, Path directory, Path config, int port) {
    this.libs = libs;
    this.directory = directory;
    this.config = config;
    this.port = port;
  }

  /** Formats a new data directory under {@code directory} and starts the broker on free ports. */
  static BrokerProcess start(Path libs, Path directory) throws IOException, InterruptedException {
    if (!Files.isDirectory(libs)) {
      throw new IllegalStateException(
          libs + " is missing: ./mvnw -B -ntp -f docker/kafka/pom.xml package gathers the jars");
    }
    Files.createDirectories(directory);
    int port = FreePort.pick();
    int controllerPort = FreePort.pick();
    Path config = directory.resolve("server.properties");
    Properties settings = new Properties();
    settings.putAll(
        Map.ofEntries(
            Map.entry("process.roles", "broker,controller"),
            Map.entry("node.id", "1"),
            Map.entry("controller.quorum.bootstrap.servers", "localhost:" + controllerPort),
            Map.entry("controller.listener.names", "CONTROLLER"),
            Map.entry(
                "listeners",
                "PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort),
            Map.entry("advertised.listeners", "PLAINTEXT://localhost:" + port),
            Map.entry("log.dirs", directory.resolve("data").toAbsolutePath().toString()),
            Map.entry("offsets.topic.replication.factor", "1"),
            Map.entry("transaction.state.log.replication.factor", "1"),
            Map.entry("transaction.state.log.min.isr", "1"),
            Map.entry("message.max.bytes", Integer.toString(MAX_MESSAGE_BYTES))));
    try (var out = Files.newBufferedWriter(config)) {
      settings.store(out, "the chaos harness's broker");
    }
    BrokerProcess broker = new BrokerProcess(libs, directory, config, port);
    broker.format();
    broker.start();
    return broker;
  }

  private void format() throws IOException, InterruptedException {
    Path log = directory.resolve("format.log");
    Process format =
        java(
                "kafka.tools.StorageTool",
                "format",
                "--standalone",
                "--config",
                config.toString(),
                "--cluster-id",
                Uuid.randomUuid().toString())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    if (!format.waitFor(2, TimeUnit.MINUTES) || format.exitValue() != 0) {
      throw new IllegalStateException("Formatting the broker's storage failed; see " + log);
    }
  }

  String bootstrapServers() {
    return "localhost:" + port;
  }

  /** Starts the broker process and waits until it answers a client. */
  void start() throws IOException, InterruptedException {
    starts++;
    Path log = directory.resolve("broker-" + starts + ".log");
    process =
        java("kafka.Kafka", config.toString())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (!answers()) {
      if (!process.isAlive() || System.nanoTime() > deadline) {
        throw new IllegalStateException("The broker did not start; its log is " + log);
      }
      Thread.sleep(200);
    }
  }

  private boolean answers() {
    if (!FreePort.listening(port)) {
      return false;
    }
    try (Admin admin = Clients.admin(bootstrapServers(), 3000)) {
      admin.describeCluster().nodes().get(3, TimeUnit.SECONDS);
      return true;
    } catch (Exception e) {
      return false;
    }
  }

  /** SIGKILL: the broker writes nothing more, closes no file and tells no client. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
  }

  private ProcessBuilder java(String... arguments) {
    List<String> command = new ArrayList<>(List.of("-cp", libs.toAbsolutePath() + "/*"));
    command.addAll(List.of(arguments));
    return Clients.java(command);
  }

  @Override
  public void close() throws InterruptedException {
    if (process != null) {
      kill();
    }
  }
}
