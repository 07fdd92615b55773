package be.s3domains.classifier.engine;

import static org.assertj.core.api.Assertions.assertThat;

import be.s3domains.classifier.scoring.ClassifierLoader;
import be.s3domains.classifier.scoring.ScoringSettings;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class EngineWarmUpTest {

  private final ClassifierLoader loader = new ClassifierLoader(ScoringSettings.DEFAULTS);

  @Test
  void classifiesEveryBundledSampleWithAndWithoutItsLanguage() {
    int classified = EngineWarmUp.run(loader.loadBundled(), Duration.ofMillis(1));

    assertThat(classified).isPositive().isEven();
  }

  @Test
  void doesNothingWhenTheWarmUpIsZero() {
    assertThat(EngineWarmUp.run(loader.loadBundled(), Duration.ZERO)).isZero();
  }
}
