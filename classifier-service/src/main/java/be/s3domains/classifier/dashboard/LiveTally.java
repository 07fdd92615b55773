package be.s3domains.classifier.dashboard;

import be.s3domains.classifier.scoring.Classification;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The dashboard's running totals: counts since start and over the recent window, dead letters by
 * reason, the rate, and the newest events (only the newest few are kept, so a page is sent a sample
 * when the stream is faster than it can draw). Thread-safe: the consumer adds while the stream
 * reads.
 */
final class LiveTally {

  static final String NO_DOMAIN = "none";
  private static final Duration RATE_SPAN = Duration.ofSeconds(10);
  private static final String ALL = "all";

  private final int keepLatest;
  private final long windowMinutes;
  private final WindowedCounts recent;
  private final WindowedCounts rate = new WindowedCounts(RATE_SPAN, Duration.ofSeconds(1));
  private final Map<String, Long> matches = new TreeMap<>();
  private final Map<String, Long> deadLetters = new TreeMap<>();
  private final Deque<LatestEvent> latest = new ArrayDeque<>();
  private long events;
  private long noDomain;
  private String catalogVersion;
  private boolean connected;

  LiveTally(Duration window, int keepLatest) {
    this.keepLatest = keepLatest;
    this.windowMinutes = Math.max(1, window.toMinutes());
    this.recent = new WindowedCounts(window, Duration.ofSeconds(10));
  }

  synchronized void on(Classification event, long nowMillis) {
    events++;
    catalogVersion = event.catalogVersion();
    rate.add(ALL, nowMillis);
    if (event.matches().isEmpty()) {
      noDomain++;
      count(NO_DOMAIN, nowMillis);
    }
    event.matches().forEach(match -> count(match.domain(), nowMillis));
    latest.addFirst(
        new LatestEvent(
            event.proposalId(),
            event.language(),
            event.primaryDomain(),
            event.matches().stream()
                .map(m -> new LatestEvent.Bar(m.domain(), m.label(), m.confidence()))
                .toList(),
            event.classifiedAt()));
    while (latest.size() > keepLatest) {
      latest.removeLast();
    }
  }

  synchronized void onDeadLetter(String reason) {
    deadLetters.merge(reason, 1L, Long::sum);
  }

  synchronized void connected(boolean connected) {
    this.connected = connected;
  }

  synchronized DashboardView view(long nowMillis) {
    long lastTenSeconds = rate.totals(nowMillis).getOrDefault(ALL, 0L);
    return new DashboardView(
        connected,
        catalogVersion,
        events,
        noDomain,
        lastTenSeconds / (double) RATE_SPAN.toSeconds(),
        windowMinutes,
        Map.copyOf(matches),
        Map.copyOf(recent.totals(nowMillis)),
        Map.copyOf(deadLetters),
        List.copyOf(latest));
  }

  private void count(String domain, long nowMillis) {
    matches.merge(domain, 1L, Long::sum);
    recent.add(domain, nowMillis);
  }
}
