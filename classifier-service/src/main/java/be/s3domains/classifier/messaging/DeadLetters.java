package be.s3domains.classifier.messaging;

import be.s3domains.classifier.contract.DeadLetterHeaders;
import be.s3domains.classifier.contract.InvalidProposalException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;

/**
 * Publishes records that cannot be classified to the dead-letter topic with spring-kafka's {@code
 * kafka_dlt-*} headers (exception, original topic, partition, offset) plus {@code
 * classifier-dlt-reason}, a short code, and counts them by that reason once they are committed.
 * Sends through the listener's template, so in exactly-once mode they join the consumer's
 * transaction.
 *
 * <p>A value too large for one producer request is left out of its dead letter, which then says the
 * value's size in {@code classifier-dlt-original-size}: publishing it would fail every time and
 * hold up its partition. The original stays readable in its topic at the offset the headers name,
 * for as long as that topic retains it. Thread-safe.
 */
final class DeadLetters {

  private final BoundedRecoverer recoverer;
  private final MeterRegistry meters;

  /**
   * @param maxValueBytes the largest value a dead letter carries
   */
  DeadLetters(
      KafkaOperations<String, byte[]> template,
      String topic,
      long maxValueBytes,
      ProposalRecords records,
      MeterRegistry meters) {
    this.meters = meters;
    this.recoverer = new BoundedRecoverer(template, topic, maxValueBytes, records);
    this.recoverer.setHeadersFunction(this::reasonHeaders);
  }

  /** The recoverer the container's error handling uses once retries are exhausted. */
  DeadLetterPublishingRecoverer recoverer() {
    return recoverer;
  }

  /**
   * Sends one record that was rejected inside the listener, waiting for the broker's ack. The
   * reason is already the record's own, so it is not looked for again.
   */
  void publish(ConsumerRecord<?, ?> record, Consumer<?, ?> consumer, Exception reason) {
    recoverer.acceptAsGiven(record, consumer, reason);
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
    Counter counter =
        Counter.builder("classifier.dead.letters")
            .description("Records sent to the dead-letter topic, by reason")
            .tag("reason", reason)
            .register(meters);
    AfterCommit.run(counter::increment);
    Headers headers = new RecordHeaders();
    headers.add(DeadLetterHeaders.REASON, reason.getBytes(StandardCharsets.UTF_8));
    if (invalid != null) {
      headers.add(DeadLetterHeaders.FIELD, invalid.field().getBytes(StandardCharsets.UTF_8));
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

  /**
   * Names a record's own defect when it has one, also when the batch it was in failed for another
   * reason, and leaves out values over the limit, saying their size instead.
   */
  private static final class BoundedRecoverer extends DeadLetterPublishingRecoverer {

    private final long maxValueBytes;
    private final ProposalRecords records;

    BoundedRecoverer(
        KafkaOperations<String, byte[]> template,
        String topic,
        long maxValueBytes,
        ProposalRecords records) {
      super(template, (record, e) -> new TopicPartition(topic, -1));
      this.maxValueBytes = maxValueBytes;
      this.records = records;
    }

    /** Used by the container once retries are exhausted: the failure may not be the record's. */
    @Override
    public void accept(ConsumerRecord<?, ?> record, Consumer<?, ?> consumer, Exception exception) {
      super.accept(record, consumer, ownDefect(record).orElse(exception));
    }

    void acceptAsGiven(ConsumerRecord<?, ?> record, Consumer<?, ?> consumer, Exception reason) {
      super.accept(record, consumer, reason);
    }

    @SuppressWarnings("unchecked")
    private Optional<Exception> ownDefect(ConsumerRecord<?, ?> record) {
      if (record.value() != null && !(record.value() instanceof byte[])) {
        return Optional.empty();
      }
      try {
        records.proposal((ConsumerRecord<String, byte[]>) record);
        return Optional.empty();
      } catch (InvalidProposalException e) {
        return Optional.of(e);
      }
    }

    @Override
    protected ProducerRecord<Object, Object> createProducerRecord(
        ConsumerRecord<?, ?> record,
        TopicPartition topicPartition,
        Headers headers,
        byte[] key,
        byte[] value) {
      ProducerRecord<Object, Object> letter =
          super.createProducerRecord(record, topicPartition, headers, key, value);
      if (!(letter.value() instanceof byte[] bytes) || bytes.length <= maxValueBytes) {
        return letter;
      }
      letter
          .headers()
          .add(
              DeadLetterHeaders.ORIGINAL_SIZE,
              String.valueOf(bytes.length).getBytes(StandardCharsets.UTF_8));
      return new ProducerRecord<>(
          letter.topic(),
          letter.partition(),
          letter.timestamp(),
          letter.key(),
          null,
          letter.headers());
    }
  }
}
