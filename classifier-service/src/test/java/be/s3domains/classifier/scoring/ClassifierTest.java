package be.s3domains.classifier.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import be.s3domains.classifier.TestEngine;
import be.s3domains.classifier.TestProposals;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClassifierTest {

  private final Classifier classifier = TestEngine.miniClassifier();

  @Test
  void tagsHeatPumpRenovationAsBuildingEnergy() {
    Classification result = classifier.classify(TestProposals.heatPumpRenovation());

    assertThat(result.primaryDomain()).isEqualTo("energy");
    assertThat(result.matches()).extracting(DomainMatch::domain).containsExactly("energy");
    assertThat(result.language()).isEqualTo("en");
    assertThat(result.catalogVersion()).startsWith("0.1+");
    assertThat(result.classifiedAt()).isEqualTo(TestEngine.CLOCK.instant());
  }

  @Test
  void evidencePointsAtTheMatchedTextAndAddsUpToTheScore() {
    Proposal proposal = TestProposals.heatPumpRenovation();
    DomainMatch energy = classifier.classify(proposal).matches().get(0);

    assertThat(energy.evidence())
        .extracting(e -> proposal.text().substring(e.start(), e.end()))
        .containsExactlyInAnyOrder("Heat pumps", "heat pump", "building renovation", "smart grid");
    assertThat(energy.evidence()).extracting(Evidence::kind).contains("keyword", "technology");
    assertThat(energy.evidence().stream().mapToDouble(Evidence::contribution).sum())
        .isCloseTo(energy.score(), org.assertj.core.data.Offset.offset(0.001));
  }

  @Test
  void returnsNoDomainForATextThatMatchesNothing() {
    Classification result = classifier.classify(TestProposals.unrelated());

    assertThat(result.matches()).isEmpty();
    assertThat(result.primaryDomain()).isNull();
  }

  @Test
  void assertsEveryDomainAboveItsThresholdBestFirst() {
    Proposal both =
        new Proposal(
            "both",
            "Dairy plants",
            "Heat pumps and a smart grid cut the energy bill of dairy plants; food waste is halved.",
            "en",
            List.of());

    List<DomainMatch> matches = classifier.classify(both).matches();

    assertThat(matches).extracting(DomainMatch::domain).containsExactlyInAnyOrder("energy", "food");
    assertThat(matches.get(0).confidence()).isGreaterThanOrEqualTo(matches.get(1).confidence());
  }

  @Test
  void detectsTheLanguageWhenTheProposalDoesNotStateIt() {
    Proposal dutch =
        new Proposal(
            "nl-1",
            "Warmtepompen",
            "Wij plaatsen warmtepompen in oude rijwoningen en koppelen ze aan het net.");

    Classification result = classifier.classify(dutch);

    assertThat(result.language()).isEqualTo("nl");
    assertThat(result.primaryDomain()).isEqualTo("energy");
  }

  @Test
  void aDutchProposalScoresLikeItsEnglishOriginal() {
    double english = classifier.scorer().score(TestProposals.dairyWaste()).scores().get(2).score();
    double dutch =
        classifier.scorer().score(TestProposals.dairyWasteInDutch()).scores().get(2).score();

    assertThat(dutch).isCloseTo(english, org.assertj.core.data.Percentage.withPercentage(25));
  }

  @Test
  void keywordsCountWithOffsetsIntoTheJoinedKeywords() {
    Proposal proposal =
        new Proposal("kw", "A project", "About cooperation.", "en", List.of("regional", "dairy"));

    DomainMatch food = classifier.classify(proposal).matches().get(0);

    assertThat(food.domain()).isEqualTo("food");
    assertThat(food.evidence().get(0).field()).isEqualTo("keywords");
    assertThat(
            "regional; dairy"
                .substring(food.evidence().get(0).start(), food.evidence().get(0).end()))
        .isEqualTo("dairy");
  }

  @Test
  void analysesALongTextOnlyUpToTheLimitAndSaysSo() {
    ClassifierLoader loader = TestEngine.loader();
    Classifier limited =
        new Classifier(
            new ProposalScorer(
                TermIndex.build(TestEngine.miniCatalog(), TestEngine.ANALYZER),
                be.s3domains.classifier.text.LanguageDetection.withBundledModel(100),
                ScoringSettings.DEFAULTS.withMaxChars(40)),
            classifier.calibration(),
            TestEngine.CLOCK);
    Proposal proposal =
        new Proposal(
            "long",
            "Title",
            "Nothing relevant here at all. " + "Dairy. ".repeat(10),
            "en",
            List.of());

    Classification result = limited.classify(proposal);

    assertThat(result.truncated()).isTrue();
    assertThat(result.matches()).isEmpty();
    assertThat(loader).isNotNull();
  }
}
