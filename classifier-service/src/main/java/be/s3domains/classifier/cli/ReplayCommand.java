package be.s3domains.classifier.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.common.errors.TimeoutException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Sends dead letters back to be classified again, once what failed them is fixed. */
@Command(
    name = "replay",
    mixinStandardHelpOptions = true,
    description = {
      "Sends the dead letters with the given reasons back to the topic they came from, without"
          + " their dead-letter headers. A consumer group remembers what was replayed: a second"
          + " run replays only letters that arrived since, and an interrupted run resumes."
    })
final class ReplayCommand implements Callable<Integer> {

  @Option(
      names = "--bootstrap-servers",
      defaultValue = "localhost:9092",
      description = "Kafka brokers (default ${DEFAULT-VALUE}).")
  String bootstrapServers;

  @Option(
      names = "--from",
      defaultValue = "proposals.DLT",
      description = "The dead-letter topic (default ${DEFAULT-VALUE}).")
  String from;

  @Option(names = "--to", description = "Send every letter here instead of to its original topic.")
  String to;

  @Option(
      names = "--reason",
      split = ",",
      defaultValue = "retries-exhausted",
      description =
          "Reasons to replay, comma-separated (default ${DEFAULT-VALUE}: invalid input would only"
              + " fail again).")
  Set<String> reasons;

  @Option(
      names = "--group",
      defaultValue = "classifier-replay",
      description = "Consumer group that remembers what was replayed (default ${DEFAULT-VALUE}).")
  String group;

  @Option(
      names = "--client-config",
      description = "A properties file of Kafka client settings (security, for instance).")
  Path clientConfig;

  @Option(names = "--dry-run", description = "Count what would be replayed; send nothing.")
  boolean dryRun;

  @Option(
      names = "--patience",
      defaultValue = "PT30S",
      description = "How long to wait for the broker before giving up (default ${DEFAULT-VALUE}).")
  Duration patience;

  @Override
  public Integer call() {
    try (DeadLetterReplay replay = new DeadLetterReplay(client(), group, !dryRun, patience)) {
      ReplaySummary summary = replay.replay(from, to, reasons);
      System.err.println(summary.describe());
    } catch (TimeoutException e) {
      throw new IllegalStateException(
          "Kafka at "
              + bootstrapServers
              + " did not answer within "
              + patience
              + " (--patience): "
              + e.getMessage(),
          e);
    }
    return 0;
  }

  private Map<String, Object> client() {
    Map<String, Object> client = new HashMap<>();
    if (clientConfig != null) {
      Properties properties = new Properties();
      try (InputStream in = Files.newInputStream(clientConfig)) {
        properties.load(in);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + clientConfig + ": " + e.getMessage(), e);
      }
      properties.forEach((key, value) -> client.put(key.toString(), value));
    }
    client.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    return client;
  }
}
