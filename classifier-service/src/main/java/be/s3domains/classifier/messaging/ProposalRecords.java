package be.s3domains.classifier.messaging;

import static be.s3domains.classifier.contract.ProposalProblem.TOMBSTONE;
import static be.s3domains.classifier.contract.ProposalProblem.TOO_LARGE;

import be.s3domains.classifier.contract.InvalidProposalException;
import be.s3domains.classifier.contract.ProposalJson;
import be.s3domains.classifier.scoring.Proposal;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Reads the proposal in a record's value, rejecting tombstones, values over the size limit and
 * every rule of the input contract with an {@link InvalidProposalException}. Thread-safe.
 */
final class ProposalRecords {

  private final long maxBytes;

  ProposalRecords(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  Proposal proposal(ConsumerRecord<String, byte[]> record) {
    byte[] value = record.value();
    if (value == null) {
      throw new InvalidProposalException(
          "$", TOMBSTONE, "the record with key '" + record.key() + "' has a null value");
    }
    if (value.length > maxBytes) {
      throw new InvalidProposalException(
          "$",
          TOO_LARGE,
          "the proposal has " + value.length + " bytes, the limit is " + maxBytes + " bytes");
    }
    return ProposalJson.parse(value);
  }
}
