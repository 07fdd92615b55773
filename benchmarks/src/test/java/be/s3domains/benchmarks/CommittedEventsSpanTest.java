package be.s3domains.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import be.s3domains.benchmarks.CommittedEvents.Cpu;
import be.s3domains.benchmarks.CommittedEvents.Span;
import org.junit.jupiter.api.Test;

class CommittedEventsSpanTest {

  private static final long SECOND = 1_000_000_000L;

  /** 20 s of warm-up with 200,000 events, then 10 s with 300,000 counted. */
  private final Span span =
      new Span(
          5 * SECOND,
          25 * SECOND,
          35 * SECOND,
          200_000,
          300_000,
          new Cpu(30 * SECOND, 9 * SECOND),
          new Cpu(15 * SECOND, SECOND));

  @Test
  void ratesAreTheWarmUpsAndTheCountedSpansApart() {
    assertThat(span.warmUpPerSecond()).isCloseTo(10_000, within(1e-6));
    assertThat(span.perSecond()).isCloseTo(30_000, within(1e-6));
  }

  @Test
  void cpuPerThousandEventsIsTheCountedSpans() {
    assertThat(span.cpuMsPerThousand()).isCloseTo(50, within(1e-9));
  }

  @Test
  void theCompilersShareIsOfTheSamePhase() {
    assertThat(span.warmUpCpu().compilerShare()).isCloseTo(0.3, within(1e-9));
    assertThat(span.countedCpu().compilerShare()).isCloseTo(1.0 / 15, within(1e-9));
    assertThat(new Cpu(0, 0).compilerShare()).isZero();
  }

  @Test
  void cpuReadingsSubtract() {
    Cpu later = new Cpu(40 * SECOND, 10 * SECOND);
    Cpu earlier = new Cpu(30 * SECOND, 9 * SECOND);

    assertThat(later.minus(earlier)).isEqualTo(new Cpu(10 * SECOND, SECOND));
  }
}
