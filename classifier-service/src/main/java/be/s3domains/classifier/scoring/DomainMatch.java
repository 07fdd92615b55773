package be.s3domains.classifier.scoring;

import java.util.List;

/**
 * A domain asserted for a proposal.
 *
 * @param domain the domain id
 * @param label the domain's name
 * @param confidence calibrated probability that the domain is right, in [0, 1]
 * @param score the raw score the confidence was computed from
 * @param evidence the strongest occurrences behind the score
 */
public record DomainMatch(
    String domain, String label, double confidence, double score, List<Evidence> evidence) {}
