package be.s3domains.benchmarks;

import be.s3domains.benchmarks.Pipeline.Subject;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Draws the stream benchmark's charts as PNG: {@code stream-throughput.png} (events per second per
 * pipeline, mode and concurrency) and {@code stream-delays.png} (the share of events readable
 * within a delay).
 */
final class StreamCharts {

  private static final int WIDTH = 960;
  private static final int HEIGHT = 450;
  private static final int DELAY_POINTS = 200;

  private StreamCharts() {}

  static void write(
      Map<Pipeline, Throughput> throughputs, Map<Pipeline, Delays> delays, Path folder)
      throws IOException {
    System.setProperty("java.awt.headless", "true");
    BitmapEncoder.saveBitmap(
        throughput(throughputs),
        folder.resolve("stream-throughput").toString(),
        BitmapEncoder.BitmapFormat.PNG);
    BitmapEncoder.saveBitmap(
        delays(delays), folder.resolve("stream-delays").toString(), BitmapEncoder.BitmapFormat.PNG);
  }

  private static CategoryChart throughput(Map<Pipeline, Throughput> throughputs) {
    CategoryChart chart =
        new CategoryChartBuilder()
            .width(WIDTH)
            .height(HEIGHT)
            .title("Events per second, 256 MB heap, one broker, 2 shared cores")
            .yAxisTitle("events/s")
            .build();
    style(chart.getStyler());
    List<String> groups = new ArrayList<>();
    for (String mode : List.of(Pipeline.EXACTLY_ONCE, Pipeline.AT_LEAST_ONCE)) {
      for (int threads : List.of(1, 2)) {
        groups.add(mode + ", " + threads + (threads == 1 ? " thread" : " threads"));
      }
    }
    for (Subject subject : Subject.values()) {
      List<Double> values = new ArrayList<>();
      for (String mode : List.of(Pipeline.EXACTLY_ONCE, Pipeline.AT_LEAST_ONCE)) {
        for (int threads : List.of(1, 2)) {
          Throughput t = throughputs.get(new Pipeline(subject, mode, threads));
          values.add(t == null ? 0.0 : t.perSecond());
        }
      }
      chart.addSeries(subject.label, groups, values);
    }
    return chart;
  }

  private static XYChart delays(Map<Pipeline, Delays> delays) {
    XYChart chart =
        new XYChartBuilder()
            .width(WIDTH)
            .height(HEIGHT)
            .title("End-to-end delay at half the service's maximum rate, 1 thread")
            .xAxisTitle("delay from send to readable by a read_committed consumer (ms)")
            .yAxisTitle("share of events (%)")
            .build();
    style(chart.getStyler());
    chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideSE);
    chart.getStyler().setYAxisMin(0.0).setYAxisMax(100.0).setYAxisTickMarkSpacingHint(60);
    delays.forEach(
        (run, d) -> {
          double[] ms = new double[DELAY_POINTS + 1];
          double[] share = new double[DELAY_POINTS + 1];
          for (int i = 0; i <= DELAY_POINTS; i++) {
            share[i] = 100.0 * i / DELAY_POINTS;
            ms[i] = d.percentile(Math.max(share[i], 0.01));
          }
          String name = run.subject().label + ", " + run.mode();
          chart.addSeries(name, ms, share).setMarker(SeriesMarkers.NONE);
        });
    return chart;
  }

  private static void style(Styler styler) {
    styler.setChartBackgroundColor(Color.WHITE);
    styler.setLegendPosition(Styler.LegendPosition.OutsideS);
    styler.setDecimalPattern("#,###");
  }
}
