package be.s3domains.benchmarks;

import java.util.Locale;

/**
 * One way through Kafka from the input topic to the output topic, in one delivery mode, with a
 * number of consumer threads.
 *
 * @param dashboard whether the service runs its dashboard consumer, which reads every event again
 */
record Pipeline(Subject subject, String mode, int threads, boolean dashboard) {

  static final String EXACTLY_ONCE = "exactly-once";
  static final String AT_LEAST_ONCE = "at-least-once";

  Pipeline(Subject subject, String mode, int threads) {
    this(subject, mode, threads, false);
  }

  /** A name fit for topics, groups and transactional ids. */
  String name() {
    return subject.name().toLowerCase(Locale.ROOT)
        + "-"
        + mode
        + "-"
        + threads
        + (dashboard ? "-dashboard" : "");
  }

  String label() {
    return subject.label + ", " + mode + ", " + threads + (threads == 1 ? " thread" : " threads");
  }

  enum Subject {
    SERVICE("service"),
    PASSTHROUGH("passthrough"),
    COPIER("Kafka's TransactionalMessageCopier");

    final String label;

    Subject(String label) {
      this.label = label;
    }
  }
}
