package be.s3domains.classifier;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads a topic from its beginning as a read_committed consumer outside any group would. */
public final class CommittedRecords implements AutoCloseable {

  private final KafkaConsumer<String, byte[]> consumer;
  private final List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();

  public CommittedRecords(String bootstrapServers, String topic) {
    this(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers), topic);
  }

  /** Reads with these client settings: the brokers, and how to sign in where they ask for it. */
  public CommittedRecords(Map<String, Object> clientSettings, String topic) {
    Map<String, Object> config = new HashMap<>(clientSettings);
    config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
    config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    consumer = new KafkaConsumer<>(config);
    List<TopicPartition> partitions =
        consumer.partitionsFor(topic).stream()
            .map(info -> new TopicPartition(topic, info.partition()))
            .toList();
    consumer.assign(partitions);
    consumer.seekToBeginning(partitions);
  }

  /** Everything committed so far whose key passes the filter. */
  public List<ConsumerRecord<String, byte[]>> read(Predicate<String> key) {
    consumer.poll(Duration.ofMillis(300)).forEach(seen::add);
    return matching(key);
  }

  /**
   * Everything committed up to now whose key passes the filter: reads until the end of every
   * partition (for a read_committed consumer, the first offset of a transaction still open).
   */
  public List<ConsumerRecord<String, byte[]>> readToEnd(Predicate<String> key) {
    Map<TopicPartition, Long> ends = consumer.endOffsets(consumer.assignment());
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    while (ends.entrySet().stream()
        .anyMatch(end -> consumer.position(end.getKey()) < end.getValue())) {
      if (Instant.now().isAfter(deadline)) {
        throw new IllegalStateException("Could not read to " + ends + " within 30 s");
      }
      consumer.poll(Duration.ofMillis(300)).forEach(seen::add);
    }
    return matching(key);
  }

  private List<ConsumerRecord<String, byte[]>> matching(Predicate<String> key) {
    return seen.stream().filter(record -> record.key() != null && key.test(record.key())).toList();
  }

  public static String header(ConsumerRecord<?, ?> record, String name) {
    Header header = record.headers().lastHeader(name);
    return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
  }

  public static String value(ConsumerRecord<?, byte[]> record) {
    return new String(record.value(), StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    consumer.close();
  }
}
