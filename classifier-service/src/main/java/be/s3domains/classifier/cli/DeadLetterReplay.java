package be.s3domains.classifier.cli;

import be.s3domains.classifier.contract.DeadLetterHeaders;
import be.s3domains.classifier.contract.InputPolicy;
import be.s3domains.classifier.contract.InvalidProposalException;
import be.s3domains.classifier.contract.ProposalProblem;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Reads a dead-letter topic from the consumer group's committed position up to its end when the run
 * starts, and sends the letters with the chosen reasons back to their original topic, unchanged but
 * for the dead-letter headers. Each batch's sends and the group's offsets commit in one Kafka
 * transaction, so a letter is replayed once even when a run is interrupted and started again. A
 * letter that the input policy would reject again (an id the policy now refuses, say) is left where
 * it is.
 */
final class DeadLetterReplay implements AutoCloseable {

  private static final Duration POLL = Duration.ofMillis(500);

  private final KafkaConsumer<byte[], byte[]> consumer;
  private final KafkaProducer<byte[], byte[]> producer;
  private final Duration patience;
  private final InputPolicy policy = InputPolicy.withoutSizeLimit();

  /**
   * @param client Kafka client settings shared by the consumer and the producer
   * @param group the consumer group whose offsets remember what was replayed
   * @param send false for a dry run: count, send nothing, commit nothing
   * @param patience how long to wait for records before giving up
   */
  DeadLetterReplay(Map<String, Object> client, String group, boolean send, Duration patience) {
    Map<String, Object> consumerConfig = new HashMap<>(client);
    consumerConfig.put(ConsumerConfig.GROUP_ID_CONFIG, group);
    consumerConfig.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    consumerConfig.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    consumerConfig.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
    consumerConfig.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    consumerConfig.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    consumerConfig.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, millis(patience));
    consumerConfig.putIfAbsent(ConsumerConfig.REQUEST_TIMEOUT_MS_CONFIG, requestTimeout(patience));
    this.consumer = new KafkaConsumer<>(consumerConfig);
    this.patience = patience;
    if (send) {
      Map<String, Object> producerConfig = new HashMap<>(client);
      producerConfig.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "classifier-replay-" + group);
      producerConfig.put(ProducerConfig.ACKS_CONFIG, "all");
      producerConfig.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
      producerConfig.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
      producerConfig.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, millis(patience));
      this.producer = new KafkaProducer<>(producerConfig);
      this.producer.initTransactions();
    } else {
      this.producer = null;
    }
  }

  private static int millis(Duration duration) {
    return (int) Math.min(Integer.MAX_VALUE, duration.toMillis());
  }

  /** Kafka's request timeout, no longer than the patience (the clients warn otherwise). */
  private static int requestTimeout(Duration patience) {
    return Math.min(millis(patience), 30_000);
  }

  /**
   * @param from the dead-letter topic
   * @param to where to send the letters; null sends each to its original topic
   * @param reasons the reasons to replay; letters with other reasons are counted and left
   */
  ReplaySummary replay(String from, String to, Set<String> reasons) {
    List<TopicPartition> partitions =
        consumer.partitionsFor(from, patience).stream()
            .map(info -> new TopicPartition(from, info.partition()))
            .toList();
    if (partitions.isEmpty()) {
      throw new IllegalArgumentException("topic '" + from + "' does not exist");
    }
    consumer.assign(partitions);
    Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(Set.copyOf(partitions));
    for (TopicPartition partition : partitions) {
      OffsetAndMetadata offset = committed.get(partition);
      if (offset == null) {
        consumer.seekToBeginning(List.of(partition));
      } else {
        consumer.seek(partition, offset.offset());
      }
    }
    Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
    ReplaySummary summary = new ReplaySummary(from, producer == null);
    long idleSince = System.nanoTime();
    while (!reached(end)) {
      ConsumerRecords<byte[], byte[]> records = consumer.poll(POLL);
      if (records.isEmpty()) {
        if (System.nanoTime() - idleSince > patience.toNanos()) {
          throw new IllegalStateException(
              "no records arrived from '" + from + "' for " + patience + " before its end");
        }
        continue;
      }
      idleSince = System.nanoTime();
      handle(records, end, to, reasons, summary);
    }
    return summary;
  }

  private boolean reached(Map<TopicPartition, Long> end) {
    return end.entrySet().stream()
        .allMatch(entry -> consumer.position(entry.getKey(), patience) >= entry.getValue());
  }

  private void handle(
      ConsumerRecords<byte[], byte[]> records,
      Map<TopicPartition, Long> end,
      String to,
      Set<String> reasons,
      ReplaySummary summary) {
    if (producer != null) {
      producer.beginTransaction();
    }
    for (TopicPartition partition : records.partitions()) {
      long last = end.get(partition);
      for (ConsumerRecord<byte[], byte[]> letter : records.records(partition)) {
        if (letter.offset() >= last) {
          consumer.seek(partition, letter.offset());
          break;
        }
        handle(letter, to, reasons, summary);
      }
    }
    if (producer != null) {
      Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
      for (TopicPartition partition : records.partitions()) {
        offsets.put(partition, new OffsetAndMetadata(consumer.position(partition, patience)));
      }
      producer.sendOffsetsToTransaction(offsets, consumer.groupMetadata());
      producer.commitTransaction();
    }
  }

  private void handle(
      ConsumerRecord<byte[], byte[]> letter,
      String to,
      Set<String> reasons,
      ReplaySummary summary) {
    String reason = header(letter, DeadLetterHeaders.REASON);
    String target = to != null ? to : header(letter, DeadLetterHeaders.ORIGINAL_TOPIC);
    ProposalProblem again = rejection(letter.value());
    if (reason == null) {
      summary.left("no " + DeadLetterHeaders.REASON + " header");
    } else if (!reasons.contains(reason)) {
      summary.left(reason);
    } else if (letter.value() == null
        && letter.headers().lastHeader(DeadLetterHeaders.ORIGINAL_SIZE) != null) {
      summary.left(reason + ", value left out");
    } else if (target == null) {
      summary.left(reason + ", no original topic");
    } else if (again != null) {
      summary.left(reason + ", now " + again.code());
    } else {
      if (producer != null) {
        producer.send(
            new ProducerRecord<>(
                target, null, letter.key(), letter.value(), withoutDeadLetterHeaders(letter)));
      }
      summary.replayed(target);
    }
  }

  /**
   * What the listener's input policy would dead-letter this value for (without the size limit,
   * which is the service's to apply), or null when it would classify it.
   */
  private ProposalProblem rejection(byte[] value) {
    if (value == null) {
      return ProposalProblem.TOMBSTONE;
    }
    try {
      policy.proposal(value);
      return null;
    } catch (InvalidProposalException rejected) {
      return rejected.problem();
    }
  }

  private static Headers withoutDeadLetterHeaders(ConsumerRecord<byte[], byte[]> letter) {
    Headers kept = new RecordHeaders();
    for (Header header : letter.headers()) {
      if (!header.key().startsWith(DeadLetterHeaders.PREFIX)
          && !header.key().startsWith(DeadLetterHeaders.SPRING_KAFKA_PREFIX)) {
        kept.add(header);
      }
    }
    return kept;
  }

  private static String header(ConsumerRecord<byte[], byte[]> letter, String name) {
    Header header = letter.headers().lastHeader(name);
    return header == null || header.value() == null
        ? null
        : new String(header.value(), StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    consumer.close();
    if (producer != null) {
      producer.close();
    }
  }
}
