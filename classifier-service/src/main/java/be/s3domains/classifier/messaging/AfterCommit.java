package be.s3domains.classifier.messaging;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Defers an action until the calling thread's Kafka transaction commits, and drops it if the
 * transaction rolls back; without a transaction the action runs at once. Metrics use it so that a
 * batch that is rolled back and retried is counted once, when its results become visible.
 */
final class AfterCommit {

  private AfterCommit() {}

  static void run(Runnable action) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      action.run();
      return;
    }
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCommit() {
            action.run();
          }
        });
  }
}
