package be.s3domains.classifier.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.s3domains.classifier.TestProposals;
import be.s3domains.classifier.contract.InputPolicy;
import be.s3domains.classifier.contract.InvalidProposalException;
import be.s3domains.classifier.contract.ProposalProblem;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

class ProposalRecordsTest {

  private final ProposalRecords records = new ProposalRecords(new InputPolicy(1_000));

  @Test
  void readsTheProposalInTheValue() {
    String json = TestProposals.json(TestProposals.dairyWaste());

    assertThat(records.proposal(record(json.getBytes(StandardCharsets.UTF_8))))
        .isEqualTo(TestProposals.dairyWaste());
  }

  @Test
  void rejectsATombstone() {
    assertThatThrownBy(() -> records.proposal(record(null)))
        .isInstanceOf(InvalidProposalException.class)
        .hasMessageContaining("null value")
        .extracting(e -> ((InvalidProposalException) e).problem())
        .isEqualTo(ProposalProblem.TOMBSTONE);
  }

  @Test
  void rejectsAValueOverTheLimitNamingTheLimit() {
    assertThatThrownBy(() -> records.proposal(record(new byte[1_001])))
        .hasMessage("the proposal has 1001 bytes, the limit is 1000 bytes")
        .extracting(e -> ((InvalidProposalException) e).problem())
        .isEqualTo(ProposalProblem.TOO_LARGE);
  }

  private static ConsumerRecord<String, byte[]> record(byte[] value) {
    return new ConsumerRecord<>("proposals", 0, 7L, "key", value);
  }
}
