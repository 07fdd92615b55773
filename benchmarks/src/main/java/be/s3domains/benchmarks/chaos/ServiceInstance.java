package be.s3domains.benchmarks.chaos;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One instance of the packaged service as a process of its own, with the stable identity a pod has
 * on Kubernetes: its name is its static group membership id and its transactional id prefix, so a
 * restart is the same instance coming back. Everything else is the service's shipped defaults.
 */
final class ServiceInstance {

  private final String name;
  private final Settings settings;
  private final int managementPort;
  private int starts;
  private Process process;

  /**
   * @param serviceJar the packaged service
   * @param bootstrapServers the broker
   * @param delivery exactly-once or at-least-once
   * @param logs where each start's output goes
   */
  record Settings(Path serviceJar, String bootstrapServers, String delivery, Path logs) {}

  private ServiceInstance(String name, Settings settings) {
    this.name = name;
    this.settings = settings;
    this.managementPort = FreePort.pick();
  }

  static ServiceInstance start(String name, Settings settings) throws IOException {
    ServiceInstance instance = new ServiceInstance(name, settings);
    instance.start();
    return instance;
  }

  String name() {
    return name;
  }

  long pid() {
    return process.pid();
  }

  /** The actuator's port: the service's API port is left to the system. */
  int managementPort() {
    return managementPort;
  }

  boolean isAlive() {
    return process.isAlive();
  }

  /** Starts (again) under the same name, with the same settings. */
  void start() throws IOException {
    starts++;
    Files.createDirectories(settings.logs());
    Path log = settings.logs().resolve(name + "-" + starts + ".log");
    ProcessBuilder builder =
        Clients.java(
            List.of(
                "-jar",
                settings.serviceJar().toString(),
                "--spring.kafka.bootstrap-servers=" + settings.bootstrapServers(),
                "--server.port=0",
                "--management.server.port=" + managementPort,
                "--classifier.delivery=" + settings.delivery(),
                "--classifier.transaction-id-prefix=" + name + "-",
                "--classifier.group-instance-id=" + name));
    builder.redirectErrorStream(true).redirectOutput(log.toFile());
    builder
        .environment()
        .keySet()
        .removeIf(
            variable ->
                variable.startsWith("SPRING_")
                    || variable.startsWith("CLASSIFIER_")
                    || variable.equals("HOSTNAME"));
    process = builder.start();
  }

  /** SIGKILL, as a crash, an OOM kill or a lost node: no batch finishes, nothing is closed. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      throw new IllegalStateException(name + " (pid " + process.pid() + ") outlived SIGKILL");
    }
  }

  /** SIGTERM, as Kubernetes stops a pod: the batch in flight finishes first. */
  void stop() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      kill();
    }
  }
}
