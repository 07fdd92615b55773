package be.s3domains.benchmarks.chaos;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/** What the harness's parts start: admin clients that give up quickly, and JVM processes. */
final class Clients {

  private Clients() {}

  /** An admin client whose calls fail after {@code timeoutMillis}, so a restarting broker shows. */
  static Admin admin(String bootstrapServers, int timeoutMillis) {
    return Admin.create(
        Map.of(
            AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
            AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, timeoutMillis,
            AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, timeoutMillis));
  }

  /** A JVM of at most 512 MB heap, on the Java that runs the harness. */
  static ProcessBuilder java(List<String> arguments) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx512m");
    command.addAll(arguments);
    return new ProcessBuilder(command);
  }
}
