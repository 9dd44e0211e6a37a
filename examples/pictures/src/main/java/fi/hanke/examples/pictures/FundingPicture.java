package fi.hanke.examples.pictures;

import fi.hanke.core.Coverage;
import fi.hanke.core.cost.CostEstimate;
import fi.hanke.core.funding.FundingLine;
import fi.hanke.core.funding.FundingPlan;
import fi.hanke.core.money.Eur;
import fi.hanke.core.money.Hedge;
import fi.hanke.core.money.Percentage;
import fi.hanke.core.programme.AidCeiling;
import fi.hanke.core.programme.ProgrammeProfile;
import fi.hanke.core.programme.ProjectType;
import fi.hanke.core.project.Decision;
import fi.hanke.core.project.Project;
import java.awt.Color;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.javamoney.moneta.FastMoney;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The funding plan (<i>rahoitussuunnitelma</i>) as one stacked bar: each line of the plan as the document states
 * it, in its order (EU and State, own, external), with its amount and share, and a dashed line at the aid ceiling
 * of the project type (<i>tuen enimmäismäärä</i>, 80 % of the net cost for a development project, 867/2021 §4(1)).
 */
final class FundingPicture {
  private FundingPicture() {}

  static final int WIDTH = 860;
  static final int HEIGHT = 380;

