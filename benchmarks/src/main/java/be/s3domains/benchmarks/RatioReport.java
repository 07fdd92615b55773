package be.s3domains.benchmarks;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.Styler;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a JMH result file ({@code -rf json -rff <file>}) of {@link ClassificationBenchmark} and
 * prints each benchmark's throughput as a ratio to the bare tokenizer pass of the same run, with
 * the bytes allocated per document where the run had {@code -prof gc}; with a second argument,
 * draws the ratios as a PNG bar chart there.
 *
 * <p>{@code java -cp benchmarks.jar be.s3domains.benchmarks.RatioReport result.json [chart.png]}
 */
public final class RatioReport {

  static final String FLOOR = "tokenizeOnly";
  private static final String ALLOCATION = "gc.alloc.rate.norm";

  private RatioReport() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: RatioReport <jmh-result.json> [chart.png]");
      System.exit(2);
    }
    List<Row> rows = rows(Files.readString(Path.of(args[0])));
    System.out.print(markdown(rows));
    if (args.length > 1) {
      draw(rows, Path.of(args[1]));
      System.out.println("Chart: " + args[1]);
    }
  }

  /** One benchmark of the run: its name, documents per second and its error, bytes per document. */
  record Row(String name, double perSecond, double error, double bytesPerDocument) {}

  static List<Row> rows(String json) {
    List<Row> rows = new ArrayList<>();
    for (JsonNode result : JsonMapper.builder().build().readTree(json)) {
      String benchmark = result.get("benchmark").asString();
      JsonNode primary = result.get("primaryMetric");
      JsonNode secondary = result.path("secondaryMetrics");
      JsonNode allocation = secondary.path(ALLOCATION).path("score");
      rows.add(
          new Row(
              benchmark.substring(benchmark.lastIndexOf('.') + 1),
              number(primary.get("score")),
              number(primary.get("scoreError")),
              allocation.isMissingNode() ? Double.NaN : number(allocation)));
    }
    rows.sort((a, b) -> Double.compare(b.perSecond(), a.perSecond()));
    return rows;
  }

  /** JMH writes "NaN" as a string where it has no value, such as the error of one iteration. */
  private static double number(JsonNode node) {
    return node.isNumber() ? node.asDouble() : Double.parseDouble(node.asString());
  }

  static String markdown(List<Row> rows) {
    double floor = floor(rows);
    StringBuilder table = new StringBuilder();
    table.append("| benchmark | docs/s | ± (99.9%) | x the tokenizer | B/doc |\n");
    table.append("| --- | ---: | ---: | ---: | ---: |\n");
    for (Row row : rows) {
      table.append(
          String.format(
              Locale.ROOT,
              "| %s | %,.0f | %s | %.3f | %s |%n",
              row.name(),
              row.perSecond(),
              orDash(row.error()),
              row.perSecond() / floor,
              orDash(row.bytesPerDocument())));
    }
    return table.toString();
  }

  private static String orDash(double value) {
    return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%,.0f", value);
  }

  private static double floor(List<Row> rows) {
    return rows.stream()
        .filter(row -> row.name().equals(FLOOR))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("the run has no " + FLOOR + " benchmark"))
        .perSecond();
  }

  private static void draw(List<Row> rows, Path file) throws IOException {
    System.setProperty("java.awt.headless", "true");
    double floor = floor(rows);
    CategoryChart chart =
        new CategoryChartBuilder()
            .width(900)
            .height(480)
            .title("Throughput per document as a share of the bare tokenizer pass (one run)")
            .yAxisTitle("x SimpleTokenizer.tokenizePos")
            .build();
    chart.getStyler().setChartBackgroundColor(Color.WHITE).setLegendVisible(false);
    chart.getStyler().setXAxisLabelRotation(35).setDecimalPattern("0.00");
    chart.getStyler().setLabelsVisible(true);
    chart.getStyler().setToolTipType(Styler.ToolTipType.yLabels);
    chart.addSeries(
        "x the tokenizer",
        rows.stream().map(Row::name).toList(),
        rows.stream().map(row -> row.perSecond() / floor).toList());
    Path folder = file.toAbsolutePath().getParent();
    Files.createDirectories(folder);
    BitmapEncoder.saveBitmap(chart, file.toString(), BitmapEncoder.BitmapFormat.PNG);
  }
}
