package be.s3domains.classifier.cli;

import be.s3domains.classifier.evaluation.CategorizerPeer;
import be.s3domains.classifier.evaluation.LabelledProposal;
import be.s3domains.classifier.evaluation.PeerSettings;
import be.s3domains.classifier.evaluation.QualityMeasurement;
import be.s3domains.classifier.evaluation.QualityReport;
import be.s3domains.classifier.evaluation.Split;
import be.s3domains.classifier.scoring.Classifier;
import be.s3domains.classifier.text.TextAnalyzer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Trains the supervised peer (one-vs-rest OpenNLP maximum-entropy categorizers) on one split and
 * reports it next to the catalog, and optionally a baseline catalog, on another.
 */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    description =
        "Trains OpenNLP one-vs-rest categorizers on one split and compares them with the catalog"
            + " on another; writes comparison.md and a quality report per classifier.")
final class CompareCommand implements Callable<Integer> {

  @Mixin EngineOptions engine;

  @Option(
      names = "--input",
      required = true,
      description = "Labelled proposals (JSONL with 'labels').")
  Path input;

  @Option(
      names = "--train-split",
      defaultValue = "dev",
      description = "Split the peer is trained on (default ${DEFAULT-VALUE}).")
  String trainSplit;

  @Option(
      names = "--split",
      defaultValue = "test",
      description = "Split all classifiers are evaluated on (default ${DEFAULT-VALUE}).")
  String split;

  @Option(
      names = "--baseline",
      description = "A second catalog to report too, with its calibration beside it.")
  Path baseline;

  @Option(
      names = "--folds",
      defaultValue = "5",
      description = "Cross-validation folds for the peer's calibration (default ${DEFAULT-VALUE}).")
  int folds;

  @Option(names = "--report", required = true, description = "Folder for the reports.")
  Path report;

  @Override
  public Integer call() {
    TrainingLog.quiet();
    if (Split.parse(trainSplit) == Split.parse(split) || Split.parse(split) == Split.ALL) {
      throw new IllegalArgumentException(
          "--train-split and --split must be different splits, got "
              + trainSplit
              + " and "
              + split);
    }
    List<LabelledProposal> training = LabelledData.read(input, Split.parse(trainSplit));
    List<LabelledProposal> evaluated = LabelledData.read(input, Split.parse(split));
    List<String> names = new ArrayList<>();
    List<QualityReport> reports = new ArrayList<>();

    Classifier catalog = engine.classifier();
    CatalogRun catalogRun = CatalogRun.of(catalog, evaluated);
    names.add("catalog");
    reports.add(catalogRun.measure(split, evaluated));
    if (baseline != null) {
      Classifier baselineClassifier = engine.loader().load(baseline, null);
      names.add("baseline");
      reports.add(CatalogRun.of(baselineClassifier, evaluated).measure(split, evaluated));
    }
    System.err.printf(
        "Training %d one-vs-rest categorizers on %d proposals of split %s...%n",
        catalogRun.domains().size(), training.size(), trainSplit);
    CategorizerPeer peer =
        CategorizerPeer.train(
            catalogRun.domains(),
            new TextAnalyzer(engine.tokenizer.create()),
            training,
            new PeerSettings(folds, 100, 2, true));
    names.add("supervised peer");
    reports.add(measure(peer, evaluated));

    for (int i = 0; i < names.size(); i++) {
      QualityReportFiles.write(reports.get(i), report.resolve(names.get(i).replace(' ', '-')));
    }
    String table =
        "# Catalog against the supervised peer\n\n"
            + "Peer: OpenNLP maximum-entropy document categorizers, one per domain (domain against"
            + " other), bag of stems and stem bigrams, trained on split "
            + trainSplit
            + " ("
            + training.size()
            + " proposals); probabilities Platt-scaled and thresholds picked on "
            + folds
            + "-fold out-of-fold predictions of the training split.\n\n"
            + ComparisonTable.markdown(names, reports);
    QualityReportFiles.writeText(report.resolve("comparison.md"), table);
    System.out.print(table);
    return 0;
  }

  private QualityReport measure(CategorizerPeer peer, List<LabelledProposal> evaluated) {
    List<Set<String>> given = new ArrayList<>();
    List<double[]> confidences = new ArrayList<>();
    try (ProgressBar progress = Progress.on("peer", evaluated.size())) {
      for (LabelledProposal proposal : evaluated) {
        double[] confidence = peer.confidences(proposal.proposal());
        confidences.add(confidence);
        given.add(peer.assigned(confidence));
        progress.step();
      }
    }
    return new QualityMeasurement()
        .measure(
            "supervised peer (OpenNLP doccat one-vs-rest, trained on " + trainSplit + ")",
            peer.domains(),
            split,
            evaluated,
            given,
            confidences);
  }
}
