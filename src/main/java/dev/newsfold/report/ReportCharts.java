package dev.newsfold.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.CategoryStyler;
import org.knowm.xchart.style.Styler;

/**
 * The report's bar charts, drawn by XChart and embedded as PNG data URIs, so the page needs no
 * network and no script.
 */
final class ReportCharts {
  private static final int WIDTH = 760;
  private static final int HEIGHT = 340;

  private ReportCharts() {}

  /**
   * A bar chart of a breakdown's first {@code seriesCount} count columns; empty when there is nothing
   * to draw or the machine cannot draw (no fonts for a headless JVM).
   */
  static Optional<String> barChart(Breakdown figure, String xTitle, int seriesCount) {
    if (figure.isEmpty()) {
      return Optional.empty();
    }
    System.setProperty("java.awt.headless", "true");
    try {
      boolean slanted = figure.rows().size() > 6;
      CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(slanted ? HEIGHT + 120 : HEIGHT)
          .title(figure.title())
          .xAxisTitle(xTitle).yAxisTitle(figure.columns().get(1)).build();
      CategoryStyler style = chart.getStyler();
      style.setLegendPosition(Styler.LegendPosition.InsideNE);
      style.setLegendVisible(seriesCount > 1);
      style.setXAxisLabelRotation(slanted ? 35 : 0);
      style.setChartBackgroundColor(java.awt.Color.WHITE);
      style.setYAxisDecimalPattern("#,###");
      style.setOverlapped(false);
      List<String> labels = new ArrayList<>();
      for (Breakdown.Row row : figure.rows()) {
        labels.add(row.label().length() > 28 ? row.label().substring(0, 27) + "…" : row.label());
      }
      for (int s = 0; s < seriesCount; s++) {
        List<Long> values = new ArrayList<>();
        for (Breakdown.Row row : figure.rows()) {
          Long value = row.counts().get(s);
          values.add(value == null ? 0L : value);
        }
        chart.addSeries(figure.columns().get(s + 1), labels, values);
      }
      byte[] png = BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
      return Optional.of("data:image/png;base64," + Base64.getEncoder().encodeToString(png));
    } catch (IOException | RuntimeException | Error e) {
      // No chart rather than no report: the numbers are in the table beside it.
      System.err.println("report: could not draw the chart '" + figure.title() + "': " + e);
      return Optional.empty();
    }
  }
}
