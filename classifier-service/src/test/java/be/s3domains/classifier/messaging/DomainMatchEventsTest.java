package be.s3domains.classifier.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import be.s3domains.classifier.TestEngine;
import be.s3domains.classifier.TestProposals;
import be.s3domains.classifier.contract.ClassificationJson;
import be.s3domains.classifier.scoring.Classification;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

class DomainMatchEventsTest {

  private final DomainMatchEvents events =
      new DomainMatchEvents("domain-matches", "/test", "be.s3domains.domain-match.v1");

  @Test
  void carriesTheResultAsValueAndCloudEventsAttributesAsHeaders() {
    Classification result = TestEngine.miniClassifier().classify(TestProposals.dairyWaste());

    ProducerRecord<String, byte[]> event =
        events.event(new ConsumerRecord<>("proposals", 2, 41L, "food-1", new byte[0]), result);

    assertThat(event.topic()).isEqualTo("domain-matches");
    assertThat(event.key()).isEqualTo("food-1");
    assertThat(new String(event.value(), StandardCharsets.UTF_8))
        .isEqualTo(ClassificationJson.write(result));
    assertThat(header(event, "ce_id")).isEqualTo("proposals-2-41");
    assertThat(header(event, "ce_specversion")).isEqualTo("1.0");
    assertThat(header(event, "ce_source")).isEqualTo("/test");
    assertThat(header(event, "ce_type")).isEqualTo("be.s3domains.domain-match.v1");
    assertThat(header(event, "ce_subject")).isEqualTo("food-1");
    assertThat(header(event, "ce_time")).isEqualTo("2026-01-01T00:00:00Z");
    assertThat(header(event, "content-type")).isEqualTo("application/json");
  }

  private static String header(ProducerRecord<?, ?> record, String name) {
    return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
  }
}