  /**
   * @param project the project (or a group's shared plan) whose funding plan is drawn
   * @param profile the programme profile whose aid ceilings apply
   * @param language the language of the labels
   * @return the picture, or why it is not drawn
   */
  static Picture of(Project project, ProgrammeProfile profile, Locale language) {
    if (project.fundingPlan().isEmpty()) {
      return Picture.notDrawn(Texts.FUNDING_NOT_STATED.in(language));
    }
    FundingPlan plan = project.fundingPlan().get();
    if (plan.lines().isEmpty()) {
      return Picture.notDrawn(Texts.FUNDING_NO_LINES.in(language));
    }
    Optional<FastMoney> total = total(plan);
    String category = Texts.FUNDING_APPLIED.in(language);
    DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    List<String> labels = new ArrayList<>();
    List<String> shares = new ArrayList<>();
    for (int i = 0; i < plan.lines().size(); i++) {
      FundingLine line = plan.lines().get(i);
      String share = total.filter(t -> t.isPositive()).map(t -> Texts.share(line.applied(), t, language)).orElse(null);
      String label = "(" + (i + 1) + ") " + line.source().displayName(language) + ": "
          + Texts.money(line.applied(), line.appliedHedge(), language) + (share == null ? "" : " (" + share + ")");
      labels.add(label);
      shares.add("(" + (i + 1) + ")" + (share == null ? "" : " " + share));
      dataset.addValue(Eur.decimal(line.applied()), label, category);
    }

    List<String> notes = new ArrayList<>();
    String totalText = total.map(t -> Texts.FUNDING_TOTAL.in(language) + " " + Texts.money(t,
        plan.statedTotalApplied().isPresent() ? plan.statedTotalAppliedHedge() : Hedge.EXACT, language))
        .orElse(Texts.FUNDING_TOTAL_UNKNOWN.in(language));
    notes.add(totalText);
    if (plan.coverage() == Coverage.PARTIAL) {
      notes.add(Coverage.PARTIAL.displayName(language) + ": " + Texts.PARTIAL.in(language));
    }
    Optional<Ceiling> ceiling = Ceiling.of(project, plan, profile);
    String ceilingText = ceiling.map(c -> c.describe(language) + " (" + Texts.CEILING_LINE.in(language) + ")")
        .orElse(Texts.CEILING_UNKNOWN.in(language));
    notes.add(ceilingText);

    String title = Texts.FUNDING_PLAN.in(language) + titleSuffix(project);
    JFreeChart chart = ChartFactory.createStackedBarChart(title, null, null, dataset, PlotOrientation.HORIZONTAL,
        true, false, false);
    Svg.style(chart);
    for (String note : notes) {
      Svg.subtitle(chart, note);
    }
    CategoryPlot plot = chart.getCategoryPlot();
    StackedBarRenderer renderer = (StackedBarRenderer) plot.getRenderer();
    Svg.plain(renderer);
    renderer.setDrawBarOutline(true);
    renderer.setDefaultOutlinePaint(Color.WHITE);
    renderer.setMaximumBarWidth(0.45);
    for (int i = 0; i < plan.lines().size(); i++) {
      renderer.setSeriesPaint(i, Svg.COLOURS[i % Svg.COLOURS.length]);
    }
    renderer.setDefaultItemLabelGenerator(ItemLabels.byRow(shares));
    renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.CENTER, TextAnchor.CENTER));
    // a label that does not fit its segment is left out; the legend names every line with its amount
    renderer.setPositiveItemLabelPositionFallback(null);
    NumberAxis axis = (NumberAxis) plot.getRangeAxis();
    axis.setNumberFormatOverride(Axes.euros(language));
    BigDecimal top = BigDecimal.ZERO;
    if (ceiling.isPresent()) {
      BigDecimal maximum = ceiling.get().maximum();
      ValueMarker marker = new ValueMarker(maximum.doubleValue(), Color.BLACK, Svg.DASHED);
      marker.setLabel(ceiling.get().rate.format(language));
      marker.setLabelFont(Svg.TEXT);
      marker.setLabelPaint(Color.BLACK);
      marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
      marker.setLabelTextAnchor(TextAnchor.TOP_LEFT);
      plot.addRangeMarker(marker);
      top = top.max(maximum);
    }
    // negative lines stack below zero, apart from the positive ones
    double below = plan.lines().stream().mapToDouble(l -> Math.min(0, Eur.decimal(l.applied()).doubleValue())).sum();
    double above = plan.lines().stream().mapToDouble(l -> Math.max(0, Eur.decimal(l.applied()).doubleValue())).sum();
    axis.setRange(below * 1.08, Math.max(1, Math.max(above, top.doubleValue()) * 1.08));
    LegendTitle legend = chart.getLegend();
    legend.setPosition(RectangleEdge.BOTTOM);
    legend.setItemFont(Svg.TEXT);

    List<String> parts = new ArrayList<>(List.of(title, String.join("; ", labels)));
    parts.addAll(notes);
    String description = Texts.sentences(parts);
    return Picture.drawn(Svg.draw(chart, ProjectPictures.FUNDING_PLAN, WIDTH, HEIGHT, title, description));
  }

  /** The plan's total: as stated, else the sum of its lines when the whole table is given, else unknown. */
  static Optional<FastMoney> total(FundingPlan plan) {
    if (plan.statedTotalApplied().isPresent()) {
      return plan.statedTotalApplied();
    }
    return plan.coverage() == Coverage.COMPLETE ? Optional.of(plan.totalApplied()) : Optional.empty();
  }

  private static String titleSuffix(Project project) {
    return project.name().map(n -> ": " + n).orElse("");
  }

  /**
   * The aid ceiling as the rules measure it: the rate of the project type on the deciding date (the decision's,
   * else the received date, else the start; or the one rate of the whole programme when the document gives no
   * date), of the net cost the document states, or failing that of its funding total. The amount is exact, shown
   * to the cent rounded down, as a maximum is never overstated.
   */
  static final class Ceiling {
    final Percentage rate;
    final String source;
    final FastMoney base;
    final Hedge baseHedge;
    final boolean ofNet;

    private Ceiling(Percentage rate, String source, FastMoney base, Hedge baseHedge, boolean ofNet) {
      this.rate = rate;
      this.source = source;
      this.base = base;
      this.baseHedge = baseHedge;
      this.ofNet = ofNet;
    }

    static Optional<Ceiling> of(Project project, FundingPlan plan, ProgrammeProfile profile) {
      Optional<AidCeiling> ceiling = ceiling(project, profile);
      if (ceiling.isEmpty()) {
        return Optional.empty();
      }
      Percentage rate = ceiling.get().rate();
      String source = ceiling.get().source();
      Optional<CostEstimate> estimate = project.costEstimate();
      if (estimate.isPresent() && estimate.get().statedNetApplied().isPresent()) {
        return Optional.of(new Ceiling(rate, source, estimate.get().statedNetApplied().get(),
            estimate.get().statedNetAppliedHedge(), true));
      }
      if (estimate.isPresent() && estimate.get().coverage() == Coverage.COMPLETE && !estimate.get().lines().isEmpty()
          && estimate.get().lines().stream().allMatch(l -> l.appliedHedge() == Hedge.EXACT)) {
        return Optional.of(new Ceiling(rate, source, estimate.get().netApplied(), Hedge.EXACT, true));
      }
      Hedge totalHedge = plan.statedTotalApplied().isPresent() ? plan.statedTotalAppliedHedge()
          : plan.lines().stream().map(FundingLine::appliedHedge).filter(h -> h != Hedge.EXACT).findFirst()
              .orElse(Hedge.EXACT);
      return total(plan).filter(FastMoney::isPositive).map(t -> new Ceiling(rate, source, t, totalHedge, false));
    }

    private static Optional<AidCeiling> ceiling(Project project, ProgrammeProfile profile) {
      ProjectType type = project.placement().projectType();
      Optional<LocalDate> date = project.decision().flatMap(Decision::date).or(project::received).or(project::start);
      List<AidCeiling> ofType = profile.aidCeilings().stream().filter(c -> c.projectType() == type)
          .filter(c -> date.isEmpty() || c.validity().contains(date.get())).collect(Collectors.toList());
      boolean oneRate = ofType.stream().map(AidCeiling::rate).distinct().count() == 1;
      return oneRate ? Optional.of(ofType.get(0)) : Optional.empty();
    }

    /** @return the largest aid the ceiling allows, to the cent, rounded down */
    BigDecimal maximum() {
      return rate.exactOf(base).setScale(2, RoundingMode.DOWN);
    }

    String describe(Locale language) {
      return Texts.fill(ofNet ? Texts.CEILING_OF_NET : Texts.CEILING_OF_TOTAL, language, rate.format(language),
          Texts.money(base, baseHedge, language), source, Eur.format(Eur.of(maximum()), language));
    }
  }
}
