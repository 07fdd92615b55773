package be.s3domains.classifier.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import be.s3domains.classifier.TestEngine;
import be.s3domains.classifier.text.LanguageDetection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class ScoringPropertiesTest {

  private static final List<String> WORDS =
      List.of(
          "heat",
          "pump",
          "dairy",
          "food",
          "waste",
          "smart",
          "grid",
          "factory",
          "recycling",
          "printing",
          "3D",
          "building",
          "renovation",
          "energy",
          "river",
          "music",
          "chair",
          "people",
          "study",
          "network",
          "local",
          "green",
          ".",
          ",");
  private static final List<String> DOMAIN_TERMS =
      List.of("heat pump", "dairy", "smart grid", "3D printing", "food waste", "factory");

  private static final LanguageDetection LANGUAGES = LanguageDetection.withBundledModel(300);
  private static final TermIndex TERMS =
      TermIndex.build(TestEngine.miniCatalog(), TestEngine.ANALYZER);

  private final Classifier classifier = TestEngine.miniClassifier();
  private final Map<Integer, ProposalScorer> scorers = new HashMap<>();

  @Property(tries = 200)
  void replacingANeutralWordWithADomainTermNeverLowersThatDomainsScore(
      @ForAll("texts") List<String> words,
      @ForAll @IntRange(min = 0, max = 39) int position,
      @ForAll("domainTerms") String term) {
    List<String> withNeutral = new ArrayList<>(words);
    int at = position % withNeutral.size();
    withNeutral.set(at, "chair");
    List<String> withTerm = new ArrayList<>(withNeutral);
    withTerm.set(at, term);

    double[] before = scores(String.join(" ", withNeutral));
    double[] after = scores(String.join(" ", withTerm));

    for (int domain : domainsListing(term)) {
      assertThat(after[domain]).isGreaterThanOrEqualTo(before[domain] - 1e-12);
    }
  }

  @Property(tries = 200)
  void confidenceStaysBetweenZeroAndOne(@ForAll("texts") List<String> words) {
    Classification result = classify(String.join(" ", words));

    assertThat(result.matches())
        .allSatisfy(match -> assertThat(match.confidence()).isBetween(0.0, 1.0));
    double[] all =
        classifier.confidences(classifier.scorer().score(proposal(String.join(" ", words))));
    for (double confidence : all) {
      assertThat(confidence).isBetween(0.0, 1.0);
    }
  }

  @Property(tries = 100)
  void theSameInputAlwaysGivesTheSameOutput(@ForAll("texts") List<String> words) {
    String text = String.join(" ", words);

    assertThat(classify(text)).isEqualTo(classify(text));
  }

  @Property(tries = 200)
  void theEvidenceKeptIsTheStrongestOfAllTheEvidence(
      @ForAll("termRepeats") List<String> words, @ForAll @IntRange(min = 0, max = 6) int kept) {
    Proposal proposal = proposal(String.join(" ", words));

    List<DomainScore> all = scorerKeeping(Integer.MAX_VALUE).score(proposal).scores();
    List<DomainScore> some = scorerKeeping(kept).score(proposal).scores();

    for (int domain = 0; domain < all.size(); domain++) {
      List<Evidence> every = all.get(domain).evidence();
      assertThat(some.get(domain).evidence())
          .containsExactlyElementsOf(every.subList(0, Math.min(kept, every.size())));
    }
  }

  @Provide
  Arbitrary<List<String>> texts() {
    return Arbitraries.of(WORDS).list().ofMinSize(1).ofMaxSize(40);
  }

  /** Few terms, often repeated: phrases that tie on their share of a domain's score. */
  @Provide
  Arbitrary<List<String>> termRepeats() {
    return Arbitraries.of("dairy", "food waste", "recycling", "factory", "chair", ".")
        .list()
        .ofMinSize(1)
        .ofMaxSize(12);
  }

  @Provide
  Arbitrary<String> domainTerms() {
    return Arbitraries.of(DOMAIN_TERMS);
  }

  private List<Integer> domainsListing(String term) {
    double[] alone = scores(term);
    List<Integer> domains = new ArrayList<>();
    for (int domain = 0; domain < alone.length; domain++) {
      if (alone[domain] > 0) {
        domains.add(domain);
      }
    }
    assertThat(domains).isNotEmpty();
    return domains;
  }

  private ProposalScorer scorerKeeping(int evidence) {
    ScoringSettings defaults = ScoringSettings.DEFAULTS;
    return scorers.computeIfAbsent(
        evidence,
        kept ->
            new ProposalScorer(
                TERMS,
                LANGUAGES,
                new ScoringSettings(
                    defaults.maxChars(),
                    kept,
                    defaults.saturation(),
                    defaults.lengthNormalisation(),
                    defaults.typicalTokens())));
  }

  private double[] scores(String text) {
    return classifier.scorer().score(proposal(text)).scores().stream()
        .mapToDouble(DomainScore::score)
        .toArray();
  }

  private Classification classify(String text) {
    return classifier.classify(proposal(text));
  }

  private static Proposal proposal(String text) {
    return new Proposal("p", "", text, "en", List.of());
  }
}
