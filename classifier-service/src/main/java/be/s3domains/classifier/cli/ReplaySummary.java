package be.s3domains.classifier.cli;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** What a replay sent, by target topic, and what it left, by reason. Not thread-safe. */
final class ReplaySummary {

  private final String from;
  private final boolean dryRun;
  private final Map<String, Integer> replayed = new TreeMap<>();
  private final Map<String, Integer> left = new TreeMap<>();

  ReplaySummary(String from, boolean dryRun) {
    this.from = from;
    this.dryRun = dryRun;
  }

  void replayed(String topic) {
    replayed.merge(topic, 1, Integer::sum);
  }

  void left(String reason) {
    left.merge(reason, 1, Integer::sum);
  }

  int replayedCount() {
    return replayed.values().stream().mapToInt(Integer::intValue).sum();
  }

  int leftCount() {
    return left.values().stream().mapToInt(Integer::intValue).sum();
  }

  String describe() {
    return (dryRun ? "Dry run, nothing sent: would replay " : "Replayed ")
        + replayedCount()
        + " dead letters from "
        + from
        + counts(replayed, "to ")
        + "; left "
        + leftCount()
        + counts(left, "")
        + ".";
  }

  private static String counts(Map<String, Integer> counts, String prefix) {
    if (counts.isEmpty()) {
      return "";
    }
    return counts.entrySet().stream()
        .map(entry -> prefix + entry.getKey() + ": " + entry.getValue())
        .collect(Collectors.joining(", ", " (", ")"));
  }
}
