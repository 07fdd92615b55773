package be.s3domains.benchmarks.chaos;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The harness's command line.
 *
 * @param proposals valid proposals to stream
 * @param kills how many times a busy instance is killed with SIGKILL and restarted
 * @param brokerRestarts how many times the broker is killed with SIGKILL and restarted
 * @param rebalances how many times a third instance joins, works a while and stops (SIGTERM)
 * @param delivery the service's delivery mode: exactly-once, or at-least-once (duplicates are then
 *     reported, and only loss fails the run)
 * @param stallLimit the longest stall that passes
 * @param soak run the soak instead of the chaos run, for this long; null for the chaos run
 * @param rate records per second to produce; 0 for as fast as the broker takes them
 * @param kafkaLibs the Kafka release jars the broker runs from
 * @param serviceJar the packaged service
 * @param workDirectory where the broker's data (deleted at the end) and the logs (kept) go
 */
record ChaosOptions(
    int proposals,
    int kills,
    int brokerRestarts,
    int rebalances,
    String delivery,
    Duration stallLimit,
    @Nullable Duration soak,
    int rate,
    Path kafkaLibs,
    Path serviceJar,
    Path workDirectory) {

  private static final Set<String> OPTIONS =
      Set.of(
          "--proposals",
          "--kills",
          "--broker-restarts",
          "--rebalances",
          "--delivery",
          "--stall-limit",
          "--soak",
          "--rate",
          "--kafka-libs",
          "--service-jar",
          "--work-dir");

  static final String USAGE =
      """
      scripts/chaos.sh [options]
        --proposals N         valid proposals (default 5000)
        --kills N             kill -9 and restart of a busy instance (default 1)
        --broker-restarts N   kill -9 and restart of the broker (default 1)
        --rebalances N        a third instance joins, works, stops with SIGTERM (default 0)
        --full                the documented full run: 100000 proposals, 3 kills,
                              1 broker restart, 1 rebalance
        --delivery MODE       exactly-once (default) or at-least-once
        --stall-limit 20s     longest stall that passes
        --soak 10m            soak instead: one instance at --rate for this long,
                              heap, threads and file handles sampled
        --rate N              records per second (default: as fast as possible; soak 1200)
        --kafka-libs DIR      Kafka jars (default docker/kafka/target/libs)
        --service-jar FILE    default classifier-service/target/classifier-service.jar
        --work-dir DIR        default target/chaos
      """;

  static ChaosOptions parse(String... arguments) {
    Map<String, String> given = new LinkedHashMap<>();
    for (int i = 0; i < arguments.length; i++) {
      if (arguments[i].equals("--full")) {
        given.putAll(
            Map.of(
                "--proposals", "100000",
                "--kills", "3",
                "--broker-restarts", "1",
                "--rebalances", "1"));
      } else if (OPTIONS.contains(arguments[i]) && i + 1 < arguments.length) {
        given.put(arguments[i], arguments[++i]);
      } else {
        throw new IllegalArgumentException("Unknown option or missing value: " + arguments[i]);
      }
    }
    Duration soak = given.containsKey("--soak") ? duration(given.get("--soak")) : null;
    String delivery = given.getOrDefault("--delivery", "exactly-once");
    if (!delivery.equals("exactly-once") && !delivery.equals("at-least-once")) {
      throw new IllegalArgumentException("--delivery is exactly-once or at-least-once");
    }
    return new ChaosOptions(
        Integer.parseInt(given.getOrDefault("--proposals", "5000")),
        Integer.parseInt(given.getOrDefault("--kills", "1")),
        Integer.parseInt(given.getOrDefault("--broker-restarts", "1")),
        Integer.parseInt(given.getOrDefault("--rebalances", "0")),
        delivery,
        duration(given.getOrDefault("--stall-limit", "20s")),
        soak,
        Integer.parseInt(given.getOrDefault("--rate", soak == null ? "0" : "1200")),
        Path.of(given.getOrDefault("--kafka-libs", "docker/kafka/target/libs")),
        Path.of(
            given.getOrDefault(
                "--service-jar", "classifier-service/target/classifier-service.jar")),
        Path.of(given.getOrDefault("--work-dir", "target/chaos")));
  }

  /** 20s, 10m, 1h or a number of seconds. */
  static Duration duration(String text) {
    String value = text.strip().toLowerCase(Locale.ROOT);
    if (value.endsWith("ms")) {
      return Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2)));
    }
    long amount = Long.parseLong(value.replaceAll("[smh]$", ""));
    return switch (value.charAt(value.length() - 1)) {
      case 'm' -> Duration.ofMinutes(amount);
      case 'h' -> Duration.ofHours(amount);
      default -> Duration.ofSeconds(amount);
    };
  }

  boolean duplicatesAllowed() {
    return delivery.equals("at-least-once");
  }
}
