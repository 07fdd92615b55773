package be.s3domains.classifier.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import be.s3domains.classifier.TestEngine;
import be.s3domains.classifier.TestProposals;
import org.junit.jupiter.api.Test;

/** Proposals that belong to two domains get both from the bundled, calibrated catalog. */
class MultiDomainCasesTest {

  private final Classifier classifier = TestEngine.loader().loadBundled();

  @Test
  void tagsEHealthAsCareAndIct() {
    Classification result = classifier.classify(TestProposals.eHealth());

    assertThat(result.matches())
        .extracting(DomainMatch::domain)
        .contains("personalised-care", "ict-platforms");
  }

  @Test
  void tagsUrbanMiningWithReverseLogisticsAsManufacturingAndLogistics() {
    Classification result = classifier.classify(TestProposals.urbanMining());

    assertThat(result.matches())
        .extracting(DomainMatch::domain)
        .contains("specialised-manufacturing", "value-added-logistics");
  }

  @Test
  void tagsBioBasedInsulationAsChemistryAndBuildings() {
    Classification result = classifier.classify(TestProposals.bioBasedInsulation());

    assertThat(result.matches())
        .extracting(DomainMatch::domain)
        .contains("sustainable-chemistry", "building-environment-energy");
  }
}
