package be.s3domains.classifier.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import be.s3domains.classifier.EmbeddedBroker;
import be.s3domains.classifier.ServiceTest;
import be.s3domains.classifier.TestProposals;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;

/** Health groups, info, metrics and catalog reload of the running service. */
@EmbeddedBroker
class OperationsIT extends ServiceTest {

  @Autowired KafkaListenerEndpointRegistry registry;

  @Test
  void isLiveAndReadyOnlyWhileTheListenerHoldsPartitions() {
    assertThat(getManagement("/actuator/health/liveness").statusCode()).isEqualTo(200);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> getManagement("/actuator/health/readiness").statusCode() == 200);
    assertThat(getManagement("/actuator/health/readiness").body()).contains("kafkaListeners");
    assertThat(getManagement("/actuator/health").body())
        .contains("diskSpace")
        .doesNotContain("details");

    MessageListenerContainer listener = registry.getListenerContainer("proposals");
    try {
      listener.stop();
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> getManagement("/actuator/health/readiness").statusCode() == 503);
      assertThat(getManagement("/actuator/health/readiness").body()).contains("OUT_OF_SERVICE");
    } finally {
      listener.start();
    }
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> getManagement("/actuator/health/readiness").statusCode() == 200);
  }

  @Test
  void exposesOnlyHealthInfoAndPrometheusOnTheManagementPort() {
    assertThat(managementPort).isNotEqualTo(port);
    assertThat(getManagement("/actuator/health/liveness").statusCode()).isEqualTo(200);
    assertThat(getManagement("/actuator/info").statusCode()).isEqualTo(200);
    assertThat(getManagement("/actuator/prometheus").statusCode()).isEqualTo(200);
    for (String hidden :
        List.of("/actuator", "/actuator/env", "/actuator/beans", "/actuator/metrics")) {
      assertThat(getManagement(hidden).statusCode()).as(hidden).isEqualTo(404);
    }
    assertThat(getManagement("/api/v1/domains").statusCode()).isEqualTo(404);
  }

  @Test
  void servesNoActuatorEndpointOnTheApiPort() {
    for (String endpoint :
        List.of("/actuator/health", "/actuator/info", "/actuator/prometheus", "/actuator")) {
      assertThat(get(endpoint).statusCode()).as(endpoint).isEqualTo(404);
    }
    assertThat(get("/api/v1/domains").statusCode()).isEqualTo(200);
  }

  @Test
  void tellsTheBuildAndTheCatalogVersionInInfo() {
    String info = getManagement("/actuator/info").body();

    assertThat(info).contains("\"build\"", "\"artifact\":\"classifier-service\"");
    assertThat(info).contains("\"catalog\"", "\"version\":\"0.1+");
  }

  @Test
  void publishesTheServiceMetricsWithCommonTags() {
    postJson("/api/v1/classifications", json(TestProposals.dairyWaste()));
    produce(
        List.of(
            proposal("ops-tombstone", null),
            proposal(
                "ops-food",
                TestProposals.json(TestProposals.withId(TestProposals.dairyWaste(), "ops-food")))));

    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                assertThat(getManagement("/actuator/prometheus").body())
                    .contains("classifier_dead_letters_total{")
                    .contains("reason=\"tombstone\"")
                    .contains("classifier_end_to_end_delay_seconds_bucket{"));
    String scrape = getManagement("/actuator/prometheus").body();
    assertThat(scrape)
        .contains("classifier_proposals_classified_total{")
        .contains("domain=\"food\"")
        .contains("classifier_matches_total{")
        .contains("classifier_classification_latency_seconds_bucket{")
        .contains("classifier_match_confidence_count{")
        .contains("classifier_catalog_active{")
        .contains("application=\"classifier-service\"")
        .contains("catalog_version=\"0.1+")
        .contains("spring_kafka_listener_seconds_count{")
        .contains("kafka_consumer_");
  }

  @Test
  void reloadsAChangedCatalogAndRejectsABadOne() throws IOException {
    String original = versionInUse();
    try {
      Files.writeString(CATALOG, CATALOG_TEXT.replace("heat pump: 1.0", "heat pump: 9.0"));
      await()
          .during(Duration.ofSeconds(1))
          .atMost(Duration.ofSeconds(5))
          .until(() -> versionInUse().equals(original));

      Files.writeString(CATALOG, CATALOG_TEXT.replace("version: \"0.1\"", "version: \"0.2\""));
      await().atMost(Duration.ofSeconds(10)).until(() -> versionInUse().startsWith("0.2+"));
      assertThat(postJson("/api/v1/classifications", json(TestProposals.dairyWaste())).body())
          .contains("\"catalogVersion\":\"0.2+");
      assertThat(getManagement("/actuator/info").body()).contains("\"version\":\"0.2+");
    } finally {
      Files.writeString(CATALOG, CATALOG_TEXT);
    }
    await().atMost(Duration.ofSeconds(10)).until(() -> versionInUse().equals(original));
  }

  private String versionInUse() {
    HttpResponse<String> domains = get("/api/v1/domains");
    String body = domains.body();
    int start = body.indexOf("\"catalogVersion\":\"") + "\"catalogVersion\":\"".length();
    return body.substring(start, body.indexOf('"', start));
  }

  private static byte[] json(be.s3domains.classifier.scoring.Proposal proposal) {
    return TestProposals.json(proposal).getBytes(StandardCharsets.UTF_8);
  }
}
