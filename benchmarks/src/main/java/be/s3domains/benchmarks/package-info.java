/**
 * JMH benchmarks of the classification engine's per-document cost, and {@code StreamingThroughput}:
 * the packaged service end to end through Kafka against its passthrough and Kafka's copier.
 */
package be.s3domains.benchmarks;
