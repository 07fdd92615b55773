package be.s3domains.classifier.evaluation;

/**
 * Proposal-domain pairs whose confidence fell into [lower, upper).
 *
 * @param count pairs in the bin
 * @param meanConfidence their average confidence
 * @param accuracy the share of them whose domain was right
 */
public record ReliabilityBin(
    double lower, double upper, int count, double meanConfidence, double accuracy) {}
