package be.s3domains.classifier.messaging;

import be.s3domains.classifier.contract.ClassificationJson;
import be.s3domains.classifier.scoring.Classification;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * Builds domain-match events in CloudEvents 1.0 binary mode (Kafka protocol binding): the JSON
 * result is the value, the attributes are {@code ce_*} headers. {@code ce_id} is the input record's
 * topic, partition and offset, so a redelivered proposal yields the same id and consumers of the
 * at-least-once mode can drop duplicates. Thread-safe.
 */
final class DomainMatchEvents {

  private final String topic;
  private final String source;
  private final String type;

  DomainMatchEvents(String topic, String source, String type) {
    this.topic = topic;
    this.source = source;
    this.type = type;
  }

  ProducerRecord<String, byte[]> event(
      ConsumerRecord<String, byte[]> proposal, Classification classification) {
    Headers headers = new RecordHeaders();
    header(headers, "ce_specversion", "1.0");
    header(
        headers, "ce_id", proposal.topic() + "-" + proposal.partition() + "-" + proposal.offset());
    header(headers, "ce_source", source);
    header(headers, "ce_type", type);
    header(headers, "ce_subject", classification.proposalId());
    header(headers, "ce_time", classification.classifiedAt().toString());
    header(headers, "content-type", "application/json");
    byte[] value = ClassificationJson.writeUtf8(classification);
    return new ProducerRecord<>(topic, null, classification.proposalId(), value, headers);
  }

  /** The proposal record's key and value unchanged, for the benchmark's passthrough mode. */
  ProducerRecord<String, byte[]> copy(ConsumerRecord<String, byte[]> proposal) {
    return new ProducerRecord<>(topic, proposal.key(), proposal.value());
  }

  String topic() {
    return topic;
  }

  private static void header(Headers headers, String name, String value) {
    headers.add(name, value.getBytes(StandardCharsets.UTF_8));
  }
}
