package be.s3domains.classifier.cli;

import be.s3domains.classifier.evaluation.DomainQuality;
import be.s3domains.classifier.evaluation.QualityReport;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/** Renders several quality reports on the same proposals side by side, as Markdown. */
final class ComparisonTable {

  private ComparisonTable() {}

  /**
   * @param names a column name per report
   * @param reports reports over the same proposals and domains, in the order of {@code names}
   */
  static String markdown(List<String> names, List<QualityReport> reports) {
    StringBuilder md = new StringBuilder();
    QualityReport first = reports.get(0);
    md.append(
        String.format(
            Locale.ROOT, "Split %s, %d proposals.%n%n", first.split(), first.proposals()));
    md.append("| domain | support |");
    names.forEach(name -> md.append(" ").append(name).append(" P / R / F1 |"));
    md.append("\n| --- | ---: |");
    names.forEach(name -> md.append(" ---: |"));
    md.append('\n');
    for (int d = 0; d < first.domains().size(); d++) {
      DomainQuality domain = first.domains().get(d);
      md.append(String.format(Locale.ROOT, "| %s | %d |", domain.domain(), domain.support()));
      for (QualityReport report : reports) {
        DomainQuality q = report.domains().get(d);
        md.append(
            String.format(Locale.ROOT, " %.3f / %.3f / %.3f |", q.precision(), q.recall(), q.f1()));
      }
      md.append('\n');
    }
    md.append("\n| figure |");
    names.forEach(name -> md.append(" ").append(name).append(" |"));
    md.append("\n| --- |");
    names.forEach(name -> md.append(" ---: |"));
    md.append('\n');
    row(md, "micro precision", reports, QualityReport::microPrecision);
    row(md, "micro recall", reports, QualityReport::microRecall);
    row(md, "micro F1", reports, QualityReport::microF1);
    row(md, "macro F1", reports, QualityReport::macroF1);
    row(md, "no-domain accuracy", reports, QualityReport::noDomainAccuracy);
    row(md, "ECE, all pairs", reports, QualityReport::expectedCalibrationError);
    row(md, "ECE, asserted matches", reports, QualityReport::assertedCalibrationError);
    return md.toString();
  }

  private static void row(
      StringBuilder md,
      String figure,
      List<QualityReport> reports,
      ToDoubleFunction<QualityReport> value) {
    md.append("| ").append(figure).append(" |");
    reports.forEach(r -> md.append(String.format(Locale.ROOT, " %.3f |", value.applyAsDouble(r))));
    md.append('\n');
  }
}
