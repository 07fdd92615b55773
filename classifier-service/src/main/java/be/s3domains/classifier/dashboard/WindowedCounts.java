package be.s3domains.classifier.dashboard;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Counts per key over a sliding window, kept in buckets so that memory does not grow with the rate.
 * Not thread-safe: {@link LiveTally} guards it.
 */
final class WindowedCounts {

  private final long bucketMillis;
  private final long[] bucketStarts;
  private final Map<String, Long>[] buckets;

  @SuppressWarnings("unchecked")
  WindowedCounts(Duration window, Duration bucket) {
    this.bucketMillis = bucket.toMillis();
    int count = (int) Math.max(1, window.toMillis() / bucketMillis);
    this.bucketStarts = new long[count];
    this.buckets = new Map[count];
    for (int i = 0; i < count; i++) {
      buckets[i] = new HashMap<>();
      bucketStarts[i] = Long.MIN_VALUE;
    }
  }

  void add(String key, long nowMillis) {
    long start = nowMillis - Math.floorMod(nowMillis, bucketMillis);
    int slot = (int) Math.floorMod(start / bucketMillis, (long) buckets.length);
    if (bucketStarts[slot] != start) {
      bucketStarts[slot] = start;
      buckets[slot].clear();
    }
    buckets[slot].merge(key, 1L, Long::sum);
  }

  /** The counts of the buckets that are still inside the window at this moment. */
  Map<String, Long> totals(long nowMillis) {
    long oldest = nowMillis - (long) buckets.length * bucketMillis;
    Map<String, Long> totals = new HashMap<>();
    for (int i = 0; i < buckets.length; i++) {
      if (bucketStarts[i] > oldest) {
        buckets[i].forEach((key, n) -> totals.merge(key, n, Long::sum));
      }
    }
    return totals;
  }
}
