package be.s3domains.classifier.contract;

import be.s3domains.classifier.scoring.Evidence;
import java.util.List;

/**
 * A domain that scored for a proposal but stayed under its threshold: why it was not asserted.
 *
 * @param domain the domain id
 * @param label the domain's name
 * @param confidence calibrated probability that the domain is right, in [0, 1]
 * @param threshold the confidence from which the domain would have been asserted
 * @param score the raw score the confidence was computed from
 * @param evidence the strongest occurrences behind the score
 */
public record DomainNotAsserted(
    String domain,
    String label,
    double confidence,
    double threshold,
    double score,
    List<Evidence> evidence) {}
