package fi.hanke.examples.pictures;

import fi.hanke.core.project.Project;
import fi.hanke.core.work.MonthPeriod;
import fi.hanke.core.work.WorkPackage;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.TimeZone;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.renderer.category.GanttRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.gantt.Task;
import org.jfree.data.gantt.TaskSeries;
import org.jfree.data.gantt.TaskSeriesCollection;
import org.jfree.data.time.SimpleTimePeriod;
import org.jfree.svg.SVGHints;

/**
 * The work packages (<i>työpaketit</i>) as a timeline: one row per work package, labelled with its code, title and
 * the members responsible (<i>vastuutoteuttajat</i>), a bar over each period the document gives it, in months,
 * and dashed lines at the start and end of the project period (<i>toteutusaika</i>) where the document states them.
 */
final class TimelinePicture {
  private TimelinePicture() {}

  static final int WIDTH = 960;
  static final int ROW = 44;
  private static final int TITLE_LENGTH = 70;

  /**
   * @param project the project (or a group's shared plan) whose work packages are drawn
   * @param memberName the name of a responsible member by the key the work packages use
   * @param language the language of the labels
   * @return the picture, or why it is not drawn
   */
  static Picture of(Project project, Function<String, String> memberName, Locale language) {
    List<WorkPackage> packages = project.workPackages();
    if (packages.isEmpty()) {
      return Picture.notDrawn(Texts.NO_WORK_PACKAGES.in(language));
    }
    if (packages.stream().allMatch(w -> w.periods().isEmpty())) {
      return Picture.notDrawn(Texts.NO_PERIODS.in(language));
    }
    if (packages.stream().allMatch(w -> drawable(w).isEmpty())) {
      return Picture.notDrawn(Texts.NO_DRAWABLE_PERIODS.in(language));
    }
    TaskSeries series = new TaskSeries(Texts.WORK_PACKAGES.in(language));
    List<String> described = new ArrayList<>();
    YearMonth first = null;
    YearMonth last = null;
    for (int i = 0; i < packages.size(); i++) {
      WorkPackage w = packages.get(i);
      String members = w.responsibleMembers().stream().map(memberName).collect(Collectors.joining(", "));
      String row = w.code() + " " + shorten(w.title())
          + (members.isEmpty() ? "" : " — " + Texts.RESPONSIBLE.in(language) + ": " + members);
      if (series.get(row) != null) {
        row = row + " [" + (i + 1) + "]";
      }
      String periods = w.periods().stream().map(p -> Texts.month(p.start()) + "–" + Texts.month(p.end()))
          .collect(Collectors.joining(", "));
      described.add(w.code() + " " + w.title() + ": "
          + (w.periods().isEmpty() ? Texts.NO_PERIOD.in(language) : periods)
          + (members.isEmpty() ? "" : ", " + Texts.RESPONSIBLE.in(language) + ": " + members));
      List<MonthPeriod> drawable = drawable(w);
      // a period that ends before it starts is named, never turned round
      String reversed = w.periods().stream().filter(p -> p.end().isBefore(p.start()))
          .map(p -> Texts.month(p.start()) + "–" + Texts.month(p.end())).collect(Collectors.joining(", "));
      if (!reversed.isEmpty()) {
        row = row + " (" + Texts.REVERSED.in(language) + ": " + reversed + ")";
        described.set(described.size() - 1, described.get(described.size() - 1) + " ("
            + Texts.REVERSED.in(language) + ": " + reversed + ")");
      }
      if (drawable.isEmpty()) {
        row = w.periods().isEmpty() ? row + " (" + Texts.NO_PERIOD.in(language) + ")" : row;
        series.add(new Task(row, null));
        continue;
      }
      YearMonth start = drawable.stream().map(MonthPeriod::start).min(YearMonth::compareTo).orElseThrow();
      YearMonth end = drawable.stream().map(MonthPeriod::end).max(YearMonth::compareTo).orElseThrow();
      first = first == null || start.isBefore(first) ? start : first;
      last = last == null || end.isAfter(last) ? end : last;
      Task task = new Task(row, period(start, end));
      if (drawable.size() > 1) {
        for (MonthPeriod p : drawable) {
          task.addSubtask(new Task(row + " " + p, period(p.start(), p.end())));
        }
      }
      series.add(task);
    }
    Optional<LocalDate> projectStart = project.start();
    Optional<LocalDate> projectEnd = project.end();
    String period = projectStart.isPresent() && projectEnd.isPresent()
        ? Texts.fill(Texts.PROJECT_PERIOD, language, date(projectStart.get(), language), date(projectEnd.get(), language))
        : Texts.PERIOD_NOT_STATED.in(language);
    TaskSeriesCollection dataset = new TaskSeriesCollection();
    dataset.add(series);

    String title = Texts.TIMELINE.in(language) + project.name().map(n -> ": " + n).orElse("");
    JFreeChart chart = ChartFactory.createGanttChart(title, null, Texts.MONTH.in(language), dataset, false, false,
        false);
    Svg.style(chart);
    Svg.subtitle(chart, period);
    CategoryPlot plot = chart.getCategoryPlot();
    CategoryAxis rows = plot.getDomainAxis();
    rows.setTickLabelFont(Svg.SMALL);
    rows.setMaximumCategoryLabelWidthRatio(0.42f);
    rows.setMaximumCategoryLabelLines(3);
    PackageRenderer renderer = new PackageRenderer(packages.stream().map(WorkPackage::code)
        .collect(Collectors.toList()));
    plot.setRenderer(renderer);
    Svg.plain(renderer);
    renderer.setSeriesPaint(0, Svg.COLOURS[0]);
    renderer.setDrawBarOutline(true);
    renderer.setDefaultOutlinePaint(Color.BLACK);

    YearMonth from = first;
    YearMonth to = last;
    if (projectStart.isPresent()) {
      YearMonth s = YearMonth.from(projectStart.get());
      from = s.isBefore(from) ? s : from;
      plot.addRangeMarker(marker(projectStart.get(), Texts.PROJECT_START.in(language) + " " + date(projectStart.get(), language),
          RectangleAnchor.BOTTOM_RIGHT, TextAnchor.BOTTOM_LEFT));
    }
    if (projectEnd.isPresent()) {
      YearMonth e = YearMonth.from(projectEnd.get());
      to = e.isAfter(to) ? e : to;
      plot.addRangeMarker(marker(projectEnd.get().plusDays(1),
          Texts.PROJECT_END.in(language) + " " + date(projectEnd.get(), language), RectangleAnchor.BOTTOM_LEFT,
          TextAnchor.BOTTOM_RIGHT));
    }
    DateAxis axis = (DateAxis) plot.getRangeAxis();
    TimeZone utc = TimeZone.getTimeZone(ZoneOffset.UTC);
    axis.setTimeZone(utc);
    axis.setRange(instant(from.atDay(1)), instant(to.plusMonths(1).atDay(1)));
    long months = ChronoUnit.MONTHS.between(from, to) + 1;
    // at most about ten month labels, so that none overlaps
    int step = months <= 10 ? 1 : months <= 20 ? 2 : months <= 30 ? 3 : months <= 60 ? 6
        : 12 * (int) Math.max(1, (months + 119) / 120);
    SimpleDateFormat format = new SimpleDateFormat("M/yyyy", Locale.ROOT);
    format.setTimeZone(utc);
    axis.setTickUnit(new DateTickUnit(DateTickUnitType.MONTH, step, format));
    axis.setTickLabelFont(Svg.SMALL);

    String description = Texts.sentences(List.of(title, period, String.join("; ", described)));
    int height = 150 + ROW * packages.size();
    return Picture.drawn(Svg.draw(chart, ProjectPictures.TIMELINE, WIDTH, height, title, description));
  }

