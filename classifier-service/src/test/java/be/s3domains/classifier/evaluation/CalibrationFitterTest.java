package be.s3domains.classifier.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import be.s3domains.catalog.DomainCatalog;
import be.s3domains.classifier.TestEngine;
import be.s3domains.classifier.scoring.Calibration;
import be.s3domains.classifier.scoring.Classifier;
import be.s3domains.classifier.scoring.DomainCalibration;
import be.s3domains.classifier.scoring.Proposal;
import be.s3domains.classifier.scoring.ScoredProposal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CalibrationFitterTest {

  private final DomainCatalog catalog = TestEngine.miniCatalog();
  private final Classifier classifier = TestEngine.miniClassifier();

  @Test
  void domainsWithTooFewLabelledProposalsShareThePooledCurve() {
    List<LabelledProposal> labelled = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      labelled.add(
          SyntheticLabels.labelled(
              i, "Energy savings through building renovation", Set.of("energy")));
    }
    for (int i = 0; i < 6; i++) {
      labelled.add(SyntheticLabels.labelled(100 + i, "A new factory hall", Set.of()));
      labelled.add(SyntheticLabels.labelled(200 + i, "Whey from dairy farms", Set.of()));
    }
    for (int i = 0; i < 3; i++) {
      labelled.add(
          SyntheticLabels.labelled(
              300 + i, "Additive manufacturing in a factory", Set.of("manufacturing")));
    }
    labelled.add(SyntheticLabels.labelled(400, "Dairy cooperatives and whey", Set.of("food")));

    Calibration calibration = fit(labelled);

    DomainCalibration manufacturing = calibration.forDomain("manufacturing");
    DomainCalibration food = calibration.forDomain("food");
    assertThat(food).isEqualTo(manufacturing);
    assertThat(food.threshold()).isEqualTo(0.5);
    assertThat(calibration.forDomain("energy")).isNotEqualTo(food);
  }

  @Test
  void domainsWithEnoughLabelledProposalsGetTheirOwnCurve() {
    Calibration calibration = fit(SyntheticLabels.discriminativeAndNoisyTerms());

    assertThat(calibration.forDomain("energy")).isNotEqualTo(calibration.forDomain("food"));
  }

  @Test
  void aNoisyDomainGetsTheThresholdOfTheOthersRatherThanALowerOne() {
    Calibration calibration = fit(SyntheticLabels.clearEnergyAndNoisyManufacturing());

    assertThat(calibration.forDomain("manufacturing").threshold())
        .isEqualTo(calibration.forDomain("energy").threshold());
    Classifier fitted = TestEngine.loader().classifier(catalog, calibration);
    assertThat(fitted.classify(proposal("A new factory hall")).matches()).isEmpty();
    assertThat(fitted.classify(proposal("Heat pump and building renovation")).primaryDomain())
        .isEqualTo("energy");
  }

  private static Proposal proposal(String text) {
    return SyntheticLabels.labelled(0, text, Set.of()).proposal();
  }

  private Calibration fit(List<LabelledProposal> labelled) {
    List<ScoredProposal> scored =
        labelled.stream().map(l -> classifier.scorer().score(l.proposal())).toList();
    return new CalibrationFitter().fit(catalog, scored, labelled, "synthetic");
  }
}
