package be.s3domains.classifier.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LanguageDetectionTest {

  private static LanguageDetection detection;

  @BeforeAll
  static void loadModel() {
    detection = LanguageDetection.withBundledModel(300);
  }

  @Test
  void detectsEnglish() {
    assertThat(detection.detect("We develop heat pumps for the renovation of old terraced houses."))
        .isEqualTo("en");
  }

  @Test
  void detectsDutch() {
    assertThat(
            detection.detect(
                "Wij ontwikkelen warmtepompen voor de renovatie van oude rijwoningen."))
        .isEqualTo("nl");
  }

  @Test
  void detectsFrench() {
    assertThat(
            detection.detect(
                "Nous développons des pompes à chaleur pour la rénovation des maisons."))
        .isEqualTo("fr");
  }

  @Test
  void readsOnlyABoundedPrefix() {
    LanguageDetection shortPrefix = LanguageDetection.withBundledModel(60);
    String text =
        "Wij ontwikkelen warmtepompen voor de renovatie van oude rijwoningen. "
            + "We develop heat pumps for the renovation of old terraced houses. ".repeat(20);

    assertThat(shortPrefix.detect(text)).isEqualTo("nl");
  }
}
