package be.s3domains.classifier.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import be.s3domains.catalog.DomainCatalog;
import be.s3domains.catalog.Signature;
import be.s3domains.classifier.TestEngine;
import be.s3domains.classifier.scoring.Classifier;
import be.s3domains.classifier.scoring.ScoredProposal;
import java.util.List;
import org.junit.jupiter.api.Test;

class WeightLearningTest {

  private final DomainCatalog catalog = TestEngine.miniCatalog();
  private final List<LabelledProposal> labelled = SyntheticLabels.discriminativeAndNoisyTerms();

  @Test
  void raisesATermThatFiresOnlyOnItsDomainsProposals() {
    LearnedWeights learned = learn(LearningSettings.DEFAULTS);

    assertThat(weight(learned, "energy", "energy")).isGreaterThan(0.3);
  }

  @Test
  void lowersATermThatFiresMostlyOnOtherProposals() {
    LearnedWeights learned = learn(LearningSettings.DEFAULTS);

    assertThat(weight(learned, "manufacturing", "recycling")).isLessThan(0.5).isPositive();
    assertThat(weight(learned, "energy", "heat pump")).isLessThan(1.0);
  }

  @Test
  void keepsTermsSeenTooRarelyAndTermsNeverSeen() {
    LearnedWeights learned = learn(new LearningSettings(13, 10, 0.05, 10));

    assertThat(weight(learned, "energy", "energy")).isEqualTo(0.3);
    assertThat(weight(learned, "energy", "smart grid")).isEqualTo(0.9);
    assertThat(learned.changes()).isEmpty();
  }

  @Test
  void leavesDomainsWithTooFewLabelledProposalsAlone() {
    LearnedWeights learned = learn(new LearningSettings(5, 10, 0.05, 13));

    assertThat(learned.changes()).isEmpty();
  }

  @Test
  void reportsEveryChangeWithItsCounts() {
    LearnedWeights learned = learn(LearningSettings.DEFAULTS);

    assertThat(learned.changes())
        .anySatisfy(
            change -> {
              assertThat(change.term()).isEqualTo("recycling");
              assertThat(change.fired()).isEqualTo(12);
              assertThat(change.positives()).isZero();
            });
  }

  private LearnedWeights learn(LearningSettings settings) {
    Classifier classifier = TestEngine.miniClassifier();
    List<ScoredProposal> scored =
        labelled.stream().map(l -> classifier.scorer().score(l.proposal())).toList();
    return new WeightLearning(settings).learn(catalog, scored, labelled);
  }

  private static double weight(LearnedWeights learned, String domain, String term) {
    return learned.domains().stream()
        .filter(d -> d.id().equals(domain))
        .flatMap(d -> d.signatures().stream())
        .filter(s -> s.term().equals(term) && s.language().equals("en"))
        .mapToDouble(Signature::weight)
        .findFirst()
        .orElseThrow();
  }
}
