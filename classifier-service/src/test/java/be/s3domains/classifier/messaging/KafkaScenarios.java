package be.s3domains.classifier.messaging;

import static be.s3domains.classifier.CommittedRecords.header;
import static be.s3domains.classifier.CommittedRecords.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import be.s3domains.classifier.CommittedRecords;
import be.s3domains.classifier.PolicyViolations;
import be.s3domains.classifier.ServiceTest;
import be.s3domains.classifier.TestProposals;
import be.s3domains.classifier.contract.ClassificationJson;
import be.s3domains.classifier.contract.DeadLetterHeaders;
import be.s3domains.classifier.contract.InvalidProposalException;
import be.s3domains.classifier.scoring.Classification;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.BatchConsumerAwareMessageListener;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.MessageListenerContainer;

/**
 * The streaming scenarios, run against whichever broker the subclass provides: every proposal gets
 * one CloudEvent, every bad record one dead letter with its reason, and nothing is duplicated or
 * lost while instances join, leave and restart.
 */
abstract class KafkaScenarios extends ServiceTest {

  @Autowired KafkaListenerEndpointRegistry registry;
  @Autowired ConcurrentKafkaListenerContainerFactory<Object, Object> factory;
  @Autowired ProposalListener listener;

  private final String run = UUID.randomUUID().toString().substring(0, 8);
  private CommittedRecords events;
  private CommittedRecords deadLetters;

  @BeforeEach
  void readTheOutputTopics() {
    events = new CommittedRecords(bootstrapServers, "domain-matches");
    deadLetters = new CommittedRecords(bootstrapServers, "proposals.DLT");
  }

  @AfterEach
  void closeTheReaders() {
    events.close();
    deadLetters.close();
  }

  @Test
  void publishesOneCloudEventPerProposalWithItsDomains() {
    String energy = run + "-energy";
    String food = run + "-food";
    String none = run + "-none";
    produce(
        List.of(
            good(energy, TestProposals.heatPumpRenovation()),
            good(food, TestProposals.dairyWaste()),
            good(none, TestProposals.unrelated())));

    List<ConsumerRecord<String, byte[]>> published =
        await()
            .atMost(Duration.ofSeconds(30))
            .until(() -> events.read(key -> key.startsWith(run)), records -> records.size() >= 3);

    assertThat(published).hasSize(3);
    Map<String, Classification> results =
        published.stream()
            .collect(
                Collectors.toMap(
                    ConsumerRecord::key, record -> ClassificationJson.read(value(record))));
    assertThat(results.get(energy).primaryDomain()).isEqualTo("energy");
    assertThat(results.get(food).primaryDomain()).isEqualTo("food");
    assertThat(results.get(none).primaryDomain()).isNull();
    assertThat(results.get(energy).catalogVersion()).startsWith("0.1+");
    for (ConsumerRecord<String, byte[]> event : published) {
      assertThat(header(event, "ce_specversion")).isEqualTo("1.0");
      assertThat(header(event, "ce_type")).isEqualTo("be.s3domains.domain-match.v1");
      assertThat(header(event, "ce_source")).isEqualTo("/s3-domain-classifier");
      assertThat(header(event, "ce_id")).matches("proposals-\\d+-\\d+");
      assertThat(header(event, "ce_subject")).isEqualTo(event.key());
      assertThat(header(event, "ce_time")).isNotBlank();
      assertThat(header(event, "content-type")).isEqualTo("application/json");
    }
  }

