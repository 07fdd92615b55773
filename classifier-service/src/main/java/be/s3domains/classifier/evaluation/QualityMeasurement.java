package be.s3domains.classifier.evaluation;

import be.s3domains.catalog.DomainCatalog;
import be.s3domains.catalog.DomainProfile;
import be.s3domains.classifier.scoring.Classification;
import be.s3domains.classifier.scoring.DomainMatch;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Compares classifications with labels and computes the figures of a {@link QualityReport}. */
public final class QualityMeasurement {

  private static final int BINS = 10;

  /**
   * @param classifications the classifier's results, in the order of {@code labelled}
   * @param confidences every domain's confidence per proposal, in catalog order
   */
  public QualityReport measure(
      DomainCatalog catalog,
      String split,
      List<LabelledProposal> labelled,
      List<Classification> classifications,
      List<double[]> confidences) {
    List<Set<String>> given =
        classifications.stream()
            .map(c -> c.matches().stream().map(DomainMatch::domain).collect(Collectors.toSet()))
            .toList();
    List<String> domains = catalog.domains().stream().map(DomainProfile::id).toList();
    return measure(catalog.versionTag(), domains, split, labelled, given, confidences);
  }

  /**
   * Measures any classifier that assigns domain ids and gives each domain a confidence.
   *
   * @param subject what was evaluated, e.g. a catalog version or a model's name
   * @param domainIds the domains, in the order of each {@code confidences} array
   * @param given the domains assigned to each proposal, in the order of {@code labelled}
   * @param confidences every domain's confidence per proposal
   */
  public QualityReport measure(
      String subject,
      List<String> domainIds,
      String split,
      List<LabelledProposal> labelled,
      List<Set<String>> given,
      List<double[]> confidences) {
    int domainCount = domainIds.size();
    int[] support = new int[domainCount];
    int[] predicted = new int[domainCount];
    int[] correct = new int[domainCount];
    int goldNone = 0;
    int goldNoneGotNone = 0;
    int gotNone = 0;
    List<double[]> allPairs = new ArrayList<>();
    List<double[]> assertedPairs = new ArrayList<>();
    List<List<double[]>> pairsByDomain = new ArrayList<>();
    for (int d = 0; d < domainCount; d++) {
      pairsByDomain.add(new ArrayList<>());
    }
    for (int i = 0; i < labelled.size(); i++) {
      Set<String> gold = labelled.get(i).labels();
      Set<String> assigned = given.get(i);
      goldNone += gold.isEmpty() ? 1 : 0;
      gotNone += assigned.isEmpty() ? 1 : 0;
      goldNoneGotNone += gold.isEmpty() && assigned.isEmpty() ? 1 : 0;
      for (int d = 0; d < domainCount; d++) {
        String domain = domainIds.get(d);
        boolean isGold = gold.contains(domain);
        boolean isGiven = assigned.contains(domain);
        support[d] += isGold ? 1 : 0;
        predicted[d] += isGiven ? 1 : 0;
        correct[d] += isGold && isGiven ? 1 : 0;
        double[] pair = {confidences.get(i)[d], isGold ? 1 : 0};
        allPairs.add(pair);
        pairsByDomain.get(d).add(pair);
        if (isGiven) {
          assertedPairs.add(pair);
        }
      }
    }
    List<DomainQuality> domains = new ArrayList<>();
    for (int d = 0; d < domainCount; d++) {
      List<double[]> pairs = pairsByDomain.get(d);
      domains.add(
          new DomainQuality(
              domainIds.get(d),
              support[d],
              predicted[d],
              correct[d],
              calibrationError(bins(pairs), pairs.size())));
    }
    int totalSupport = sum(support);
    int totalPredicted = sum(predicted);
    int totalCorrect = sum(correct);
    List<ReliabilityBin> reliability = bins(allPairs);
    return new QualityReport(
        subject,
        split,
        labelled.size(),
        domains,
        ratio(totalCorrect, totalPredicted),
        ratio(totalCorrect, totalSupport),
        ratio(2 * totalCorrect, totalSupport + totalPredicted),
        domains.stream()
            .filter(q -> q.support() > 0)
            .mapToDouble(DomainQuality::f1)
            .average()
            .orElse(0),
        ratio(goldNoneGotNone, goldNone),
        ratio(goldNoneGotNone, gotNone),
        calibrationError(reliability, allPairs.size()),
        calibrationError(bins(assertedPairs), assertedPairs.size()),
        reliability);
  }

  /**
   * The reliability table of each domain on its own: its confidences in ten equal-width bins, with
   * the share of each bin whose proposals carry the domain.
   *
   * @param domainIds the domains, in the order of each {@code confidences} array
   * @return per domain id, its ten bins
   */
  public Map<String, List<ReliabilityBin>> reliabilityByDomain(
      List<String> domainIds, List<LabelledProposal> labelled, List<double[]> confidences) {
    Map<String, List<ReliabilityBin>> byDomain = new LinkedHashMap<>();
    for (int d = 0; d < domainIds.size(); d++) {
      List<double[]> pairs = new ArrayList<>();
      for (int i = 0; i < labelled.size(); i++) {
        boolean isGold = labelled.get(i).labels().contains(domainIds.get(d));
        pairs.add(new double[] {confidences.get(i)[d], isGold ? 1 : 0});
      }
      byDomain.put(domainIds.get(d), bins(pairs));
    }
    return byDomain;
  }

  static List<ReliabilityBin> bins(List<double[]> pairs) {
    int[] counts = new int[BINS];
    double[] confidenceSums = new double[BINS];
    double[] hits = new double[BINS];
    for (double[] pair : pairs) {
      int bin = Math.min(BINS - 1, (int) (pair[0] * BINS));
      counts[bin]++;
      confidenceSums[bin] += pair[0];
      hits[bin] += pair[1];
    }
    List<ReliabilityBin> bins = new ArrayList<>();
    for (int bin = 0; bin < BINS; bin++) {
      bins.add(
          new ReliabilityBin(
              bin / (double) BINS,
              (bin + 1) / (double) BINS,
              counts[bin],
              counts[bin] == 0 ? 0 : confidenceSums[bin] / counts[bin],
              counts[bin] == 0 ? 0 : hits[bin] / counts[bin]));
    }
    return bins;
  }

  static double calibrationError(List<ReliabilityBin> bins, int total) {
    if (total == 0) {
      return 0;
    }
    return bins.stream()
        .mapToDouble(b -> b.count() * Math.abs(b.accuracy() - b.meanConfidence()) / total)
        .sum();
  }

  private static int sum(int[] values) {
    int total = 0;
    for (int value : values) {
      total += value;
    }
    return total;
  }

  private static double ratio(int numerator, int denominator) {
    return denominator == 0 ? 0 : (double) numerator / denominator;
  }
}
