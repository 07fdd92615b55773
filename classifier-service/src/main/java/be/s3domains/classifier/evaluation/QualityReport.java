package be.s3domains.classifier.evaluation;

import java.util.List;

/**
 * Quality of a classifier on labelled proposals.
 *
 * @param catalogVersion the catalog version evaluated
 * @param split the split evaluated
 * @param proposals number of proposals
 * @param domains per-domain figures, in catalog order
 * @param microF1 F1 over all proposal-domain decisions
 * @param macroF1 mean F1 over the domains with at least one labelled proposal
 * @param noDomainAccuracy share of the proposals labelled with no domain that got no domain
 * @param noDomainPrecision share of the proposals given no domain that are labelled with none
 * @param expectedCalibrationError ECE over every proposal-domain pair, ten equal-width bins
 * @param assertedCalibrationError ECE over the asserted matches only
 * @param reliability the ten bins over every pair
 */
public record QualityReport(
    String catalogVersion,
    String split,
    int proposals,
    List<DomainQuality> domains,
    double microPrecision,
    double microRecall,
    double microF1,
    double macroF1,
    double noDomainAccuracy,
    double noDomainPrecision,
    double expectedCalibrationError,
    double assertedCalibrationError,
    List<ReliabilityBin> reliability) {}