  @Test
  void sendsEachBadRecordToTheDeadLetterTopicWithItsReasonAndClassifiesTheNextOne() {
    Map<String, BadRecord> bad = new LinkedHashMap<>();
    bad.put("not-json", new BadRecord(bytes("this is not json"), "invalid-json"));
    bad.put("truncated", new BadRecord(bytes("{\"id\": \"x\", \"title\": \"Heat"), "invalid-json"));
    bad.put("array", new BadRecord(bytes("[\"not\",\"an\",\"object\"]"), "not-an-object"));
    bad.put("no-id", new BadRecord(bytes("{\"description\":\"Dairy.\"}"), "missing-field"));
    bad.put(
        "blank-id", new BadRecord(bytes("{\"id\":\" \",\"text\":\"Dairy.\"}"), "missing-field"));
    bad.put("no-text", new BadRecord(bytes("{\"id\":\"x\",\"title\":\"\"}"), "missing-field"));
    bad.put("blank-text", new BadRecord(bytes("{\"id\":\"x\",\"text\":\"  \"}"), "missing-field"));
    bad.put("types", new BadRecord(bytes("{\"id\":42,\"description\":[\"a\"]}"), "wrong-type"));
    bad.put("too-large", new BadRecord(tooLarge(), "too-large"));
    bad.put("invalid-utf8", new BadRecord(invalidUtf8(), "invalid-utf8"));
    bad.put("tombstone", new BadRecord(null, "tombstone"));
    bad.put("zero-width-id", new BadRecord(PolicyViolations.zeroWidthSpaceInId(), "invalid-value"));
    bad.put("nul-id", new BadRecord(PolicyViolations.nulInId(), "invalid-value"));
    bad.put(
        "lone-surrogate-id", new BadRecord(PolicyViolations.loneSurrogateInId(), "invalid-value"));
    bad.put(
        "encoded-surrogate", new BadRecord(PolicyViolations.encodedSurrogate(), "invalid-utf8"));
    List<ProducerRecord<String, byte[]>> records = new ArrayList<>();
    bad.forEach(
        (name, record) -> {
          records.add(new ProducerRecord<>("proposals", run + "-bad-" + name, record.value()));
          records.add(good(run + "-after-" + name, TestProposals.dairyWaste()));
        });

    produce(records);

    Map<String, ConsumerRecord<String, byte[]>> dead =
        await()
            .atMost(Duration.ofSeconds(30))
            .until(
                () -> byKey(deadLetters.read(key -> key.startsWith(run + "-bad-"))),
                found -> found.size() >= bad.size());
    Map<String, ConsumerRecord<String, byte[]>> classified =
        await()
            .atMost(Duration.ofSeconds(30))
            .until(
                () -> byKey(events.read(key -> key.startsWith(run + "-after-"))),
                found -> found.size() >= bad.size());
    assertThat(classified).hasSize(bad.size());
    assertThat(dead).hasSize(bad.size());
    bad.forEach(
        (name, expected) -> {
          ConsumerRecord<String, byte[]> letter = dead.get(run + "-bad-" + name);
          assertThat(header(letter, DeadLetterHeaders.REASON))
              .as(name)
              .isEqualTo(expected.reason());
          assertThat(header(letter, "kafka_dlt-exception-fqcn"))
              .as(name)
              .isEqualTo(InvalidProposalException.class.getName());
          assertThat(header(letter, "kafka_dlt-exception-message")).as(name).isNotBlank();
          assertThat(header(letter, "kafka_dlt-original-topic")).as(name).isEqualTo("proposals");
          assertThat(letter.headers().lastHeader("kafka_dlt-original-partition")).isNotNull();
          assertThat(letter.headers().lastHeader("kafka_dlt-original-offset")).isNotNull();
          assertThat(letter.value()).as(name).isEqualTo(expected.value());
        });
    ConsumerRecord<String, byte[]> zeroWidth = dead.get(run + "-bad-zero-width-id");
    assertThat(header(zeroWidth, DeadLetterHeaders.FIELD)).isEqualTo("id");
    assertThat(header(zeroWidth, "kafka_dlt-exception-message"))
        .isEqualTo(PolicyViolations.ZERO_WIDTH_SPACE + "; ids may hold printable characters only");
    assertThat(header(dead.get(run + "-bad-lone-surrogate-id"), "kafka_dlt-exception-message"))
        .startsWith(PolicyViolations.LONE_SURROGATE);
  }

