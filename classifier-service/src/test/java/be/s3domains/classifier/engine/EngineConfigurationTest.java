package be.s3domains.classifier.engine;

import static org.assertj.core.api.Assertions.assertThat;

import be.s3domains.classifier.scoring.Proposal;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationContext;

class EngineConfigurationTest {

  /** SimpleTokenizer splits "e-mail" into "e", "-", "mail"; the English model keeps one token. */
  private static final Proposal ABOUT_MAIL =
      new Proposal("p", "", "We answer every e-mail within a day.", "en", List.of());

  private static final Proposal ENGLISH_START_THEN_DUTCH =
      new Proposal(
          "p",
          "",
          "The heat pump of the building."
              + " Wij vervangen de verwarming van de school door een warmtepomp en isoleren de"
                  .repeat(5));

  @TempDir Path folder;
  private ApplicationContextRunner service;

  @BeforeEach
  void catalogWithATermInsideAHyphenatedWord() throws IOException {
    Path catalog =
        Files.writeString(
            folder.resolve("mail.yaml"),
            """
            id: mail
            version: "1"
            languages: [en]
            domains:
              - id: communication
                name: Communication
                keywords:
                  en:
                    mail: 1.0
            """);
    service =
        new ApplicationContextRunner()
            .withUserConfiguration(EngineConfiguration.class)
            .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
            .withPropertyValues("classifier.catalog.path=" + catalog);
  }

  @Test
  void tokenizesWithSimpleTokenizerByDefault() {
    service.run(
        context -> assertThat(evidenceOfMail(context.getBean(CurrentClassifier.class))).isOne());
  }

  @Test
  void tokenizesWithTheModelWhenConfigured() {
    service
        .withPropertyValues("classifier.analysis.tokenizer=model")
        .run(
            context ->
                assertThat(evidenceOfMail(context.getBean(CurrentClassifier.class))).isZero());
  }

  @Test
  void detectsTheLanguageFromTheFirst300CharactersByDefault() {
    service.run(context -> assertThat(detectedLanguage(context)).isEqualTo("nl"));
  }

  @Test
  void detectsTheLanguageFromTheConfiguredPrefix() {
    service
        .withPropertyValues("classifier.analysis.detection-prefix=30")
        .run(context -> assertThat(detectedLanguage(context)).isEqualTo("en"));
  }

  @Test
  void rejectsADetectionPrefixBelowOne() {
    service
        .withPropertyValues("classifier.analysis.detection-prefix=0")
        .run(
            context ->
                assertThat(context)
                    .getFailure()
                    .rootCause()
                    .hasMessageContaining("classifier.analysis.detectionPrefix"));
  }

  @Test
  void rejectsAnUnknownTokenizer() {
    service
        .withPropertyValues("classifier.analysis.tokenizer=whitespace")
        .run(
            context ->
                assertThat(context)
                    .getFailure()
                    .hasStackTraceContaining("classifier.analysis.tokenizer"));
  }

  private static long evidenceOfMail(CurrentClassifier classifier) {
    return classifier.get().scorer().score(ABOUT_MAIL).scores().stream()
        .filter(score -> score.domain().id().equals("communication"))
        .mapToLong(score -> score.evidence().size())
        .sum();
  }

  private static String detectedLanguage(ApplicationContext context) {
    return context
        .getBean(CurrentClassifier.class)
        .get()
        .classify(ENGLISH_START_THEN_DUTCH)
        .language();
  }
}
