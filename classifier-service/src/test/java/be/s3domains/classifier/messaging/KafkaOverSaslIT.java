package be.s3domains.classifier.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import be.s3domains.classifier.CommittedRecords;
import be.s3domains.classifier.ScramBroker;
import be.s3domains.classifier.ServiceProcess;
import be.s3domains.classifier.TestProposals;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged service against a broker that takes only SASL clients: configured through the
 * environment as {@code k8s/components/kafka-scram} configures it, it signs in with SCRAM-SHA-512
 * as its own user, whose name and password it reads from files laid out as a mounted Secret
 * (Spring's {@code configtree:}), and classifies what another user feeds it. A client with a wrong
 * password is turned away.
 */
class KafkaOverSaslIT {

  private static final String SERVICE_USER = "classifier";
  private static final String SERVICE_PASSWORD = UUID.randomUUID().toString();
  private static final String FEEDER = "feeder";
  private static final String FEEDER_PASSWORD = UUID.randomUUID().toString();
  private static final int PROPOSALS = 20;

  private static ScramBroker broker;

  @BeforeAll
  static void startTheBroker() {
    broker = ScramBroker.start();
    broker.addUser(SERVICE_USER, SERVICE_PASSWORD);
    broker.addUser(FEEDER, FEEDER_PASSWORD);
  }

  @AfterAll
  static void stopTheBroker() {
    if (broker != null) {
      broker.close();
    }
  }

  @Test
  void classifiesOverSaslWithCredentialsReadFromSecretFiles(@TempDir Path secrets)
      throws IOException {
    Path kafka = Files.createDirectories(secrets.resolve("kafka"));
    Files.writeString(kafka.resolve("username"), SERVICE_USER);
    Files.writeString(kafka.resolve("password"), SERVICE_PASSWORD);
    String run = UUID.randomUUID().toString().substring(0, 8);
    // As k8s/components/kafka-scram sets them, but without TLS.
    Map<String, String> environment =
        Map.of(
            "SPRING_CONFIG_IMPORT",
            "configtree:" + secrets.toAbsolutePath() + "/",
            "SPRING_KAFKA_SECURITY_PROTOCOL",
            "SASL_PLAINTEXT",
            "SPRING_KAFKA_PROPERTIES_SASL_MECHANISM",
            ScramBroker.MECHANISM,
            "SPRING_KAFKA_PROPERTIES_SASL_JAAS_CONFIG",
            "org.apache.kafka.common.security.scram.ScramLoginModule required"
                + " username=\"${kafka.username}\" password=\"${kafka.password}\";");
    try (ServiceProcess service =
        ServiceProcess.start(
            Path.of("target", "kafka-over-sasl", run + ".log"),
            environment,
            List.of(
                "--spring.kafka.bootstrap-servers=" + broker.bootstrapServers(),
                "--server.port=0",
                "--management.server.port=0",
                "--classifier.transaction-id-prefix=sasl-" + run + "-",
                "--classifier.topics.partitions=2"))) {
      await()
          .atMost(Duration.ofSeconds(60))
          .failFast("the service stopped", () -> !service.isAlive())
          .until(() -> broker.topics().containsAll(List.of("proposals", "domain-matches")));
      Set<String> ids = feed(run);

      try (CommittedRecords events =
          new CommittedRecords(broker.clientSettings(FEEDER, FEEDER_PASSWORD), "domain-matches")) {
        await()
            .atMost(Duration.ofSeconds(60))
            .failFast("the service stopped", () -> !service.isAlive())
            .until(() -> events.read(ids::contains).size() >= PROPOSALS);
        assertThat(events.readToEnd(ids::contains))
            .map(ConsumerRecord::key)
            .containsExactlyInAnyOrderElementsOf(ids);
      }
      assertThat(Files.readString(service.log())).doesNotContain("Authentication failed");
    }
  }

  @Test
  void turnsAwayAClientWithAWrongPassword() {
    assertThatThrownBy(() -> broker.canSignIn(SERVICE_USER, "not-" + SERVICE_PASSWORD))
        .hasRootCauseInstanceOf(SaslAuthenticationException.class);
    assertThatThrownBy(() -> broker.canSignIn("nobody", SERVICE_PASSWORD))
        .hasRootCauseInstanceOf(SaslAuthenticationException.class);
  }

  /** Sends proposals as the feeder user. */
  private static Set<String> feed(String run) {
    Map<String, Object> config = new HashMap<>(broker.clientSettings(FEEDER, FEEDER_PASSWORD));
    config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
    config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
    Set<String> ids =
        IntStream.range(0, PROPOSALS)
            .mapToObj(i -> "sasl-" + run + "-" + i)
            .collect(Collectors.toSet());
    try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config)) {
      for (String id : ids) {
        String json =
            TestProposals.json(TestProposals.withId(TestProposals.heatPumpRenovation(), id));
        producer.send(new ProducerRecord<>("proposals", id, json.getBytes(StandardCharsets.UTF_8)));
      }
    }
    return ids;
  }
}
