package be.s3domains.benchmarks.chaos;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * The broker and the service instances of one run, in a directory of the run's own: the broker's
 * data there is deleted at the end, the logs are kept. The service's topics are created up front
 * with the partitions the service would create; the instances use the shipped consumer group.
 */
final class Testbed implements AutoCloseable {

  static final String GROUP = "classifier-service";
  static final String PROPOSALS = "proposals";
  static final String EVENTS = "domain-matches";
  static final String DEAD_LETTERS = "proposals.DLT";
  static final int PARTITIONS = 6;

  private final Path directory;
  private final BrokerProcess broker;
  private final ServiceInstance.Settings settings;
  private final List<ServiceInstance> instances = new ArrayList<>();

  private Testbed(Path directory, BrokerProcess broker, ServiceInstance.Settings settings) {
    this.directory = directory;
    this.broker = broker;
    this.settings = settings;
  }

  static Testbed start(ChaosOptions options, String run) throws Exception {
    if (!Files.isRegularFile(options.serviceJar())) {
      throw new IllegalStateException(
          options.serviceJar() + " is missing: ./mvnw -B -ntp package -DskipTests builds it");
    }
    Path directory = options.workDirectory().resolve(run);
    BrokerProcess broker = BrokerProcess.start(options.kafkaLibs(), directory.resolve("broker"));
    try (Admin admin =
        Admin.create(
            Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
      admin
          .createTopics(
              Stream.of(PROPOSALS, EVENTS, DEAD_LETTERS)
                  .map(topic -> new NewTopic(topic, PARTITIONS, (short) 1))
                  .toList())
          .all()
          .get(1, TimeUnit.MINUTES);
    }
    RunLog.say("Broker up at %s; logs in %s", broker.bootstrapServers(), directory);
    return new Testbed(
        directory,
        broker,
        new ServiceInstance.Settings(
            options.serviceJar(),
            broker.bootstrapServers(),
            options.delivery(),
            directory.resolve("logs")));
  }

  BrokerProcess broker() {
    return broker;
  }

  /** The view of the classification group, as its coordinator answers. */
  GroupView groupView() {
    return new GroupView(bootstrapServers(), GROUP);
  }

  /** Watches each proposal partition's committed output (events and dead letters) for stalls. */
  StallWatch stallWatch() {
    return new StallWatch(
        bootstrapServers(), GROUP, PROPOSALS, List.of(EVENTS, DEAD_LETTERS), PARTITIONS);
  }

  String bootstrapServers() {
    return broker.bootstrapServers();
  }

  ServiceInstance startInstance(String name) throws IOException {
    ServiceInstance instance = ServiceInstance.start(name, settings);
    instances.add(instance);
    return instance;
  }

  /** Fails naming the log of an instance that ended without being told to. */
  void requireInstancesAlive(List<ServiceInstance> expected) {
    for (ServiceInstance instance : expected) {
      if (!instance.isAlive()) {
        throw new IllegalStateException(
            instance.name() + " exited on its own; its logs are in " + settings.logs());
      }
    }
  }

  /** Lines the service instances logged at ERROR. */
  long errorLines() throws IOException {
    try (Stream<Path> logs = Files.list(settings.logs())) {
      return logs.mapToLong(Testbed::errorLines).sum();
    }
  }

  private static long errorLines(Path log) {
    try (Stream<String> lines = Files.lines(log, StandardCharsets.ISO_8859_1)) {
      return lines.filter(line -> line.contains(" ERROR ")).count();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Path logs() {
    return settings.logs();
  }

  /** Stops the instances (SIGTERM) and the broker, and deletes the broker's data. */
  @Override
  public void close() throws Exception {
    for (ServiceInstance instance : instances) {
      if (instance.isAlive()) {
        instance.stop();
      }
    }
    broker.close();
    Path data = directory.resolve("broker").resolve("data");
    if (Files.exists(data)) {
      try (Stream<Path> files = Files.walk(data)) {
        for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(file);
        }
      }
    }
  }
}
