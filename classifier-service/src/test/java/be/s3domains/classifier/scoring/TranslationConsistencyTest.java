package be.s3domains.classifier.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import be.s3domains.classifier.TestEngine;
import be.s3domains.classifier.contract.ProposalJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every Dutch and French sample proposal that translates an English one is classified like it: the
 * same primary domain (or none for both), and a confidence in the English primary domain within
 * {@link #TOLERANCE} of the original's.
 */
class TranslationConsistencyTest {

  static final double TOLERANCE = 0.2;
  private static final Classifier CLASSIFIER = TestEngine.loader().loadBundled();

  @ParameterizedTest(name = "{0} translates {1}")
  @MethodSource("translations")
  void aTranslationScoresLikeItsEnglishOriginal(
      String translationId, String originalId, Map<String, Proposal> samples) {
    Classification original = CLASSIFIER.classify(samples.get(originalId));
    Classification translation = CLASSIFIER.classify(samples.get(translationId));

    assertThat(translation.primaryDomain()).isEqualTo(original.primaryDomain());
    if (original.primaryDomain() != null) {
      assertThat(confidence(translation, original.primaryDomain()))
          .isCloseTo(confidence(original, original.primaryDomain()), within(TOLERANCE));
    }
  }

  static Stream<Arguments> translations() throws IOException {
    Map<String, Proposal> samples = new LinkedHashMap<>();
    Map<String, String> translationOf = new LinkedHashMap<>();
    JsonMapper json = JsonMapper.builder().build();
    try (InputStream in =
        TranslationConsistencyTest.class
            .getClassLoader()
            .getResourceAsStream("samples/proposals.jsonl")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank()) {
          continue;
        }
        Proposal proposal = ProposalJson.parseLabelled(line).proposal();
        samples.put(proposal.id(), proposal);
        JsonNode original = json.readTree(line).get("translationOf");
        if (original != null) {
          translationOf.put(proposal.id(), original.asString());
        }
      }
    }
    assertThat(translationOf).hasSizeGreaterThanOrEqualTo(18);
    return translationOf.entrySet().stream()
        .map(pair -> Arguments.of(pair.getKey(), pair.getValue(), samples));
  }

  private static double confidence(Classification classification, String domain) {
    return classification.matches().stream()
        .filter(match -> match.domain().equals(domain))
        .mapToDouble(DomainMatch::confidence)
        .findFirst()
        .orElse(0);
  }
}
