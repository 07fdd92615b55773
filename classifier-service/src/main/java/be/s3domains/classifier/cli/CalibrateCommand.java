package be.s3domains.classifier.cli;

import be.s3domains.classifier.evaluation.CalibrationFitter;
import be.s3domains.classifier.evaluation.LabelledProposal;
import be.s3domains.classifier.evaluation.Split;
import be.s3domains.classifier.scoring.Calibration;
import be.s3domains.classifier.scoring.CalibrationFiles;
import be.s3domains.classifier.scoring.Classifier;
import be.s3domains.classifier.scoring.ScoredProposal;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Fits the confidence calibration of a catalog on labelled proposals. */
@Command(
    name = "calibrate",
    mixinStandardHelpOptions = true,
    description = "Fits each domain's confidence curve and threshold on labelled proposals.")
final class CalibrateCommand implements Callable<Integer> {

  @Mixin EngineOptions engine;

  @Option(
      names = "--input",
      required = true,
      description =
          "Labelled proposals (JSONL with 'labels'); repeat to fit on several files together,"
              + " for example the Dutch and the English dev halves.")
  List<Path> inputs;

  @Option(
      names = "--split",
      defaultValue = "dev",
      description = "dev, test or all (default ${DEFAULT-VALUE}).")
  String split;

  @Option(names = "--output", required = true, description = "Calibration file to write.")
  Path output;

  @Override
  public Integer call() {
    Classifier classifier = engine.classifier();
    List<LabelledProposal> labelled = LabelledData.read(inputs, Split.parse(split));
    List<ScoredProposal> scored;
    try (ProgressBar progress = Progress.on("score", labelled.size())) {
      scored =
          labelled.stream()
              .map(l -> classifier.scorer().score(l.proposal()))
              .peek(s -> progress.step())
              .toList();
    }
    String fittedOn =
        LabelledData.names(inputs) + " split " + split + " (" + labelled.size() + " proposals)";
    Calibration calibration =
        new CalibrationFitter().fit(classifier.scorer().catalog(), scored, labelled, fittedOn);
    CalibrationFiles.write(calibration, output);
    System.err.printf("Wrote calibration for %s to %s.%n", calibration.catalogVersion(), output);
    return 0;
  }
}
