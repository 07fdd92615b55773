package be.s3domains.classifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import be.s3domains.classifier.scoring.Proposal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggerConfiguration;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Proposals can be confidential: with everything logging at INFO, neither the title, the text nor
 * the keywords of a proposal reach the log, whether it comes through Kafka or REST, is classified
 * or rejected.
 */
@EmbeddedBroker
@ExtendWith(OutputCaptureExtension.class)
class ProposalTextLoggingIT extends ServiceTest {

  private static final List<String> LOGGERS = List.of("ROOT", "org.apache.kafka", "kafka");

  @Autowired LoggingSystem logging;

  @Test
  void logsNoTitleAndNoTextOfAProposalAtInfo(CapturedOutput output) {
    String secret = "Zorblax" + UUID.randomUUID().toString().replace("-", "");
    Proposal proposal =
        new Proposal(
            "leak-" + secret.substring(7, 15),
            "Title " + secret,
            "We renovate buildings with a heat pump; " + secret + " stays between us.",
            "en",
            List.of("keyword " + secret));
    Map<String, LogLevel> before = levels();
    try {
      LOGGERS.forEach(logger -> logging.setLogLevel(logger, LogLevel.INFO));

      postJson("/api/v1/classifications", bytes(TestProposals.json(proposal)));
      postJson("/api/v1/classifications", bytes("{\"id\":\"leak-rest\",\"text\":" + secret + "}"));
      produce(
          List.of(
              proposal(proposal.id(), TestProposals.json(proposal)),
              proposal("leak-json", "{\"id\":\"leak-json\",\"text\":" + secret + "}"),
              proposal(
                  "leak-language",
                  TestProposals.json(
                      new Proposal("leak-language", secret, secret, "xx-" + secret, List.of())))));
      awaitCommitted("domain-matches", Set.of(proposal.id()));
      awaitCommitted("proposals.DLT", Set.of("leak-json", "leak-language"));
    } finally {
      before.forEach(logging::setLogLevel);
    }

    assertThat(output.getOut()).as("what was logged at INFO").contains(" INFO ");
    assertThat(output.getAll()).doesNotContain(secret);
  }

  private void awaitCommitted(String topic, Set<String> keys) {
    try (CommittedRecords records = new CommittedRecords(bootstrapServers, topic)) {
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> records.read(keys::contains).size() >= keys.size());
    }
  }

  private Map<String, LogLevel> levels() {
    Map<String, LogLevel> levels = new HashMap<>();
    for (String name : LOGGERS) {
      LoggerConfiguration logger = logging.getLoggerConfiguration(name);
      levels.put(name, logger == null ? null : logger.getConfiguredLevel());
    }
    return levels;
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
