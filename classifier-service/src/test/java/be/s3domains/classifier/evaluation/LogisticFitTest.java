package be.s3domains.classifier.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class LogisticFitTest {

  @Test
  void recoversTheCurveThatGeneratedTheOutcomes() {
    Random random = new Random(7);
    int n = 20_000;
    double[][] features = new double[n][];
    boolean[] outcomes = new boolean[n];
    for (int i = 0; i < n; i++) {
      features[i] = new double[] {1, random.nextDouble() * 4};
      outcomes[i] = random.nextDouble() < 1 / (1 + Math.exp(-(-2 + 1.5 * features[i][1])));
    }

    double[] curve = LogisticFit.fit(features, outcomes, new double[] {0, 0}, 1e-3);

    assertThat(curve[0]).isCloseTo(-2, within(0.15));
    assertThat(curve[1]).isCloseTo(1.5, within(0.1));
  }

  @Test
  void recoversAnInteractionAndAGroupOffset() {
    Random random = new Random(11);
    int n = 40_000;
    double[][] features = new double[n][];
    boolean[] outcomes = new boolean[n];
    for (int i = 0; i < n; i++) {
      double x = random.nextDouble() * 3;
      double length = random.nextGaussian();
      double group = random.nextBoolean() ? 1 : 0;
      features[i] = new double[] {1, x, x * length, group};
      double logOdds = -2 + 1.5 * x - 0.8 * x * length + 0.7 * group;
      outcomes[i] = random.nextDouble() < 1 / (1 + Math.exp(-logOdds));
    }

    double[] curve = LogisticFit.fit(features, outcomes, new double[4], 1e-3);

    assertThat(curve).containsExactly(new double[] {-2, 1.5, -0.8, 0.7}, within(0.15));
  }

  @Test
  void aStrongPriorKeepsAFewOutcomesNearThePrior() {
    double[] curve =
        LogisticFit.fit(
            new double[][] {{1, 1}, {1, 2}}, new boolean[] {true, true}, new double[] {-3, 1}, 100);

    assertThat(curve[0]).isCloseTo(-3, within(0.1));
    assertThat(curve[1]).isCloseTo(1, within(0.1));
  }
}