  /**
   * Draws each work package's bars in an SVG group of class {@code work-package} with its code in
   * {@code data-code}, so that a page or a test finds the bars of a package without going by colour or position.
   */
  private static final class PackageRenderer extends GanttRenderer {
    private static final long serialVersionUID = 1L;
    private final List<String> codes;

    PackageRenderer(List<String> codes) {
      this.codes = List.copyOf(codes);
    }

    @Override
    public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea, CategoryPlot plot,
        CategoryAxis domainAxis, ValueAxis rangeAxis, CategoryDataset dataset, int row, int column, int pass) {
      g2.setRenderingHint(SVGHints.KEY_BEGIN_GROUP, Map.of("class", "work-package", "data-code", codes.get(column)));
      super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
      g2.setRenderingHint(SVGHints.KEY_END_GROUP, Boolean.TRUE);
    }
  }

  /** @return the periods of a work package that can be drawn: those that do not end before they start */
  static List<MonthPeriod> drawable(WorkPackage w) {
    return w.periods().stream().filter(p -> !p.end().isBefore(p.start())).collect(Collectors.toList());
  }

  private static ValueMarker marker(LocalDate day, String label, RectangleAnchor anchor, TextAnchor text) {
    ValueMarker marker = new ValueMarker(instant(day).getTime(), Color.BLACK, Svg.DASHED);
    marker.setLabel(label);
    marker.setLabelFont(Svg.SMALL);
    marker.setLabelPaint(Color.BLACK);
    marker.setLabelAnchor(anchor);
    marker.setLabelTextAnchor(text);
    return marker;
  }

  /** From the first day of the first month to the first day of the month after the last, in UTC. */
  private static SimpleTimePeriod period(YearMonth start, YearMonth end) {
    return new SimpleTimePeriod(instant(start.atDay(1)), instant(end.plusMonths(1).atDay(1)));
  }

  private static Date instant(LocalDate day) {
    return Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
  }

  /** Finnish and Swedish documents write 1.1.2025; in English the ISO date 2025-01-01 cannot be misread. */
  private static String date(LocalDate day, Locale language) {
    return language.getLanguage().equals("en") ? day.toString()
        : day.getDayOfMonth() + "." + day.getMonthValue() + "." + day.getYear();
  }

  private static String shorten(String title) {
    return title.length() <= TITLE_LENGTH ? title : title.substring(0, TITLE_LENGTH - 1).stripTrailing() + "…";
  }
}
