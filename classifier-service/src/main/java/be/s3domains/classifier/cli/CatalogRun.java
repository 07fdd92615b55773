package be.s3domains.classifier.cli;

import be.s3domains.catalog.DomainProfile;
import be.s3domains.classifier.evaluation.LabelledProposal;
import be.s3domains.classifier.evaluation.QualityMeasurement;
import be.s3domains.classifier.evaluation.QualityReport;
import be.s3domains.classifier.scoring.Classifier;
import be.s3domains.classifier.scoring.DomainMatch;
import be.s3domains.classifier.scoring.ScoredProposal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import me.tongfei.progressbar.ProgressBar;

/**
 * A catalog classifier's decisions and confidences on labelled proposals, in their order.
 *
 * @param domains the catalog's domain ids, in the order of each confidences array
 * @param given the domains asserted per proposal
 * @param confidences every domain's confidence per proposal
 */
record CatalogRun(
    String subject, List<String> domains, List<Set<String>> given, List<double[]> confidences) {

  static CatalogRun of(Classifier classifier, List<LabelledProposal> labelled) {
    List<Set<String>> given = new ArrayList<>();
    List<double[]> confidences = new ArrayList<>();
    try (ProgressBar progress = Progress.on("score", labelled.size())) {
      for (LabelledProposal proposal : labelled) {
        ScoredProposal scored = classifier.scorer().score(proposal.proposal());
        given.add(
            classifier.classify(scored).matches().stream()
                .map(DomainMatch::domain)
                .collect(Collectors.toSet()));
        confidences.add(classifier.confidences(scored));
        progress.step();
      }
    }
    List<String> domains =
        classifier.scorer().catalog().domains().stream().map(DomainProfile::id).toList();
    return new CatalogRun(classifier.catalogVersion(), domains, given, confidences);
  }

  QualityReport measure(String split, List<LabelledProposal> labelled) {
    return new QualityMeasurement().measure(subject, domains, split, labelled, given, confidences);
  }

  /** The same run restricted to the proposals at the given positions. */
  CatalogRun subset(List<Integer> positions) {
    return new CatalogRun(
        subject,
        domains,
        positions.stream().map(given::get).toList(),
        positions.stream().map(confidences::get).toList());
  }
}
