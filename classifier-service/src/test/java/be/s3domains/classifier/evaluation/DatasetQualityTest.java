package be.s3domains.classifier.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import be.s3domains.catalog.DomainCatalogLoader;
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

/** Quality on the dev split of the shared labelled sample; skipped where the sample is absent. */
class DatasetQualityTest {

  private static List<LabelledProposal> dev;

  @BeforeAll
  static void readDevSplit() {
    Path cordis = SharedDatasets.cordis().orElse(null);
    assumeTrue(cordis != null, "the shared datasets folder is not beside the repository");
    dev = SharedDatasets.read(cordis, Split.DEV);
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
