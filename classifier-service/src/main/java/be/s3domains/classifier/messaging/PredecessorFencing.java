package be.s3domains.classifier.messaging;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.common.KafkaException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;

/**
 * In exactly-once mode, creates the listener threads' transactional producers just before the
 * listener containers start, instead of with the first batch. Creating one initialises its
 * transactions, which fences the producer a crashed predecessor left behind under the same
 * transactional id and aborts its open transaction. Without this, an open transaction that holds
 * consumed offsets keeps the consumer from reading its position, so no batch arrives to create the
 * producer, and the partitions wait for {@code transaction.timeout.ms}. The producers go back to
 * the factory's cache, where the listener threads pick them up, so a restarted instance uses the
 * same transactional ids as its predecessor. Waits at most {@link #WAIT} for the broker, so that an
 * unreachable broker does not hold up start-up for long.
 */
final class PredecessorFencing implements SmartLifecycle {

  static final Duration WAIT = Duration.ofSeconds(10);

  private static final Logger LOG = LoggerFactory.getLogger(PredecessorFencing.class);

  private final ProducerFactory<String, byte[]> producers;
  private final int listenerThreads;
  private volatile boolean running;

  PredecessorFencing(ProducerFactory<String, byte[]> producers, int listenerThreads) {
    this.producers = producers;
    this.listenerThreads = listenerThreads;
  }

  @Override
  public void start() {
    running = true;
    if (!producers.transactionCapable()) {
      return;
    }
    Thread fencing = new Thread(this::fence, "transaction-fencing");
    fencing.setDaemon(true);
    fencing.start();
    try {
      fencing.join(WAIT.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void fence() {
    long start = System.nanoTime();
    List<Producer<String, byte[]>> created = new ArrayList<>();
    try {
      for (int i = 0; i < listenerThreads; i++) {
        created.add(producers.createProducer());
      }
      LOG.info(
          "Initialised {} transactional producer(s) with prefix '{}' in {} ms; a transaction a"
              + " previous instance left open under these ids is aborted.",
          created.size(),
          producers.getTransactionIdPrefix(),
          Duration.ofNanos(System.nanoTime() - start).toMillis());
    } catch (KafkaException e) {
      LOG.warn(
          "Could not initialise the transactional producers ahead of the first batch: {}. A"
              + " transaction a previous instance left open ends at its timeout.",
          e.getMessage());
    } finally {
      created.forEach(Producer::close);
    }
  }

  @Override
  public void stop() {
    running = false;
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  /** Just before the listener containers. */
  @Override
  public int getPhase() {
    return AbstractMessageListenerContainer.DEFAULT_PHASE - 1;
  }
}
