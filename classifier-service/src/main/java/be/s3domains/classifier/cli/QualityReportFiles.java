package be.s3domains.classifier.cli;

import be.s3domains.classifier.evaluation.DomainQuality;
import be.s3domains.classifier.evaluation.QualityReport;
import be.s3domains.classifier.evaluation.ReliabilityBin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Writes a quality report as {@code quality.json} and {@code quality.md}. */
final class QualityReportFiles {

  private static final JsonMapper JSON =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private QualityReportFiles() {}

  static void write(QualityReport quality, Path folder) {
    try {
      Files.createDirectories(folder);
      JSON.writeValue(folder.resolve("quality.json").toFile(), quality);
      Files.writeString(folder.resolve("quality.md"), markdown(quality), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the report to " + folder, e);
    }
  }

  static void writeText(Path file, String text) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + file, e);
    }
  }

  static String markdown(QualityReport q) {
    StringBuilder md = new StringBuilder();
    md.append(
        String.format(
            Locale.ROOT,
            "# Quality of %s on split %s (%d proposals)%n%n",
            q.catalogVersion(),
            q.split(),
            q.proposals()));
    md.append("| domain | support | predicted | precision | recall | F1 | ECE |\n");
    md.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
    for (DomainQuality d : q.domains()) {
      md.append(
          String.format(
              Locale.ROOT,
              "| %s | %d | %d | %.3f | %.3f | %.3f | %.3f |%n",
              d.domain(),
              d.support(),
              d.predicted(),
              d.precision(),
              d.recall(),
              d.f1(),
              d.expectedCalibrationError()));
    }
    md.append(String.format(Locale.ROOT, "%n| figure | value |%n| --- | ---: |%n"));
    md.append(row("micro precision", q.microPrecision()));
    md.append(row("micro recall", q.microRecall()));
    md.append(row("micro F1", q.microF1()));
    md.append(row("macro F1", q.macroF1()));
    md.append(row("no-domain accuracy (labelled none, given none)", q.noDomainAccuracy()));
    md.append(row("no-domain precision (given none, labelled none)", q.noDomainPrecision()));
    md.append(row("expected calibration error, all pairs", q.expectedCalibrationError()));
    md.append(row("expected calibration error, asserted matches", q.assertedCalibrationError()));
    md.append(
        String.format(
            Locale.ROOT,
            "%n| confidence | pairs | mean confidence | accuracy |%n| --- | ---: | ---: | ---: |%n"));
    for (ReliabilityBin b : q.reliability()) {
      md.append(
          String.format(
              Locale.ROOT,
              "| %.1f-%.1f | %d | %.3f | %.3f |%n",
              b.lower(),
              b.upper(),
              b.count(),
              b.meanConfidence(),
              b.accuracy()));
    }
    return md.toString();
  }

  private static String row(String name, double value) {
    return String.format(Locale.ROOT, "| %s | %.3f |%n", name, value);
  }
}
