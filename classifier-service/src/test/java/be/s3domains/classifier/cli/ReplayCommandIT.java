package be.s3domains.classifier.cli;

import static be.s3domains.classifier.CommittedRecords.header;
import static be.s3domains.classifier.CommittedRecords.value;
import static org.assertj.core.api.Assertions.assertThat;

import be.s3domains.classifier.CommittedRecords;
import be.s3domains.classifier.contract.DeadLetterHeaders;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;

/** The replay command against a real broker, without the service. */
@EmbeddedKafka(
    partitions = 2,
    topics = {"replay.DLT", "replay-source", "replay-elsewhere"},
    brokerProperties = {
      "transaction.state.log.replication.factor=1",
      "transaction.state.log.min.isr=1",
      "offsets.topic.replication.factor=1",
      "group.initial.rebalance.delay.ms=0"
    })
class ReplayCommandIT {

  @Test
  void replaysTheChosenReasonsOnceToTheirOriginalTopicWithoutDeadLetterHeaders(
      EmbeddedKafkaBroker broker) {
    String servers = broker.getBrokersAsString();
    send(
        servers,
        letter("p-1", proposal("p-1"), "retries-exhausted"),
        letter("p-2", "not json", "invalid-json"),
        letter("p-3", proposal("p-3"), "retries-exhausted"),
        withoutValue(letter("p-4", null, "too-large")));

    CommandRun dryRun = replay(servers, "--dry-run");
    CommandRun first = replay(servers);
    CommandRun second = replay(servers);
    send(
        servers,
        letter("p-5", proposal("p-5"), "retries-exhausted"),
        letter("p-6", "{\"id\":\"p\u200B6\",\"text\":\"Dairy.\"}", "retries-exhausted"));
    CommandRun third = replay(servers);
    CommandRun overAgain =
        replay(servers, "--group", "over-again", "--reason", "too-large", "--dry-run");

    assertThat(dryRun.exitCode()).isZero();
    assertThat(dryRun.err()).contains("Dry run, nothing sent: would replay 2 dead letters");
    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(first.err())
        .contains("Replayed 2 dead letters from replay.DLT (to replay-source: 2)")
        .contains("left 2 (invalid-json: 1, too-large: 1)");
    assertThat(second.err()).contains("Replayed 0 dead letters").contains("left 0");
    assertThat(third.err())
        .contains("Replayed 1 dead letters")
        .contains("left 1 (retries-exhausted, now invalid-value: 1)");
    assertThat(overAgain.err())
        .contains("would replay 0 dead letters")
        .contains("left 6 (invalid-json: 1, retries-exhausted: 4, too-large, value left out: 1)");
    try (CommittedRecords source = new CommittedRecords(servers, "replay-source")) {
      List<ConsumerRecord<String, byte[]>> replayed = source.readToEnd(key -> true);
      assertThat(replayed)
          .extracting(ConsumerRecord::key)
          .containsExactlyInAnyOrder("p-1", "p-3", "p-5");
      ConsumerRecord<String, byte[]> one =
          replayed.stream().filter(r -> r.key().equals("p-1")).findFirst().orElseThrow();
      assertThat(value(one)).isEqualTo(proposal("p-1"));
      assertThat(header(one, "trace-id")).isEqualTo("trace-p-1");
      assertThat(one.headers())
          .allSatisfy(
              h ->
                  assertThat(h.key())
                      .doesNotStartWith(DeadLetterHeaders.PREFIX)
                      .doesNotStartWith(DeadLetterHeaders.SPRING_KAFKA_PREFIX));
    }
  }

  @Test
  void sendsToAnotherTopicWhenAskedAndNamesAMissingTopic(EmbeddedKafkaBroker broker) {
    String servers = broker.getBrokersAsString();
    send(servers, letter("q-1", proposal("q-1"), "retries-exhausted"));

    CommandRun elsewhere =
        replay(servers, "--group", "replay-elsewhere", "--to", "replay-elsewhere");
    CommandRun missing = replay(servers, "--from", "no-such-topic", "--patience", "PT2S");

    assertThat(elsewhere.err()).contains("(to replay-elsewhere: ");
    try (CommittedRecords target = new CommittedRecords(servers, "replay-elsewhere")) {
      assertThat(target.readToEnd("q-1"::equals)).hasSize(1);
    }
    assertThat(missing.exitCode()).isEqualTo(1);
    assertThat(missing.err()).contains("topic 'no-such-topic' does not exist");
  }

  private static CommandRun replay(String servers, String... options) {
    List<String> args = new ArrayList<>(List.of("replay", "--bootstrap-servers", servers));
    if (!List.of(options).contains("--from")) {
      args.addAll(List.of("--from", "replay.DLT"));
    }
    args.addAll(List.of(options));
    return CommandRun.of(args.toArray(String[]::new));
  }

  private static String proposal(String id) {
    return "{\"id\":\"" + id + "\",\"text\":\"Dairy waste.\"}";
  }

  private static ProducerRecord<String, byte[]> letter(String key, String value, String reason) {
    RecordHeaders headers = new RecordHeaders();
    headers.add("trace-id", ("trace-" + key).getBytes(StandardCharsets.UTF_8));
    headers.add(DeadLetterHeaders.REASON, reason.getBytes(StandardCharsets.UTF_8));
    headers.add(DeadLetterHeaders.ORIGINAL_TOPIC, "replay-source".getBytes(StandardCharsets.UTF_8));
    headers.add("kafka_dlt-original-offset", new byte[8]);
    return new ProducerRecord<>(
        "replay.DLT",
        null,
        key,
        value == null ? null : value.getBytes(StandardCharsets.UTF_8),
        headers);
  }

  private static ProducerRecord<String, byte[]> withoutValue(
      ProducerRecord<String, byte[]> letter) {
    letter
        .headers()
        .add(DeadLetterHeaders.ORIGINAL_SIZE, "2000000".getBytes(StandardCharsets.UTF_8));
    return letter;
  }

  @SafeVarargs
  private static void send(String servers, ProducerRecord<String, byte[]>... letters) {
    try (KafkaProducer<String, byte[]> producer =
        new KafkaProducer<>(
            Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, servers,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class))) {
      for (ProducerRecord<String, byte[]> letter : letters) {
        producer.send(letter);
      }
    }
  }
}
