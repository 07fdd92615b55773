package be.s3domains.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import be.s3domains.classifier.contract.ProposalJson;
import be.s3domains.classifier.scoring.Proposal;
import java.util.List;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

class ProposalFeedTest {

  private final ProposalFeed feed = new ProposalFeed("localhost:0");
  private final List<Proposal> samples = SampleProposals.proposals();

  @Test
  void recordIIsSampleIModuloTheSamplesWithIdAndKeyPi() {
    for (int i : new int[] {0, 1, 2, samples.size(), samples.size() + 1, 123_457}) {
      ProducerRecord<String, byte[]> record = feed.proposal("in", i);
      Proposal proposal = ProposalJson.parse(record.value());
      Proposal sample = samples.get(i % samples.size());

      assertThat(record.topic()).isEqualTo("in");
      assertThat(record.key()).isEqualTo("p-" + i);
      assertThat(ProposalFeed.index(record.key())).isEqualTo(i);
      assertThat(proposal.id()).isEqualTo("p-" + i);
      assertThat(proposal.title()).isEqualTo(sample.title());
      assertThat(proposal.description()).isEqualTo(sample.description());
      assertThat(proposal.keywords()).isEqualTo(sample.keywords());
    }
  }

  @Test
  void everyOtherRecordLeavesItsLanguageToBeDetected() {
    for (int i = 0; i < 2 * samples.size(); i++) {
      Proposal proposal = ProposalJson.parse(feed.proposal("in", i).value());
      if (i % 2 == 1) {
        assertThat(proposal.hasStatedLanguage()).as("record %d", i).isFalse();
      } else {
        assertThat(proposal.language()).isEqualTo(samples.get(i % samples.size()).language());
      }
    }
  }
}
