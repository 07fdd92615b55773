package be.s3domains.classifier.cli;

import be.s3domains.classifier.evaluation.LabelledProposal;
import be.s3domains.classifier.evaluation.QualityMeasurement;
import be.s3domains.classifier.evaluation.QualityReport;
import be.s3domains.classifier.evaluation.Split;
import be.s3domains.classifier.scoring.Classification;
import be.s3domains.classifier.scoring.Classifier;
import be.s3domains.classifier.scoring.ScoredProposal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Measures precision, recall, F1 and calibration on labelled proposals. */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description =
        "Evaluates the classifier on labelled proposals; writes quality.md and quality.json.")
final class EvaluateCommand implements Callable<Integer> {

  @Mixin EngineOptions engine;

  @Option(
      names = "--input",
      required = true,
      description = "Labelled proposals (JSONL with 'labels').")
  Path input;

  @Option(
      names = "--split",
      defaultValue = "all",
      description = "dev, test or all (default ${DEFAULT-VALUE}).")
  String split;

  @Option(
      names = "--report",
      required = true,
      description = "Folder for quality.md and quality.json.")
  Path report;

  @Override
  public Integer call() {
    Classifier classifier = engine.classifier();
    List<LabelledProposal> labelled = LabelledData.read(input, Split.parse(split));
    List<Classification> classifications = new ArrayList<>();
    List<double[]> confidences = new ArrayList<>();
    try (ProgressBar progress = Progress.on("evaluate", labelled.size())) {
      for (LabelledProposal proposal : labelled) {
        ScoredProposal scored = classifier.scorer().score(proposal.proposal());
        classifications.add(classifier.classify(scored));
        confidences.add(classifier.confidences(scored));
        progress.step();
      }
    }
    QualityReport quality =
        new QualityMeasurement()
            .measure(classifier.scorer().catalog(), split, labelled, classifications, confidences);
    QualityReportFiles.write(quality, report);
    System.out.print(QualityReportFiles.markdown(quality));
    return 0;
  }
}
