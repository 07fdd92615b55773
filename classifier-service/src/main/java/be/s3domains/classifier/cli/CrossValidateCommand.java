package be.s3domains.classifier.cli;

import be.s3domains.classifier.evaluation.CatalogCrossValidation;
import be.s3domains.classifier.evaluation.CategorizerPeer;
import be.s3domains.classifier.evaluation.Folds;
import be.s3domains.classifier.evaluation.LabelledProposal;
import be.s3domains.classifier.evaluation.PeerSettings;
import be.s3domains.classifier.evaluation.QualityMeasurement;
import be.s3domains.classifier.evaluation.QualityReport;
import be.s3domains.classifier.evaluation.Split;
import be.s3domains.classifier.scoring.Classifier;
import be.s3domains.classifier.text.TextAnalyzer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Estimates quality on labelled proposals that have no held-out half: k-fold cross-validation, in
 * which the catalog's calibration (and the supervised peer, on request) is fitted on the other
 * folds, plus any further labelled data, and measured on the fold left out.
 */
@Command(
    name = "crossvalidate",
    mixinStandardHelpOptions = true,
    description =
        "Cross-validates the catalog's calibration (and the supervised peer) on labelled proposals:"
            + " each fold is classified with a calibration fitted without it; writes a quality"
            + " report per classifier and comparison.md.")
final class CrossValidateCommand implements Callable<Integer> {

  @Mixin EngineOptions engine;

  @Option(
      names = "--input",
      required = true,
      description = "Labelled proposals to cross-validate on (JSONL with 'labels').")
  Path input;

  @Option(
      names = "--split",
      defaultValue = "dev",
      description = "The split of --input to use (default ${DEFAULT-VALUE}).")
  String split;

  @Option(
      names = "--also",
      description =
          "Further labelled proposals added to the fitting data of every fold, never measured;"
              + " repeatable. Their split --also-split is used.")
  List<Path> also = List.of();

  @Option(
      names = "--also-split",
      defaultValue = "dev",
      description = "The split of the --also files (default ${DEFAULT-VALUE}).")
  String alsoSplit;

  @Option(
      names = "--folds",
      defaultValue = "5",
      description = "Number of folds (default ${DEFAULT-VALUE}).")
  int folds;

  @Option(
      names = "--seed",
      defaultValue = "1",
      description = "Seed of the fold assignment (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--detect-language",
      description =
          "Ignore the proposals' stated language and detect it, as for proposals that state none.")
  boolean detectLanguage;

  @Option(
      names = "--peer",
      description = "Also train and measure the supervised peer on the same folds.")
  boolean peer;

  @Option(
      names = "--charts",
      description = "Also draw the catalog's reliability diagram over all domains (PNG).")
  boolean charts;

  @Option(names = "--report", required = true, description = "Folder for the reports.")
  Path report;

  @Override
  public Integer call() {
    TrainingLog.quiet();
    List<LabelledProposal> measured = LabelledData.read(input, Split.parse(split));
    List<LabelledProposal> extra = LabelledData.read(also, Split.parse(alsoSplit));
    int[] fold = Folds.assign(measured.size(), folds, seed);
    String what =
        folds + "-fold cross-validation within " + input.getFileName() + " split " + split;
    if (!also.isEmpty()) {
      what += ", fitted with " + LabelledData.names(also) + " split " + alsoSplit;
    }

    Classifier classifier = engine.classifier();
    List<String> names = new ArrayList<>(List.of("catalog"));
    List<LabelledProposal> analysed =
        detectLanguage
            ? measured.stream().map(LabelledProposal::withoutLanguage).toList()
            : measured;
    List<QualityReport> reports =
        new ArrayList<>(
            List.of(
                new CatalogCrossValidation(engine.loader())
                    .measure(classifier, analysed, fold, extra, what)));
    if (peer) {
      names.add("supervised peer");
      reports.add(peer(classifier, measured, extra, fold, what));
    }
    for (int i = 0; i < names.size(); i++) {
      QualityReportFiles.write(reports.get(i), report.resolve(names.get(i).replace(' ', '-')));
    }
    if (charts) {
      QualityReport catalog = reports.get(0);
      ReliabilityCharts.write(
          Map.of(),
          catalog.reliability(),
          catalog.catalogVersion() + ", " + folds + "-fold CV",
          report.resolve("catalog"));
    }
    String table = "# Cross-validated quality\n\n" + ComparisonTable.markdown(names, reports);
    QualityReportFiles.writeText(report.resolve("comparison.md"), table);
    System.out.print(table);
    return 0;
  }

  private QualityReport peer(
      Classifier classifier,
      List<LabelledProposal> measured,
      List<LabelledProposal> extra,
      int[] fold,
      String what) {
    List<String> domains =
        classifier.scorer().catalog().domains().stream().map(d -> d.id()).toList();
    List<Set<String>> given = new ArrayList<>(Collections.nCopies(measured.size(), null));
    List<double[]> confidences = new ArrayList<>(Collections.nCopies(measured.size(), null));
    for (int k = 0; k < folds; k++) {
      List<LabelledProposal> training = new ArrayList<>(extra);
      CatalogCrossValidation.positions(fold, k, false).forEach(i -> training.add(measured.get(i)));
      System.err.printf("Training the peer for fold %d on %d proposals...%n", k, training.size());
      CategorizerPeer model =
          CategorizerPeer.train(
              domains,
              new TextAnalyzer(engine.tokenizer.create()),
              training,
              new PeerSettings(5, 100, 2, true));
      for (int i : CatalogCrossValidation.positions(fold, k, true)) {
        double[] confidence = model.confidences(measured.get(i).proposal());
        confidences.set(i, confidence);
        given.set(i, model.assigned(confidence));
      }
    }
    return new QualityMeasurement()
        .measure(
            "supervised peer (OpenNLP doccat one-vs-rest)",
            domains,
            what,
            measured,
            given,
            confidences);
  }
}
