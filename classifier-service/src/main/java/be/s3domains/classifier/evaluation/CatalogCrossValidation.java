package be.s3domains.classifier.evaluation;

import be.s3domains.catalog.DomainCatalog;
import be.s3domains.catalog.DomainProfile;
import be.s3domains.classifier.scoring.Calibration;
import be.s3domains.classifier.scoring.Classifier;
import be.s3domains.classifier.scoring.ClassifierLoader;
import be.s3domains.classifier.scoring.DomainMatch;
import be.s3domains.classifier.scoring.ScoredProposal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Measures a catalog on labelled proposals that have no held-out half: each fold is classified with
 * a calibration fitted on the other folds and on any further labelled data, never on itself; the
 * figures are those of all folds' results together. Scores do not depend on the calibration, so
 * each proposal is scored once. Stateless and thread-safe.
 */
public final class CatalogCrossValidation {

  private final ClassifierLoader loader;

  public CatalogCrossValidation(ClassifierLoader loader) {
    this.loader = loader;
  }

  /**
   * @param classifier the catalog to measure (its own calibration is not used)
   * @param measured the proposals measured, each in the fold {@code folds} gives it
   * @param folds the fold of each measured proposal, from {@link Folds#assign}
   * @param extra labelled proposals added to every fold's fitting data, never measured
   * @param what a description of the run, kept in the report and the calibrations
   */
  public QualityReport measure(
      Classifier classifier,
      List<LabelledProposal> measured,
      int[] folds,
      List<LabelledProposal> extra,
      String what) {
    List<ScoredProposal> scored = score(classifier, measured);
    List<ScoredProposal> extraScored = score(classifier, extra);
    DomainCatalog catalog = classifier.scorer().catalog();
    List<Set<String>> given = new ArrayList<>(Collections.nCopies(measured.size(), null));
    List<double[]> confidences = new ArrayList<>(Collections.nCopies(measured.size(), null));
    int foldCount = IntStream.of(folds).max().orElse(-1) + 1;
    for (int fold = 0; fold < foldCount; fold++) {
      List<ScoredProposal> fitScored = new ArrayList<>(extraScored);
      List<LabelledProposal> fitLabelled = new ArrayList<>(extra);
      for (int i : positions(folds, fold, false)) {
        fitScored.add(scored.get(i));
        fitLabelled.add(measured.get(i));
      }
      Calibration calibration =
          new CalibrationFitter().fit(catalog, fitScored, fitLabelled, what + ", fold " + fold);
      Classifier fitted = loader.classifier(catalog, calibration);
      for (int i : positions(folds, fold, true)) {
        given.set(
            i,
            fitted.classify(scored.get(i)).matches().stream()
                .map(DomainMatch::domain)
                .collect(Collectors.toSet()));
        confidences.set(i, fitted.confidences(scored.get(i)));
      }
    }
    List<String> domains = catalog.domains().stream().map(DomainProfile::id).toList();
    return new QualityMeasurement()
        .measure(classifier.catalogVersion(), domains, what, measured, given, confidences);
  }

  /** The positions of the items in a fold, or of those outside it. */
  public static List<Integer> positions(int[] folds, int fold, boolean inFold) {
    return IntStream.range(0, folds.length)
        .filter(i -> (folds[i] == fold) == inFold)
        .boxed()
        .toList();
  }

  private static List<ScoredProposal> score(
      Classifier classifier, List<LabelledProposal> labelled) {
    return labelled.stream().map(l -> classifier.scorer().score(l.proposal())).toList();
  }
}
