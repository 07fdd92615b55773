package be.s3domains.classifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.Network;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.utility.DockerImageName;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The service image (scripts/docker-images.sh builds it) in a container next to a Kafka container,
 * on a network of their own, as an operator runs it: it starts as a non-root user, turns ready and
 * publishes one domain-match event per sample proposal fed through Kafka. Runs with {@code
 * -Ptestcontainers} where {@code SERVICE_IMAGE} names the image; skipped where Docker is missing.
 */
@Testcontainers(disabledWithoutDocker = true)
class ServiceImageContainerIT {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static Network network;
  private static KafkaContainer kafka;
  private static GenericContainer<?> service;

  @BeforeAll
  static void startKafkaAndTheService() {
    Optional<DockerImageName> image = ContainerImages.service();
    assumeTrue(image.isPresent(), "SERVICE_IMAGE names no image (scripts/docker-images.sh)");
    network = Network.newNetwork();
    kafka =
        new KafkaContainer(ContainerImages.kafka())
            .withNetwork(network)
            .withListener("kafka:19092");
    kafka.start();
    service =
        new GenericContainer<>(image.get())
            .withNetwork(network)
            .withEnv("SPRING_KAFKA_BOOTSTRAP_SERVERS", "kafka:19092")
            .withEnv("CLASSIFIER_TOPICS_PARTITIONS", "2")
            .withExposedPorts(8080, 8081)
            .waitingFor(
                Wait.forHttp("/actuator/health/readiness")
                    .forPort(8081)
                    .forStatusCode(200)
                    .withStartupTimeout(Duration.ofMinutes(3)));
    service.start();
  }

  @AfterAll
  static void stopThem() {
    if (service != null) {
      service.stop();
    }
    if (kafka != null) {
      kafka.stop();
    }
    if (network != null) {
      network.close();
    }
  }

  @Test
  void runsAsAnUnprivilegedUser() throws Exception {
    String user = service.execInContainer("id", "-u").getStdout().trim();

    assertThat(user).isNotEmpty().isNotEqualTo("0");
  }

  @Test
  void publishesOneEventPerProposalFedThroughKafka() {
    Map<String, String> samples = samples();
    feed(samples);

    try (CommittedRecords events =
        new CommittedRecords(kafka.getBootstrapServers(), "domain-matches")) {
      await()
          .atMost(Duration.ofMinutes(2))
          .until(() -> keys(events.read(samples::containsKey)), samples.keySet()::equals);
      List<ConsumerRecord<String, byte[]>> published = events.readToEnd(samples::containsKey);

      assertThat(published).hasSameSizeAs(samples.keySet());
      Map<String, JsonNode> byId =
          published.stream()
              .collect(
                  Collectors.toMap(
                      ConsumerRecord::key, event -> JSON.readTree(CommittedRecords.value(event))));
      assertThat(byId)
          .allSatisfy((id, event) -> assertThat(event.path("proposalId").asString()).isEqualTo(id));
      assertThat(byId.get("sample-en-01").path("primaryDomain").asString())
          .isEqualTo("sustainable-chemistry");
    }
  }

  private static Set<String> keys(List<ConsumerRecord<String, byte[]>> records) {
    return records.stream().map(ConsumerRecord::key).collect(Collectors.toSet());
  }

  private static void feed(Map<String, String> proposals) {
    Map<String, Object> config =
        Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.getBootstrapServers(),
            ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
            ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
    try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
      proposals.forEach((id, json) -> producer.send(new ProducerRecord<>("proposals", id, json)));
    }
  }

  /** The bundled sample proposals by id. */
  private static Map<String, String> samples() {
    try (InputStream in =
        ServiceImageContainerIT.class
            .getClassLoader()
            .getResourceAsStream("samples/proposals.jsonl")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .filter(line -> !line.isBlank())
          .collect(
              Collectors.toMap(
                  line -> JSON.readTree(line).path("id").asString(), Function.identity()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
