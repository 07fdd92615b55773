/**
 * The chaos harness: a standalone Kafka broker and the packaged service as separate processes,
 * killed and restarted while proposals and poison records stream through, then a read_committed
 * check that every record came out exactly once. {@code scripts/chaos.sh} runs it.
 */
package be.s3domains.benchmarks.chaos;
