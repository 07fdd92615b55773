package be.s3domains.classifier.messaging;

import static be.s3domains.classifier.CommittedRecords.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import be.s3domains.classifier.CommittedRecords;
import be.s3domains.classifier.TestProposals;
import be.s3domains.classifier.contract.DeadLetterHeaders;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.annotation.DirtiesContext;

/**
 * A failure that is not the record's fault: the output topic does not exist and the broker does not
 * create topics, so every send times out. The record is retried with back-off, then goes to the
 * dead-letter topic as retries-exhausted; nothing is published, nothing is lost, and the listener
 * does not loop on it. An invalid record before it keeps its own reason, and the metrics count the
 * outcome, not the tries.
 */
@SpringBootTest(
    properties = {
      "spring.kafka.admin.auto-create=false",
      "classifier.topics.domain-matches=not-created",
      "classifier.retry.initial-interval=100ms",
      "classifier.retry.max-retries=2",
      "spring.kafka.producer.properties.max.block.ms=1000",
      "spring.kafka.consumer.group-id=transient-failure-it"
    })
@EmbeddedKafka(
    partitions = 1,
    topics = {"proposals", "proposals.DLT"},
    bootstrapServersProperty = "spring.kafka.bootstrap-servers",
    brokerProperties = {
      "auto.create.topics.enable=false",
      "transaction.state.log.replication.factor=1",
      "transaction.state.log.min.isr=1",
      "offsets.topic.replication.factor=1",
      "group.initial.rebalance.delay.ms=0"
    })
@DirtiesContext
abstract class TransientFailureScenarios {

  @Value("${spring.kafka.bootstrap-servers}")
  String bootstrapServers;

  @Autowired MeterRegistry meters;

  @Test
  void sendsTheRecordToTheDeadLetterTopicOnceItsRetriesAreExhausted() {
    String json =
        TestProposals.json(TestProposals.withId(TestProposals.dairyWaste(), "transient-1"));
    byte[] broken = "{\"id\": \"transient-0\", \"text\": \"Dair".getBytes(StandardCharsets.UTF_8);
    try (KafkaProducer<String, byte[]> producer =
        new KafkaProducer<>(
            Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class))) {
      producer.send(new ProducerRecord<>("proposals", "transient-0", broken));
      producer.send(
          new ProducerRecord<>("proposals", "transient-1", json.getBytes(StandardCharsets.UTF_8)));
    }

    try (CommittedRecords deadLetters = new CommittedRecords(bootstrapServers, "proposals.DLT")) {
      List<ConsumerRecord<String, byte[]>> found =
          await()
              .atMost(Duration.ofSeconds(60))
              .until(
                  () -> deadLetters.read(key -> key.startsWith("transient-")),
                  records -> records.size() >= 2);

      assertThat(found).hasSize(2);
      ConsumerRecord<String, byte[]> invalid = found.get(0);
      assertThat(invalid.key()).isEqualTo("transient-0");
      assertThat(header(invalid, DeadLetterHeaders.REASON))
          .as("an invalid record keeps its own reason when its batch failed for another one")
          .isEqualTo("invalid-json");
      assertThat(invalid.value()).isEqualTo(broken);
      ConsumerRecord<String, byte[]> letter = found.get(1);
      assertThat(letter.key()).isEqualTo("transient-1");
      assertThat(header(letter, DeadLetterHeaders.REASON)).isEqualTo("retries-exhausted");
      assertThat(header(letter, "kafka_dlt-exception-stacktrace")).contains("not-created");
      assertThat(new String(letter.value(), StandardCharsets.UTF_8)).isEqualTo(json);
    }
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () -> {
              assertThat(deadLetterCount("retries-exhausted")).isEqualTo(1.0);
              assertThat(deadLetterCount("invalid-json")).isEqualTo(1.0);
            });
    assertThat(classifiedCount())
        .as("the proposal was classified on every try, but no event was ever published")
        .isZero();
  }

  private double deadLetterCount(String reason) {
    return meters.get("classifier.dead.letters").tag("reason", reason).counter().count();
  }

  private double classifiedCount() {
    return meters.find("classifier.proposals.classified").counters().stream()
        .mapToDouble(Counter::count)
        .sum();
  }
}
