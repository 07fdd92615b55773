package be.s3domains.classifier.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QualityMeasurementTest {

  @Test
  void calibrationErrorIsZeroWhenConfidenceMatchesTheHitRate() {
    List<double[]> pairs =
        List.of(
            new double[] {0.25, 1},
            new double[] {0.25, 0},
            new double[] {0.25, 0},
            new double[] {0.25, 0},
            new double[] {0.95, 1});

    List<ReliabilityBin> bins = QualityMeasurement.bins(pairs);

    assertThat(QualityMeasurement.calibrationError(bins, pairs.size()))
        .isCloseTo(0.01, within(1e-9));
    assertThat(bins.get(2).count()).isEqualTo(4);
    assertThat(bins.get(2).accuracy()).isEqualTo(0.25);
  }

  @Test
  void calibrationErrorWeighsEachBinByItsShareOfPairs() {
    List<double[]> pairs = List.of(new double[] {0.9, 0}, new double[] {0.1, 0});

    assertThat(QualityMeasurement.calibrationError(QualityMeasurement.bins(pairs), 2))
        .isCloseTo(0.5, within(1e-9));
  }

  @Test
  void f1OfADomainFollowsItsCounts() {
    DomainQuality quality = new DomainQuality("d", 10, 8, 6, 0);

    assertThat(quality.precision()).isEqualTo(0.75);
    assertThat(quality.recall()).isEqualTo(0.6);
    assertThat(quality.f1()).isCloseTo(2 * 0.75 * 0.6 / 1.35, within(1e-9));
  }

  @Test
  void eachDomainGetsTheCalibrationErrorOfItsOwnConfidences() {
    List<LabelledProposal> labelled =
        List.of(
            SyntheticLabels.labelled(1, "first", Set.of("a")),
            SyntheticLabels.labelled(2, "second", Set.of()));
    List<double[]> confidences = List.of(new double[] {0.95, 0.9}, new double[] {0.05, 0.9});

    QualityReport report =
        new QualityMeasurement()
            .measure(
                "test",
                List.of("a", "b"),
                "all",
                labelled,
                List.of(Set.of(), Set.of()),
                confidences);

    assertThat(report.domains().get(0).expectedCalibrationError()).isCloseTo(0.05, within(1e-9));
    assertThat(report.domains().get(1).expectedCalibrationError()).isCloseTo(0.9, within(1e-9));
  }
}
