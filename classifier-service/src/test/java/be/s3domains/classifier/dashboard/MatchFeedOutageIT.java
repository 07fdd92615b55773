package be.s3domains.classifier.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import be.s3domains.classifier.StandaloneBroker;
import be.s3domains.classifier.TestEngine;
import be.s3domains.classifier.TestProposals;
import be.s3domains.classifier.contract.ClassificationJson;
import be.s3domains.classifier.scoring.Proposal;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.test.utils.KafkaTestUtils;

/**
 * The dashboard's consumer on a broker of its own, which the test takes away and brings back on the
 * same port and log directories: the feed says it is no longer connected (the page shows
 * "reconnecting"), then connected again, and the events published after the restart reach the
 * dashboard's view, each counted once.
 */
class MatchFeedOutageIT {

  private static final String EVENTS = "domain-matches";
  private static final Duration PATIENCE = Duration.ofSeconds(90);

  @Test
  void resumesTheFeedWhenTheBrokerComesBack() {
    LiveTally tally = new LiveTally(Duration.ofMinutes(5), 10);
    StandaloneBroker broker = StandaloneBroker.start(1, EVENTS, "proposals.DLT");
    MatchFeed feed =
        new MatchFeed(
            Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()),
            "dashboard-outage-it",
            "earliest",
            EVENTS,
            "proposals.DLT",
            tally);
    feed.start();
    try {
      publishEvent(broker.bootstrapServers(), "before-outage");
      await("the event before the outage shown").until(() -> shows(tally, "before-outage"));
      await("connected").until(() -> view(tally).connected());

      broker.stop();
      await("reconnecting").until(() -> !view(tally).connected());

      broker.restart();
      await("connected again").until(() -> view(tally).connected());
      assertThat(publishEvent(broker.bootstrapServers(), "after-outage"))
          .as("the offset after the restart: the log kept the event before it")
          .isEqualTo(1);
      await("the event after the outage shown").until(() -> shows(tally, "after-outage"));

      assertThat(view(tally).events()).as("each event counted once, none read again").isEqualTo(2);
      assertThat(view(tally).latest())
          .extracting(LatestEvent::proposalId)
          .containsExactly("after-outage", "before-outage");
    } finally {
      feed.stop();
      broker.close();
    }
  }

  /** Publishes an event for this proposal and returns its offset. */
  private static long publishEvent(String bootstrapServers, String proposalId) {
    Proposal proposal = TestProposals.withId(TestProposals.heatPumpRenovation(), proposalId);
    String event = ClassificationJson.write(TestEngine.miniClassifier().classify(proposal));
    try (KafkaProducer<String, String> producer =
        new KafkaProducer<>(
            KafkaTestUtils.producerProps(bootstrapServers),
            new StringSerializer(),
            new StringSerializer())) {
      return producer.send(new ProducerRecord<>(EVENTS, proposalId, event)).get().offset();
    } catch (ExecutionException e) {
      throw new IllegalStateException("The broker did not take " + proposalId, e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static ConditionFactory await(String what) {
    return Awaitility.await(what).atMost(PATIENCE);
  }

  private static boolean shows(LiveTally tally, String proposalId) {
    return view(tally).latest().stream().anyMatch(event -> event.proposalId().equals(proposalId));
  }

  private static DashboardView view(LiveTally tally) {
    return tally.view(System.currentTimeMillis());
  }
}
