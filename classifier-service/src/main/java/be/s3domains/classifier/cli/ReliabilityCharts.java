package be.s3domains.classifier.cli;

import be.s3domains.classifier.evaluation.ReliabilityBin;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Draws reliability diagrams as PNG: per confidence bin, the mean confidence against the share of
 * proposals that carry the domain, beside the diagonal of perfect calibration.
 */
final class ReliabilityCharts {

  private static final int WIDTH = 480;
  private static final int HEIGHT = 420;

  private ReliabilityCharts() {}

  /**
   * Writes {@code reliability-<domain>.png} per domain and {@code reliability-all.png} over every
   * pair into the folder.
   *
   * @return the files written
   */
  static List<Path> write(
      Map<String, List<ReliabilityBin>> byDomain,
      List<ReliabilityBin> all,
      String subject,
      Path folder) {
    System.setProperty("java.awt.headless", "true");
    List<Path> written = new ArrayList<>();
    byDomain.forEach(
        (domain, bins) ->
            written.add(
                draw(bins, domain + " (" + subject + ")", folder, "reliability-" + domain)));
    written.add(draw(all, "all domains (" + subject + ")", folder, "reliability-all"));
    return written;
  }

  private static Path draw(List<ReliabilityBin> bins, String title, Path folder, String name) {
    XYChart chart =
        new XYChartBuilder()
            .width(WIDTH)
            .height(HEIGHT)
            .title(title)
            .xAxisTitle("confidence")
            .yAxisTitle("share labelled with the domain")
            .build();
    chart.getStyler().setXAxisMin(0.0).setXAxisMax(1.0).setYAxisMin(0.0).setYAxisMax(1.0);
    chart.getStyler().setChartBackgroundColor(Color.WHITE).setLegendVisible(true);
    chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNW);
    chart.getStyler().setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
    chart.getStyler().setDecimalPattern("0.0");
    XYSeries diagonal = chart.addSeries("perfect", new double[] {0, 1}, new double[] {0, 1});
    diagonal.setMarker(SeriesMarkers.NONE).setLineColor(Color.GRAY);
    List<Double> confidence = new ArrayList<>();
    List<Double> accuracy = new ArrayList<>();
    int pairs = 0;
    for (ReliabilityBin bin : bins) {
      if (bin.count() > 0) {
        confidence.add(bin.meanConfidence());
        accuracy.add(bin.accuracy());
        pairs += bin.count();
      }
    }
    if (!confidence.isEmpty()) {
      XYSeries observed =
          chart.addSeries(
              String.format(Locale.ROOT, "observed (%d pairs)", pairs), confidence, accuracy);
      observed.setMarker(SeriesMarkers.CIRCLE).setLineColor(new Color(0x1f77b4));
    }
    Path file = folder.resolve(name + ".png");
    try {
      Files.createDirectories(folder);
      BitmapEncoder.saveBitmap(chart, file.toString(), BitmapEncoder.BitmapFormat.PNG);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write chart " + file, e);
    }
    return file;
  }
}
