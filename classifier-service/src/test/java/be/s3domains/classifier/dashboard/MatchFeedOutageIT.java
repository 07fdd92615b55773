package be.s3domains.classifier.dashboard;

import static org.awaitility.Awaitility.await;

import be.s3domains.classifier.StandaloneBroker;
import be.s3domains.classifier.TestEngine;
import be.s3domains.classifier.TestProposals;
import be.s3domains.classifier.contract.ClassificationJson;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.test.utils.KafkaTestUtils;

/**
 * The dashboard's consumer on a broker of its own, which the test takes away: the feed stops saying
 * it is connected, which the page shows as "reconnecting". (That it resumes is not tested: the
 * embedded broker cannot come back on the same port.)
 */
class MatchFeedOutageIT {

  private static final String EVENTS = "domain-matches";
  private static final Duration PATIENCE = Duration.ofSeconds(90);

  @Test
  void saysItIsNoLongerConnectedWhenTheBrokerGoesAway() {
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
      publishEvent(broker.bootstrapServers());
      await().atMost(PATIENCE).until(() -> tally.view(now()).events() == 1);
      await().atMost(PATIENCE).until(() -> tally.view(now()).connected());

      broker.close();

      await().atMost(PATIENCE).until(() -> !tally.view(now()).connected());
    } finally {
      feed.stop();
      broker.close();
    }
  }

  private static void publishEvent(String bootstrapServers) {
    String event =
        ClassificationJson.write(
            TestEngine.miniClassifier().classify(TestProposals.heatPumpRenovation()));
    try (KafkaProducer<String, String> producer =
        new KafkaProducer<>(
            KafkaTestUtils.producerProps(bootstrapServers),
            new StringSerializer(),
            new StringSerializer())) {
      producer.send(new ProducerRecord<>(EVENTS, "energy-1", event));
    }
  }

  private static long now() {
    return System.currentTimeMillis();
  }
}
