package fi.hanke.examples.pictures;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Stroke;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/** Draws a chart into SVG text, with a title and a description for people who do not see it. */
final class Svg {
  private Svg() {}

  /** Okabe–Ito colours, told apart by people with any common colour-vision deficiency. */
  static final Paint[] COLOURS = {
      new Color(0x0072B2), new Color(0xE69F00), new Color(0x009E73), new Color(0xCC79A7),
      new Color(0x56B4E9), new Color(0xD55E00), new Color(0xF0E442), new Color(0x999999)};

  static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 16);
  static final Font TEXT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
  static final Font SMALL = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
  static final Stroke DASHED = new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
      new float[] {6f, 4f}, 0f);

  /**
   * The look all three pictures share: a bold title, a white plot with light grid lines.
   *
   * @param chart a chart with a category plot
   */
  static void style(JFreeChart chart) {
    chart.getTitle().setFont(TITLE);
    CategoryPlot plot = chart.getCategoryPlot();
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
  }

  /**
   * Flat bars without shadows, their labels (where shown) black in the text font.
   *
   * @param renderer a bar renderer
   */
  static void plain(BarRenderer renderer) {
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setShadowVisible(false);
    renderer.setDefaultItemLabelsVisible(true);
    renderer.setDefaultItemLabelFont(TEXT);
    renderer.setDefaultItemLabelPaint(Color.BLACK);
  }

  /**
   * @param chart a chart
   * @param subtitle a line under the title, or null
   */
  static void subtitle(JFreeChart chart, String subtitle) {
    if (subtitle != null && !subtitle.isEmpty()) {
      TextTitle text = new TextTitle(subtitle, SMALL);
      chart.addSubtitle(text);
    }
  }

  /**
   * Draws a chart as an SVG document.
   *
   * @param chart the chart
   * @param id the id of the picture, unique on a page ({@code funding-plan}, …): the prefix of its element ids
   * @param width its width in pixels
   * @param height its height in pixels
   * @param title its title, for {@code <title>}
   * @param description what it shows in words, for {@code <desc>}
   * @return the SVG document
   */
  static String draw(JFreeChart chart, String id, int width, int height, String title, String description) {
    chart.setBackgroundPaint(Color.WHITE);
    // room on the right for the last tick label of a horizontal axis
    chart.setPadding(new RectangleInsets(6, 6, 6, 28));
    // every bar, segment and label in a group whose ref names its series and item, for the tests and for a page
    chart.setElementHinting(true);
    SVGGraphics2D g2 = new SVGGraphics2D(width, height);
    g2.setDefsKeyPrefix(id + "-");
    chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
    String element = g2.getSVGElement(id, true, new ViewBox(0, 0, width, height), null, null);
    int open = element.indexOf('>');
    String head = element.substring(0, open).replaceFirst("^<svg ",
        "<svg role=\"img\" aria-labelledby=\"" + id + "-title " + id + "-desc\" ");
    return xmlCharacters("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + head + ">"
        + "<title id=\"" + id + "-title\">" + escape(title) + "</title>"
        + "<desc id=\"" + id + "-desc\">" + escape(description) + "</desc>"
        + element.substring(open + 1) + "\n");
  }

  /**
   * A document's words may hold characters XML 1.0 does not allow (a control character from a PDF's text): each
   * becomes U+FFFD, so that the SVG stays well-formed. They can stand only in text and attribute values, never in
   * the markup written here.
   *
   * @param svg the SVG text
   * @return it with every character XML does not allow replaced
   */
  static String xmlCharacters(String svg) {
    StringBuilder b = null;
    for (int i = 0; i < svg.length(); ) {
      int c = svg.codePointAt(i);
      boolean allowed = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
          || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
      if (!allowed && b == null) {
        b = new StringBuilder(svg.length()).append(svg, 0, i);
      }
      if (b != null) {
        b.appendCodePoint(allowed ? c : 0xFFFD);
      }
      i += Character.charCount(c);
    }
    return b == null ? svg : b.toString();
  }

  /**
   * @param text text
   * @return the text with the characters XML reserves escaped
   */
  static String escape(String text) {
    StringBuilder b = new StringBuilder(text.length() + 16);
    for (char c : text.toCharArray()) {
      switch (c) {
        case '&': b.append("&amp;"); break;
        case '<': b.append("&lt;"); break;
        case '>': b.append("&gt;"); break;
        case '"': b.append("&quot;"); break;
        case '\'': b.append("&apos;"); break;
        default: b.append(c);
      }
    }
    return b.toString();
  }
}
