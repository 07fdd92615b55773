package be.s3domains.classifier.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import be.s3domains.catalog.DomainCatalogLoader;
import be.s3domains.classifier.SharedDatasets;
import be.s3domains.classifier.TestEngine;
import be.s3domains.classifier.scoring.CalibrationFiles;
import be.s3domains.classifier.scoring.Classification;
import be.s3domains.classifier.scoring.Classifier;
import be.s3domains.classifier.scoring.ScoredProposal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Quality on the dev halves of the shared labelled samples; skipped where they are absent. The
 * Dutch figures are those of the README, measured the same way: 5-fold cross-validation within the
 * Dutch dev half with the language not stated, each fold calibrated on the other folds and the
 * CORDIS dev half.
 */
class DatasetQualityTest {

  static final double DUTCH_CV_MICRO_F1 = 0.87;
  static final double DUTCH_CV_NO_DOMAIN_ACCURACY = 0.98;
  static final double ALLOWED_DROP = 0.05;

  private static List<LabelledProposal> dev;
  private static List<LabelledProposal> dutchDev;

  @BeforeAll
  static void readDevSplits() {
    Path cordis = SharedDatasets.cordis().orElse(null);
    Path dutch = SharedDatasets.dutchDev().orElse(null);
    assumeTrue(
        cordis != null && dutch != null, "the shared datasets folder is not beside the repository");
    dev = SharedDatasets.read(cordis, Split.DEV);
    dutchDev = SharedDatasets.read(dutch, Split.DEV);
  }

  @Test
  void dutchCrossValidatedQualityHoldsTheFiguresOfTheReadme() {
    List<LabelledProposal> unstated =
        dutchDev.stream().map(LabelledProposal::withoutLanguage).toList();
    QualityReport dutch =
        new CatalogCrossValidation(TestEngine.loader())
            .measure(
                TestEngine.loader().loadBundled(),
                unstated,
                Folds.assign(unstated.size(), 5, 1),
                dev,
                "5-fold CV within the Dutch dev half");

    assertThat(dutch.microF1()).isGreaterThan(DUTCH_CV_MICRO_F1 - ALLOWED_DROP);
    assertThat(dutch.noDomainAccuracy()).isGreaterThan(DUTCH_CV_NO_DOMAIN_ACCURACY - ALLOWED_DROP);
    assertThat(dutch.expectedCalibrationError()).isLessThan(0.05);
  }

  @Test
  void theCatalogBeatsTheSeedWordsBaselineOnMicroF1() {
    QualityReport catalog = measure(TestEngine.loader().loadBundled());
    QualityReport seedWords = measure(seedWordsClassifier());

    assertThat(catalog.microF1()).isGreaterThan(seedWords.microF1() + 0.05);
  }

  @Test
  void confidencesAreCalibratedOnTheSplitTheyWereFittedOn() {
    QualityReport catalog = measure(TestEngine.loader().loadBundled());

    assertThat(catalog.expectedCalibrationError()).isLessThan(0.05);
  }

  private static Classifier seedWordsClassifier() {
    String resource = "catalog/seed-words.yaml";
    var catalog = new DomainCatalogLoader(TestEngine.ANALYZER).loadResource(resource);
    var calibration =
        CalibrationFiles.readResource(CalibrationFiles.besideCatalog(resource)).orElseThrow();
    return TestEngine.loader().classifier(catalog, calibration);
  }

  private static QualityReport measure(Classifier classifier) {
    List<Classification> results = new ArrayList<>();
    List<double[]> confidences = new ArrayList<>();
    for (LabelledProposal labelled : dev) {
      ScoredProposal scored = classifier.scorer().score(labelled.proposal());
      results.add(classifier.classify(scored));
      confidences.add(classifier.confidences(scored));
    }
    return new QualityMeasurement()
        .measure(classifier.scorer().catalog(), "dev", dev, results, confidences);
  }
}