  @Test
  void deadLettersAValueTooLargeToRepublishWithoutItsBytesAndClassifiesTheNextOne() {
    byte[] huge = new byte[1_500_000];
    Arrays.fill(huge, (byte) ' ');
    String hugeKey = run + "-huge";
    String nextKey = run + "-after-huge";

    produce(
        List.of(
            new ProducerRecord<>("proposals", hugeKey, huge),
            good(nextKey, TestProposals.dairyWaste())));

    ConsumerRecord<String, byte[]> letter =
        await()
            .atMost(Duration.ofSeconds(30))
            .until(() -> deadLetters.read(hugeKey::equals), found -> !found.isEmpty())
            .get(0);
    assertThat(header(letter, DeadLetterHeaders.REASON)).isEqualTo("too-large");
    assertThat(header(letter, DeadLetterHeaders.ORIGINAL_SIZE)).isEqualTo("1500000");
    assertThat(header(letter, "kafka_dlt-original-topic")).isEqualTo("proposals");
    assertThat(letter.headers().lastHeader("kafka_dlt-original-offset")).isNotNull();
    assertThat(letter.value()).isNull();
    assertThat(
            await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> events.read(nextKey::equals), found -> !found.isEmpty()))
        .hasSize(1);
  }

  @Test
  void publishesEachProposalExactlyOnceWhileInstancesJoinLeaveAndRestart() {
    MessageListenerContainer service = registry.getListenerContainer(ProposalListener.ID);
    ConcurrentMessageListenerContainer<Object, Object> second = secondInstance();
    try {
      produce(proposals(0, 60));
      await().atMost(Duration.ofSeconds(30)).until(() -> !events.read(this::ours).isEmpty());

      second.start();
      produce(proposals(60, 120));
      await().atMost(Duration.ofSeconds(30)).until(() -> !second.getAssignedPartitions().isEmpty());

      service.stop();
      produce(proposals(120, 180));
      service.start();
      second.stop();
      produce(proposals(180, 240));

      await()
          .atMost(Duration.ofSeconds(60))
          .until(
              () ->
                  events.read(this::ours).stream().map(ConsumerRecord::key).distinct().count()
                      == 240);
      await()
          .pollDelay(Duration.ofSeconds(2))
          .atMost(Duration.ofSeconds(5))
          .untilAsserted(() -> assertThat(duplicates(events.read(this::ours))).isEmpty());
    } finally {
      second.stop();
      if (!service.isRunning()) {
        service.start();
      }
    }
  }

  private ConcurrentMessageListenerContainer<Object, Object> secondInstance() {
    ConcurrentMessageListenerContainer<Object, Object> second =
        factory.createContainer("proposals");
    second.getContainerProperties().setClientId("second-instance");
    second.setupMessageListener((BatchConsumerAwareMessageListener<String, byte[]>) listener::on);
    return second;
  }

  /** Each key published more than once, with the input records (ce_id) its events came from. */
  private static Map<String, List<String>> duplicates(List<ConsumerRecord<String, byte[]>> found) {
    return found.stream()
        .collect(
            Collectors.groupingBy(
                ConsumerRecord::key,
                Collectors.mapping(record -> header(record, "ce_id"), Collectors.toList())))
        .entrySet()
        .stream()
        .filter(entry -> entry.getValue().size() > 1)
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  private boolean ours(String key) {
    return key.startsWith(run + "-n-");
  }

  private List<ProducerRecord<String, byte[]>> proposals(int from, int to) {
    return IntStream.range(from, to)
        .mapToObj(n -> good(run + "-n-" + n, TestProposals.heatPumpRenovation()))
        .toList();
  }

  private static ProducerRecord<String, byte[]> good(
      String id, be.s3domains.classifier.scoring.Proposal proposal) {
    return proposal(id, TestProposals.json(TestProposals.withId(proposal, id)));
  }

  private static Map<String, ConsumerRecord<String, byte[]>> byKey(
      List<ConsumerRecord<String, byte[]>> records) {
    return records.stream()
        .collect(Collectors.toMap(ConsumerRecord::key, Function.identity(), (a, b) -> a));
  }

  private static byte[] bytes(String text) {
    return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  private static byte[] tooLarge() {
    byte[] value = new byte[16 * 1024 + 1];
    Arrays.fill(value, (byte) ' ');
    return value;
  }

  private static byte[] invalidUtf8() {
    return ByteBuffer.allocate(11)
        .put(new byte[] {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'})
        .array();
  }

  private record BadRecord(byte[] value, String reason) {}
}
