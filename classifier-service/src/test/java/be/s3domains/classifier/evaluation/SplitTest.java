package be.s3domains.classifier.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import be.s3domains.classifier.SharedDatasets;
import org.junit.jupiter.api.Test;

class SplitTest {

  @Test
  void splitsByTheLastDigitOfTheId() {
    assertThat(Split.DEV.contains("cordis-he-101230")).isTrue();
    assertThat(Split.DEV.contains("cordis-he-101236")).isTrue();
    assertThat(Split.TEST.contains("cordis-he-101237")).isTrue();
    assertThat(Split.TEST.contains("cordis-he-101239")).isTrue();
    assertThat(Split.DEV.contains("cordis-he-101239")).isFalse();
  }

  @Test
  void idsWithoutADigitBelongToNeitherSplit() {
    assertThat(Split.DEV.contains("proposal")).isFalse();
    assertThat(Split.TEST.contains("proposal")).isFalse();
    assertThat(Split.ALL.contains("proposal")).isTrue();
  }

  @Test
  void theSharedSampleSplitsIntoItsDocumentedSizes() {
    org.junit.jupiter.api.Assumptions.assumeTrue(
        SharedDatasets.cordis().isPresent(), "shared datasets absent");

    assertThat(SharedDatasets.read(SharedDatasets.cordis().get(), Split.DEV)).hasSize(780);
    assertThat(SharedDatasets.read(SharedDatasets.cordis().get(), Split.TEST)).hasSize(338);
  }
}
