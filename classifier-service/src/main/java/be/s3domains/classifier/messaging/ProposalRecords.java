package be.s3domains.classifier.messaging;

import static be.s3domains.classifier.contract.ProposalProblem.TOMBSTONE;

import be.s3domains.classifier.contract.InputPolicy;
import be.s3domains.classifier.contract.InvalidProposalException;
import be.s3domains.classifier.scoring.Proposal;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Reads the proposal in a record's value through the {@link InputPolicy} every entry point shares,
 * rejecting tombstones and every rule of the policy with an {@link InvalidProposalException}.
 * Thread-safe.
 */
final class ProposalRecords {

  private final InputPolicy policy;

  ProposalRecords(InputPolicy policy) {
    this.policy = policy;
  }

  Proposal proposal(ConsumerRecord<String, byte[]> record) {
    byte[] value = record.value();
    if (value == null) {
      throw new InvalidProposalException(
          "$", TOMBSTONE, "the record with key '" + record.key() + "' has a null value");
    }
    return policy.proposal(value);
  }
}
