package be.s3domains.classifier.cli;

import be.s3domains.classifier.evaluation.LabelledProposal;
import be.s3domains.classifier.evaluation.QualityMeasurement;
import be.s3domains.classifier.evaluation.QualityReport;
import be.s3domains.classifier.evaluation.Split;
import be.s3domains.classifier.scoring.Classifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
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

  @Option(
      names = "--charts",
      description = "Also draw reliability diagrams (PNG) per domain and over all domains.")
  boolean charts;

  @Option(
      names = "--by-language",
      description =
          "Also report each stated language on its own, in by-language/<language>/, and a summary"
              + " in by-language.md.")
  boolean byLanguage;

  @Override
  public Integer call() {
    Classifier classifier = engine.classifier();
    List<LabelledProposal> labelled = LabelledData.read(input, Split.parse(split));
    CatalogRun run = CatalogRun.of(classifier, labelled);
    QualityReport quality = run.measure(split, labelled);
    QualityReportFiles.write(quality, report);
    System.out.print(QualityReportFiles.markdown(quality));
    if (charts) {
      ReliabilityCharts.write(
          new QualityMeasurement().reliabilityByDomain(run.domains(), labelled, run.confidences()),
          quality.reliability(),
          quality.catalogVersion() + ", " + split,
          report);
      System.err.printf("Wrote reliability diagrams to %s.%n", report);
    }
    if (byLanguage) {
      String summary = byLanguage(run, labelled);
      QualityReportFiles.writeText(report.resolve("by-language.md"), summary);
      System.out.print("\n" + summary);
    }
    return 0;
  }

  private String byLanguage(CatalogRun run, List<LabelledProposal> labelled) {
    Map<String, List<Integer>> positions = new TreeMap<>();
    for (int i = 0; i < labelled.size(); i++) {
      String language = labelled.get(i).proposal().language();
      positions
          .computeIfAbsent(language == null ? "unstated" : language, l -> new ArrayList<>())
          .add(i);
    }
    StringBuilder md = new StringBuilder("# Quality by stated language\n\n");
    md.append(
        "| language | proposals | micro P | micro R | micro F1 | macro F1 | no-domain accuracy |"
            + " ECE all pairs |\n");
    md.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
    positions.forEach(
        (language, at) -> {
          List<LabelledProposal> subset = at.stream().map(labelled::get).toList();
          QualityReport quality = run.subset(at).measure(split + ", " + language, subset);
          QualityReportFiles.write(quality, report.resolve("by-language").resolve(language));
          md.append(
              String.format(
                  Locale.ROOT,
                  "| %s | %d | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f |%n",
                  language,
                  quality.proposals(),
                  quality.microPrecision(),
                  quality.microRecall(),
                  quality.microF1(),
                  quality.macroF1(),
                  quality.noDomainAccuracy(),
                  quality.expectedCalibrationError()));
        });
    return md.toString();
  }
}
