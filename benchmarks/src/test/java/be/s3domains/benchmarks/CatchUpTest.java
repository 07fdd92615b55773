package be.s3domains.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class CatchUpTest {

  /** At least 100 proposals, at most 1,000; 10 events in a row within 1 s end it. */
  private final CatchUp catchUp = new CatchUp(100, 1_000, 10, Duration.ofSeconds(1));

  @Test
  void quickEventsBeforeTheShortestWarmUpDoNotEndIt() {
    for (int index = 0; index < 100; index++) {
      assertThat(catchUp.ends(index, 5)).isFalse();
    }
    assertThat(catchUp.measuredFrom()).isEqualTo(-1);
  }

  @Test
  void endsAfterTheQuickEventsInARowPastEveryProposalSeen() {
    for (int index = 0; index < 100; index++) {
      catchUp.ends(index, 4_000);
    }
    catchUp.ends(150, 2_000); // out of order: a partition ahead of the others
    for (int index = 100; index < 109; index++) {
      assertThat(catchUp.ends(index, 900)).isFalse();
    }

    assertThat(catchUp.ends(109, 1_000)).isTrue();
    assertThat(catchUp.measuredFrom()).isEqualTo(151);
    assertThat(catchUp.caughtUp()).isTrue();
    assertThat(catchUp.ends(110, 5)).as("decided once").isFalse();
    assertThat(catchUp.measuredFrom()).isEqualTo(151);
  }

  @Test
  void aLateEventStartsTheRunAgain() {
    for (int index = 100; index < 109; index++) {
      catchUp.ends(index, 50);
    }
    assertThat(catchUp.ends(109, 1_001)).isFalse();
    for (int index = 110; index < 119; index++) {
      assertThat(catchUp.ends(index, 50)).isFalse();
    }
    assertThat(catchUp.ends(119, 50)).isTrue();
    assertThat(catchUp.measuredFrom()).isEqualTo(120);
  }

  @Test
  void aPipelineThatNeverCatchesUpIsMeasuredFromTheLongestWarmUp() {
    for (int index = 0; index < 1_000; index++) {
      assertThat(catchUp.ends(index, 3_000)).isFalse();
    }
    assertThat(catchUp.ends(1_000, 3_000)).isTrue();
    assertThat(catchUp.measuredFrom()).isEqualTo(1_000);
    assertThat(catchUp.caughtUp()).isFalse();
  }

  @Test
  void refusesAShortestWarmUpLongerThanTheLongest() {
    assertThatThrownBy(() -> new CatchUp(10, 5, 1, Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("10 to 5");
  }
}
