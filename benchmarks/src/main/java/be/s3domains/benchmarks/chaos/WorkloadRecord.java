package be.s3domains.benchmarks.chaos;

import org.jspecify.annotations.Nullable;

/**
 * A record the harness produces to the proposals topic.
 *
 * @param key the record key, also the proposal's id where the value has one
 * @param value the record value; null for a tombstone
 * @param expectedReason the dead-letter reason a poison record must get; null for a valid proposal
 */
record WorkloadRecord(String key, byte @Nullable [] value, @Nullable String expectedReason) {

  boolean isPoison() {
    return expectedReason != null;
  }
}
