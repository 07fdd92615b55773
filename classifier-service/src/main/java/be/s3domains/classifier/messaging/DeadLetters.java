package be.s3domains.classifier.messaging;

import be.s3domains.classifier.contract.InvalidProposalException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;

/**
 * Publishes records that cannot be classified to the dead-letter topic with spring-kafka's {@code
 * kafka_dlt-*} headers (exception, original topic, partition, offset) plus {@code
 * classifier-dlt-reason}, a short code, and counts them by that reason. Sends through the
 * listener's template, so in exactly-once mode they join the consumer's transaction. Thread-safe.
 */
final class DeadLetters {

  static final String REASON_HEADER = "classifier-dlt-reason";
  static final String FIELD_HEADER = "classifier-dlt-field";

  private final DeadLetterPublishingRecoverer recoverer;
  private final MeterRegistry meters;

  DeadLetters(KafkaOperations<String, byte[]> template, String topic, MeterRegistry meters) {
    this.meters = meters;
    this.recoverer =
        new DeadLetterPublishingRecoverer(template, (record, e) -> new TopicPartition(topic, -1));
    this.recoverer.setHeadersFunction(this::reasonHeaders);
  }

  /** The recoverer the container's error handling uses once retries are exhausted. */
  DeadLetterPublishingRecoverer recoverer() {
    return recoverer;
  }

  /** Sends one record that was rejected inside the listener, waiting for the broker's ack. */
  void publish(ConsumerRecord<?, ?> record, Consumer<?, ?> consumer, Exception reason) {
    recoverer.accept(record, consumer, reason);
  }

  private Headers reasonHeaders(ConsumerRecord<?, ?> record, Exception exception) {
    InvalidProposalException invalid = find(exception, InvalidProposalException.class);
    String reason;
    if (invalid != null) {
      reason = invalid.problem().code();
    } else if (find(exception, ClassificationFailedException.class) != null) {
      reason = "classification-failed";
    } else {
      reason = "retries-exhausted";
    }
    Counter.builder("classifier.dead.letters")
        .description("Records sent to the dead-letter topic, by reason")
        .tag("reason", reason)
        .register(meters)
        .increment();
    Headers headers = new RecordHeaders();
    headers.add(REASON_HEADER, reason.getBytes(StandardCharsets.UTF_8));
    if (invalid != null) {
      headers.add(FIELD_HEADER, invalid.field().getBytes(StandardCharsets.UTF_8));
    }
    return headers;
  }

  private static <T extends Throwable> T find(Throwable thrown, Class<T> type) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }
}
