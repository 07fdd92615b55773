package be.s3domains.classifier.scoring;

import java.time.Instant;
import java.util.List;

/**
 * The domain-match result for one proposal: what the CLI writes, the REST API returns and the
 * service publishes.
 *
 * @param proposalId the proposal's id
 * @param catalogVersion version tag of the catalog that produced it
 * @param language stated or detected ISO 639-1 language
 * @param matches the asserted domains, highest confidence first; empty when none is confident
 * @param primaryDomain the first match's domain, null when there is none
 * @param classifiedAt when the classification was made
 * @param truncated whether the text exceeded the analysis limit and only its start was analysed
 */
public record Classification(
    String proposalId,
    String catalogVersion,
    String language,
    List<DomainMatch> matches,
    String primaryDomain,
    Instant classifiedAt,
    boolean truncated) {}
