package be.s3domains.classifier.scoring;

import be.s3domains.catalog.DomainProfile;
import java.util.List;

/**
 * A domain's raw score for one proposal and the evidence that makes it up.
 *
 * @param domain the profile scored
 * @param score the sum of the contributions of all occurrences, 0 when nothing matched
 * @param evidence the strongest occurrences, best first, at most the configured number
 */
public record DomainScore(DomainProfile domain, double score, List<Evidence> evidence) {}
