package be.s3domains.classifier.messaging;

import static org.awaitility.Awaitility.await;

import be.s3domains.classifier.CommittedRecords;
import be.s3domains.classifier.EmbeddedBroker;
import be.s3domains.classifier.ServiceTest;
import be.s3domains.classifier.TestProposals;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * A batch's events leave as soon as the batch is classified: the listener flushes its sends before
 * it waits for their acknowledgements, so a long {@code linger.ms} does not hold the batch (and its
 * transaction) back. Without the flush, the event below would wait out the whole minute.
 */
@EmbeddedBroker
@TestPropertySource(properties = "spring.kafka.producer.properties.linger.ms=60000")
class EventsLeaveWithoutLingerIT extends ServiceTest {

  @Test
  void publishesTheEventLongBeforeTheProducersLingerRunsOut() {
    String id = "linger-" + UUID.randomUUID();
    produce(
        List.of(
            proposal(
                id,
                TestProposals.json(TestProposals.withId(TestProposals.heatPumpRenovation(), id)))));

    try (CommittedRecords events = new CommittedRecords(bootstrapServers, "domain-matches")) {
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> events.read(id::equals), published -> published.size() == 1);
    }
  }
}
