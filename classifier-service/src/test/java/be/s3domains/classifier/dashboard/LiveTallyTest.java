package be.s3domains.classifier.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import be.s3domains.classifier.TestEngine;
import be.s3domains.classifier.TestProposals;
import be.s3domains.classifier.scoring.Classifier;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class LiveTallyTest {

  private static final long START = 1_000_000_000L;
  private final Classifier classifier = TestEngine.miniClassifier();
  private final LiveTally tally = new LiveTally(Duration.ofMinutes(5), 3);

  @Test
  void countsMatchesByDomainAndEventsWithoutADomain() {
    tally.on(classifier.classify(TestProposals.heatPumpRenovation()), START);
    tally.on(classifier.classify(TestProposals.unrelated()), START);

    DashboardView view = tally.view(START);

    assertThat(view.events()).isEqualTo(2);
    assertThat(view.noDomain()).isEqualTo(1);
    assertThat(view.matches()).containsEntry("energy", 1L).containsEntry(LiveTally.NO_DOMAIN, 1L);
    assertThat(view.latest())
        .extracting(LatestEvent::proposalId)
        .containsExactly("none-1", "energy-1");
    assertThat(view.latest().get(0).primaryDomain()).isNull();
  }

  @Test
  void recentCountsForgetWhatLeftTheWindowButTheTotalsDoNot() {
    tally.on(classifier.classify(TestProposals.heatPumpRenovation()), START);
    long sixMinutesLater = START + Duration.ofMinutes(6).toMillis();
    tally.on(classifier.classify(TestProposals.dairyWaste()), sixMinutesLater);

    DashboardView view = tally.view(sixMinutesLater);

    assertThat(view.recentMatches()).doesNotContainKey("energy").containsEntry("food", 1L);
    assertThat(view.matches()).containsEntry("energy", 1L).containsEntry("food", 1L);
  }

  @Test
  void theRateIsTheLastTenSecondsPerSecond() {
    for (int i = 0; i < 20; i++) {
      tally.on(classifier.classify(TestProposals.dairyWaste()), START + i * 100L);
    }

    assertThat(tally.view(START + 2_000).eventsPerSecond()).isEqualTo(2.0);
    assertThat(tally.view(START + 60_000).eventsPerSecond()).isZero();
  }

  @Test
  void keepsOnlyTheNewestEventsHoweverFastTheyCome() {
    for (int i = 0; i < 10; i++) {
      tally.on(
          classifier.classify(TestProposals.withId(TestProposals.dairyWaste(), "p-" + i)), START);
    }

    assertThat(tally.view(START).latest())
        .extracting(LatestEvent::proposalId)
        .containsExactly("p-9", "p-8", "p-7");
    assertThat(tally.view(START).events()).isEqualTo(10);
  }

  @Test
  void countsDeadLettersByReason() {
    tally.onDeadLetter("invalid-json");
    tally.onDeadLetter("invalid-json");
    tally.onDeadLetter("tombstone");

    assertThat(tally.view(START).deadLetters())
        .containsEntry("invalid-json", 2L)
        .containsEntry("tombstone", 1L);
  }
}
