package be.s3domains.classifier.scoring;

import java.util.List;

/**
 * A proposal's raw scores for every domain of the catalog, in catalog order.
 *
 * @param proposalId the proposal's id
 * @param language the stated or detected ISO 639-1 language
 * @param truncated whether the text was longer than the analysis limit and cut
 * @param textChars the characters analysed: the text and the keywords
 * @param scores one per domain
 */
public record ScoredProposal(
    String proposalId,
    String language,
    boolean truncated,
    int textChars,
    List<DomainScore> scores) {}
