package fi.hanke.examples.pictures;

import fi.hanke.core.Coverage;
import fi.hanke.core.cost.CostEstimate;
import fi.hanke.core.cost.CostLine;
import fi.hanke.core.cost.CostModel;
import fi.hanke.core.money.Eur;
import fi.hanke.core.project.Project;
import java.awt.Color;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The cost structure (<i>kustannusrakenne</i>): one bar per line of the cost estimate (<i>kustannusarvio</i>) as the
 * document states it, the flat-rate and lump-sum lines included, each with its amount; income (<i>tulot</i>), which
 * is deducted, as a bar below zero.
 */
final class CostPicture {
  private CostPicture() {}

  static final int WIDTH = 860;
  static final int ROW = 34;

  /**
   * @param project the project (or a group's shared plan) whose cost estimate is drawn
   * @param language the language of the labels
   * @return the picture, or why it is not drawn
   */
  static Picture of(Project project, Locale language) {
    if (project.costEstimate().isEmpty()) {
      return Picture.notDrawn(Texts.COST_NOT_STATED.in(language));
    }
    CostEstimate estimate = project.costEstimate().get();
    if (estimate.lines().isEmpty()) {
      return Picture.notDrawn(Texts.COST_NO_LINES.in(language));
    }
    String series = Texts.COST_APPLIED.in(language);
    DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    List<String> amounts = new ArrayList<>();
    List<String> described = new ArrayList<>();
    for (int i = 0; i < estimate.lines().size(); i++) {
      CostLine line = estimate.lines().get(i);
      BigDecimal value = Eur.decimal(line.applied());
      String amount = Texts.money(line.category().isDeducted() ? line.applied().negate() : line.applied(),
          line.appliedHedge(), language);
      // the row key is the category's name, numbered so that two lines of one category stay two bars
      String name = line.category().displayName(language)
          + line.label().filter(l -> !l.equals(line.category().displayName(language))).map(l -> " (" + l + ")")
              .orElse("");
      String key = estimate.lines().size() > 1 && estimate.lines().stream()
          .filter(l -> l.category() == line.category()).count() > 1 ? name + " [" + (i + 1) + "]" : name;
      dataset.addValue(line.category().isDeducted() ? value.negate() : value, series, key);
      amounts.add(amount);
      described.add(key + ": " + amount);
    }
    List<String> notes = new ArrayList<>();
    project.costModel().map(CostModel::option)
        .ifPresent(o -> notes.add(Texts.COST_MODEL.in(language) + ": " + o.displayName(language)));
    estimate.statedNetApplied().ifPresent(n -> notes.add(Texts.NET_COST.in(language) + " "
        + Texts.money(n, estimate.statedNetAppliedHedge(), language)));
    if (estimate.coverage() == Coverage.PARTIAL) {
      notes.add(Coverage.PARTIAL.displayName(language) + ": " + Texts.PARTIAL.in(language));
    }

    String title = Texts.COST_STRUCTURE.in(language) + project.name().map(n -> ": " + n).orElse("");
    JFreeChart chart = ChartFactory.createBarChart(title, null, null, dataset, PlotOrientation.HORIZONTAL, false,
        false, false);
    Svg.style(chart);
    Svg.subtitle(chart, String.join(" · ", notes));
    CategoryPlot plot = chart.getCategoryPlot();
    plot.setRangeZeroBaselineVisible(true);
    CategoryAxis categories = plot.getDomainAxis();
    categories.setTickLabelFont(Svg.TEXT);
    categories.setMaximumCategoryLabelWidthRatio(0.35f);
    categories.setMaximumCategoryLabelLines(2);
    BarRenderer renderer = (BarRenderer) plot.getRenderer();
    Svg.plain(renderer);
    renderer.setSeriesPaint(0, Svg.COLOURS[0]);
    renderer.setMaximumBarWidth(0.7);
    renderer.setDefaultItemLabelGenerator(ItemLabels.byColumn(amounts));
    renderer.setDefaultPositiveItemLabelPosition(
        new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
    renderer.setDefaultNegativeItemLabelPosition(
        new ItemLabelPosition(ItemLabelAnchor.OUTSIDE9, TextAnchor.CENTER_RIGHT));
    NumberAxis axis = (NumberAxis) plot.getRangeAxis();
    axis.setNumberFormatOverride(Axes.euros(language));
    // room beside the longest bar for its amount
    axis.setUpperMargin(0.3);
    axis.setLowerMargin(estimate.lines().stream().anyMatch(l -> l.category().isDeducted()) ? 0.3 : 0.0);

    List<String> parts = new ArrayList<>(List.of(title, String.join("; ", described)));
    parts.addAll(notes);
    String description = Texts.sentences(parts);
    int height = 140 + ROW * estimate.lines().size();
    return Picture.drawn(Svg.draw(chart, ProjectPictures.COST_STRUCTURE, WIDTH, height, title, description));
  }
}
