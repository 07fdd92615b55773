package be.s3domains.classifier.evaluation;

/**
 * One signature weight that learning changed.
 *
 * @param fired labelled proposals the term fired on for the domain
 * @param positives how many of those carry the domain
 */
public record WeightChange(
    String domain,
    String term,
    String language,
    double before,
    double after,
    int fired,
    int positives) {}
