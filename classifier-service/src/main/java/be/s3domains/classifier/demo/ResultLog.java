package be.s3domains.classifier.demo;

import be.s3domains.classifier.contract.ClassificationJson;
import be.s3domains.classifier.contract.DeadLetterHeaders;
import be.s3domains.classifier.engine.ClassifierProperties;
import be.s3domains.classifier.scoring.Classification;
import be.s3domains.classifier.scoring.DomainMatch;
import be.s3domains.classifier.scoring.Evidence;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;

/**
 * Reads the committed events and dead letters and sums them up: counts by primary domain and by
 * dead-letter reason, or with {@code classifier.demo.print-events} every one in full. Used by one
 * thread.
 */
final class ResultLog {

  private static final Logger log = LoggerFactory.getLogger(ResultLog.class);

  private final ClassifierProperties properties;
  private final KafkaProperties kafka;
  private final Map<String, Integer> byPrimaryDomain = new TreeMap<>();
  private final Map<String, Integer> byReason = new TreeMap<>();

  ResultLog(ClassifierProperties properties, KafkaProperties kafka) {
    this.properties = properties;
    this.kafka = kafka;
  }

  /** Logs until the expected counts were seen or the demo's timeout passed; true if they were. */
  boolean watch(long expectedEvents, long expectedDeadLetters) {
    Map<String, Object> config = new HashMap<>(kafka.buildConsumerProperties());
    config.remove(ConsumerConfig.GROUP_ID_CONFIG);
    config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
    config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    String events = properties.topics().domainMatches();
    String deadLetters = properties.topics().deadLetters();
    long seenEvents = 0;
    long seenDeadLetters = 0;
    Instant deadline = Instant.now().plus(properties.demo().timeout());
    try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config)) {
      List<TopicPartition> partitions = new ArrayList<>();
      for (String topic : List.of(events, deadLetters)) {
        consumer.partitionsFor(topic).stream()
            .map(info -> new TopicPartition(topic, info.partition()))
            .forEach(partitions::add);
      }
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      while ((seenEvents < expectedEvents || seenDeadLetters < expectedDeadLetters)
          && Instant.now().isBefore(deadline)) {
        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
          if (record.topic().equals(events)) {
            seenEvents++;
            onEvent(record);
          } else {
            seenDeadLetters++;
            onDeadLetter(record);
          }
        }
      }
    }
    log.info(
        "Out came {} of {} domain-match events and {} of {} dead letters.",
        seenEvents,
        expectedEvents,
        seenDeadLetters,
        expectedDeadLetters);
    log.info("  by primary domain: {}", counts(byPrimaryDomain));
    log.info("  dead letters by reason: {}", counts(byReason));
    return seenEvents == expectedEvents && seenDeadLetters == expectedDeadLetters;
  }

  private void onEvent(ConsumerRecord<String, byte[]> record) {
    String json = new String(record.value(), StandardCharsets.UTF_8);
    Classification result = ClassificationJson.read(json);
    byPrimaryDomain.merge(
        result.primaryDomain() == null ? "none" : result.primaryDomain(), 1, Integer::sum);
    if (properties.demo().printEvents()) {
      logEvent(record, result);
      log.info("  {}", json);
    }
  }

  private void onDeadLetter(ConsumerRecord<String, byte[]> record) {
    byReason.merge(header(record, DeadLetterHeaders.REASON), 1, Integer::sum);
    if (properties.demo().printEvents()) {
      logDeadLetter(record);
    }
  }

  private static String counts(Map<String, Integer> counts) {
    return counts.entrySet().stream()
        .map(count -> count.getKey() + " " + count.getValue())
        .collect(Collectors.joining(", "));
  }

  private static void logEvent(ConsumerRecord<String, byte[]> record, Classification result) {
    DomainMatch primary = result.matches().isEmpty() ? null : result.matches().get(0);
    log.info(
        "EVENT {} [{}] primary={} confidence={} evidence={} ce_id={}",
        result.proposalId(),
        result.language(),
        primary == null ? "none" : primary.domain(),
        primary == null ? "-" : String.format("%.2f", primary.confidence()),
        primary == null
            ? "[]"
            : primary.evidence().stream().map(Evidence::term).distinct().limit(3).toList(),
        header(record, "ce_id"));
  }

  private static void logDeadLetter(ConsumerRecord<String, byte[]> record) {
    log.info(
        "DEAD LETTER key={} reason={} field={} from {}-{}@{}: {}",
        record.key(),
        header(record, DeadLetterHeaders.REASON),
        header(record, DeadLetterHeaders.FIELD),
        header(record, DeadLetterHeaders.ORIGINAL_TOPIC),
        partition(record),
        offset(record),
        header(record, "kafka_dlt-exception-message"));
  }

  private static String header(ConsumerRecord<?, ?> record, String name) {
    Header header = record.headers().lastHeader(name);
    return header == null ? "-" : new String(header.value(), StandardCharsets.UTF_8);
  }

  private static int partition(ConsumerRecord<?, ?> record) {
    Header header = record.headers().lastHeader("kafka_dlt-original-partition");
    return header == null ? -1 : ByteBuffer.wrap(header.value()).getInt();
  }

  private static long offset(ConsumerRecord<?, ?> record) {
    Header header = record.headers().lastHeader("kafka_dlt-original-offset");
    return header == null ? -1 : ByteBuffer.wrap(header.value()).getLong();
  }
}
