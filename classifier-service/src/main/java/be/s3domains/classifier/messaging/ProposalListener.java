package be.s3domains.classifier.messaging;

import be.s3domains.classifier.contract.InvalidProposalException;
import be.s3domains.classifier.engine.Classifications;
import be.s3domains.classifier.scoring.Classification;
import be.s3domains.classifier.scoring.Proposal;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.BatchListenerFailedException;

/**
 * Classifies each batch of proposals. A record that cannot be classified is a deterministic
 * outcome: it goes to the dead-letter topic at once and the batch goes on. A failure to publish is
 * transient: it leaves the listener and the container's error handling retries it with back-off. In
 * exactly-once mode the events, the dead letters and the consumed offsets commit in one Kafka
 * transaction, and the batch's results are counted only once it commits.
 *
 * <p>In passthrough mode, for the stream benchmark only, each record is copied to the domain-match
 * topic unclassified and everything else stays the same.
 */
class ProposalListener {

  static final String ID = "proposals";
  private static final Logger log = LoggerFactory.getLogger(ProposalListener.class);

  private final ProposalRecords records;
  private final Classifications classifications;
  private final DomainMatchEvents events;
  private final DeadLetters deadLetters;
  private final KafkaOperations<String, byte[]> template;
  private final Timer endToEnd;
  private final BatchWorkers workers;
  private final boolean passthrough;

  ProposalListener(
      ProposalRecords records,
      Classifications classifications,
      DomainMatchEvents events,
      DeadLetters deadLetters,
      KafkaOperations<String, byte[]> template,
      MeterRegistry meters,
      BatchWorkers workers,
      boolean passthrough) {
    this.records = records;
    this.classifications = classifications;
    this.events = events;
    this.deadLetters = deadLetters;
    this.template = template;
    this.endToEnd =
        Timer.builder("classifier.end.to.end.delay")
            .description(
                "From a proposal record's timestamp to its event's commit (exactly-once) or"
                    + " acknowledgement (at-least-once)")
            .publishPercentileHistogram()
            .register(meters);
    this.workers = workers;
    this.passthrough = passthrough;
    log.info("Each polled batch is classified on {} thread(s)", workers.threads());
    if (passthrough) {
      log.warn(
          "classifier.benchmark.passthrough is on: proposals are copied to {} unclassified, for the"
              + " stream benchmark only",
          events.topic());
    }
  }

  @KafkaListener(
      id = ID,
      idIsGroup = false,
      topics = "${classifier.topics.proposals}",
      batch = "true")
  void on(List<ConsumerRecord<String, byte[]>> batch, Consumer<?, ?> consumer) {
    // Classifying is pure work and may run on several threads; sending stays on this one, which
    // holds the Kafka transaction, and goes in the records' order.
    List<Outcome> outcomes = passthrough ? null : workers.map(batch, this::outcome);
    List<Published> published = new ArrayList<>(batch.size());
    for (int i = 0; i < batch.size(); i++) {
      ConsumerRecord<String, byte[]> record = batch.get(i);
      Published one =
          passthrough
              ? new Published(record, null, send(events.copy(record)))
              : publish(record, outcomes.get(i), consumer);
      if (one != null) {
        published.add(one);
      }
    }
    // The events go out now rather than after linger.ms: the batch waits for their
    // acknowledgements (and, in exactly-once mode, its commit) before the next poll.
    template.flush();
    for (Published one : published) {
      try {
        one.send().join();
      } catch (CompletionException e) {
        throw new BatchListenerFailedException(
            "Publishing the domain-match event failed: " + rootCause(e).getMessage(),
            e.getCause(),
            one.record());
      }
    }
    AfterCommit.run(() -> published.forEach(this::count));
  }

  private static Throwable rootCause(Throwable thrown) {
    Throwable cause = thrown;
    while (cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause;
  }

  /** Classifies one record and builds its event, or says why it is a dead letter. */
  private Outcome outcome(ConsumerRecord<String, byte[]> record) {
    Proposal proposal;
    try {
      proposal = records.proposal(record);
    } catch (InvalidProposalException e) {
      return Outcome.deadLetter(e);
    }
    try {
      Classification classification = classifications.classify(proposal);
      return new Outcome(classification, events.event(record, classification), null);
    } catch (RuntimeException e) {
      return Outcome.deadLetter(new ClassificationFailedException(proposal.id(), e));
    }
  }

  /** Sends a record's event, or dead-letters it and returns null. */
  private Published publish(
      ConsumerRecord<String, byte[]> record, Outcome outcome, Consumer<?, ?> consumer) {
    if (outcome.deadLetterReason() != null) {
      deadLetters.publish(record, consumer, outcome.deadLetterReason());
      return null;
    }
    return new Published(record, outcome.classification(), send(outcome.event()));
  }

  /** A send that fails at once (no metadata in time, say) fails like one that fails later. */
  private CompletableFuture<?> send(ProducerRecord<String, byte[]> event) {
    try {
      return template.send(event);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  private void count(Published one) {
    if (one.classification() != null) {
      classifications.count(one.classification());
    }
    long delay = System.currentTimeMillis() - one.record().timestamp();
    endToEnd.record(Duration.ofMillis(Math.max(0, delay)));
  }

  /** What classifying one record came to: its event, or the reason it is a dead letter. */
  private record Outcome(
      @Nullable Classification classification,
      @Nullable ProducerRecord<String, byte[]> event,
      @Nullable RuntimeException deadLetterReason) {

    static Outcome deadLetter(RuntimeException reason) {
      return new Outcome(null, null, reason);
    }
  }

  private record Published(
      ConsumerRecord<String, byte[]> record,
      @Nullable Classification classification,
      CompletableFuture<?> send) {}
}
