package be.s3domains.classifier.cli;

import be.s3domains.catalog.DomainCatalog;
import be.s3domains.classifier.evaluation.CalibrationFitter;
import be.s3domains.classifier.evaluation.LabelledProposal;
import be.s3domains.classifier.evaluation.LearnedWeights;
import be.s3domains.classifier.evaluation.LearningSettings;
import be.s3domains.classifier.evaluation.QualityReport;
import be.s3domains.classifier.evaluation.Split;
import be.s3domains.classifier.evaluation.WeightChange;
import be.s3domains.classifier.evaluation.WeightLearning;
import be.s3domains.classifier.scoring.Calibration;
import be.s3domains.classifier.scoring.CalibrationFiles;
import be.s3domains.classifier.scoring.Classifier;
import be.s3domains.classifier.scoring.ClassifierLoader;
import be.s3domains.classifier.scoring.ScoredProposal;
import be.s3domains.classifier.scoring.ScoringSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Adapts a catalog's signature weights to labelled proposals, writes the result as a new catalog
 * version and fits its calibration on the same proposals, beside it.
 */
@Command(
    name = "learn",
    mixinStandardHelpOptions = true,
    description =
        "Adapts signature weights to labelled proposals and writes a new catalog version with its"
            + " calibration beside it.")
final class LearnCommand implements Callable<Integer> {

  private static final Pattern SEMANTIC_VERSION = Pattern.compile("^(\\d+)\\.(\\d+)\\.(\\d+)");

  @Mixin EngineOptions engine;

  @Option(
      names = "--input",
      required = true,
      description = "Labelled proposals (JSONL with 'labels').")
  Path input;

  @Option(
      names = "--split",
      defaultValue = "dev",
      description = "dev, test or all (default ${DEFAULT-VALUE}); never learn on test.")
  String split;

  @Option(names = "--output", required = true, description = "The new catalog file (YAML).")
  Path output;

  @Option(
      names = "--version",
      description = "The new catalog's version; default: the patch level bumped, '-learned' added.")
  String version;

  @Option(
      names = "--min-support",
      defaultValue = "5",
      description = "Proposals a term must fire on to change weight (default ${DEFAULT-VALUE}).")
  int minSupport;

  @Option(
      names = "--shrinkage",
      defaultValue = "10",
      description =
          "Pseudo-counts toward the domain's pooled precision (default ${DEFAULT-VALUE}).")
  double shrinkage;

  @Override
  public Integer call() {
    List<LabelledProposal> labelled = LabelledData.read(input, Split.parse(split));
    ClassifierLoader loader =
        new ClassifierLoader(
            engine.tokenizer,
            300,
            new ScoringSettings(engine.maxChars, Integer.MAX_VALUE, 1.2, 0.5, 180),
            Clock.systemUTC());
    Classifier base =
        loader.load(Optional.ofNullable(engine.catalog), Optional.ofNullable(engine.calibration));
    DomainCatalog catalog = base.scorer().catalog();
    List<ScoredProposal> scored = score(base, labelled);
    LearnedWeights learned =
        new WeightLearning(new LearningSettings(minSupport, shrinkage, 0.05, 10))
            .learn(catalog, scored, labelled);
    String newVersion = version != null ? version : bumped(catalog.version());
    String fittedOn =
        input.getFileName() + " split " + split + " (" + labelled.size() + " proposals)";
    CatalogYaml.write(
        catalog,
        newVersion,
        learned.domains(),
        "Signature weights of "
            + catalog.id()
            + " "
            + catalog.versionTag()
            + " adapted by the 'learn' command to "
            + fittedOn
            + ".",
        output);

    Classifier uncalibrated =
        loader.load(output, Path.of(CalibrationFiles.besideCatalog(output.toString())));
    DomainCatalog written = uncalibrated.scorer().catalog();
    Calibration calibration =
        new CalibrationFitter().fit(written, score(uncalibrated, labelled), labelled, fittedOn);
    Path calibrationFile = Path.of(CalibrationFiles.besideCatalog(output.toString()));
    CalibrationFiles.write(calibration, calibrationFile);
    Classifier learnedClassifier = loader.classifier(written, calibration);

    QualityReport before = CatalogRun.of(base, labelled).measure(split, labelled);
    QualityReport after = CatalogRun.of(learnedClassifier, labelled).measure(split, labelled);
    System.out.print(summary(learned, catalog, written, before, after, calibrationFile));
    return 0;
  }

  private static List<ScoredProposal> score(Classifier classifier, List<LabelledProposal> all) {
    return all.stream().map(l -> classifier.scorer().score(l.proposal())).toList();
  }

  static String bumped(String version) {
    Matcher matcher = SEMANTIC_VERSION.matcher(version);
    if (!matcher.find()) {
      return version + "-learned";
    }
    return matcher.group(1)
        + "."
        + matcher.group(2)
        + "."
        + (Integer.parseInt(matcher.group(3)) + 1)
        + "-learned";
  }

  private String summary(
      LearnedWeights learned,
      DomainCatalog base,
      DomainCatalog written,
      QualityReport before,
      QualityReport after,
      Path calibrationFile) {
    StringBuilder text = new StringBuilder();
    long raised = learned.changes().stream().filter(c -> c.after() > c.before()).count();
    text.append(
        String.format(
            Locale.ROOT,
            "Wrote %s (%s, from %s): %d weights raised, %d lowered; calibration in %s.%n",
            output,
            written.versionTag(),
            base.versionTag(),
            raised,
            learned.changes().size() - raised,
            calibrationFile));
    text.append(
        String.format(
            Locale.ROOT,
            "On the learning data itself (split %s, not a test): micro F1 %.3f -> %.3f, macro F1"
                + " %.3f -> %.3f.%n",
            split,
            before.microF1(),
            after.microF1(),
            before.macroF1(),
            after.macroF1()));
    text.append("Largest changes:\n");
    learned.changes().stream()
        .sorted(
            Comparator.comparingDouble((WeightChange c) -> Math.abs(c.after() - c.before()))
                .reversed())
        .limit(15)
        .forEach(
            c ->
                text.append(
                    String.format(
                        Locale.ROOT,
                        "  %s / %s (%s): %.2f -> %.2f, fired on %d, %d of them labelled so%n",
                        c.domain(),
                        c.term(),
                        c.language(),
                        c.before(),
                        c.after(),
                        c.fired(),
                        c.positives())));
    return text.toString();
  }
}
