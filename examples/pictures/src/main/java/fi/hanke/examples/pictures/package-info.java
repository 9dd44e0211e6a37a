/**
 * SVG pictures of a Hanke document (<i>asiakirjan kuvat</i>, sv. <i>dokumentets bilder</i>): {@link
 * fi.hanke.examples.pictures.ProjectPictures} draws the funding plan (<i>rahoitussuunnitelma</i>) as one stacked
 * bar, the cost structure (<i>kustannusrakenne</i>) and the work packages (<i>työpaketit</i>) as a timeline, each
 * an SVG document with a {@code <title>} and a {@code <desc>} that says in words what the picture shows, labelled
 * in Finnish, Swedish or English with the model's own names ({@code FundingSource}, {@code CostCategory},
 * {@code CostOption}, {@code Hedge}, {@code Coverage}) and amounts as {@code Eur.format} prints them.
 *
 * <p><b>True to the document.</b> A picture shows what the document states and nothing inferred from what it
 * leaves out: the lines of a partial table ({@code Coverage.PARTIAL}) are drawn as the stated lines only and
 * marked so; shares are shown only against a known total (stated, or the sum of a whole table); the aid ceiling
 * is drawn only where the document states a net cost or a funding total, and a date or a programme-wide rate
 * decides the ceiling; a work package without a period is named without a bar. A picture without enough to draw
 * is left out and {@code notDrawn()} says why.
 *
 * <p><b>Not by colour alone.</b> Each segment of the funding bar carries its number, which its legend entry
 * repeats with the source, the amount and the share; the ceiling and the project's start and end are dashed lines
 * with a label; each cost bar has its amount beside it; each work package's row names it and its members. The
 * colours are the Okabe–Ito set, told apart with the common colour-vision deficiencies.
 *
 * <p><b>Why JFreeChart and JFreeSVG.</b> The pictures are drawn by JFreeChart 1.5.6 ({@code org.jfree:jfreechart}:
 * stacked bars, value markers, Gantt intervals, date and number axes, legends that wrap, category labels that wrap,
 * item labels that are left out when they do not fit) onto the {@code SVGGraphics2D} of JFreeSVG 5.0.7
 * ({@code org.jfree:org.jfree.svg}, the newest 5.0.x on Maven Central), which writes SVG text (with real
 * {@code <text>} elements, so amounts can be searched and read aloud) without Batik. Both are kept by one
 * maintainer, have no dependencies beyond {@code java.desktop}, and draw without a display; in the shaded
 * {@code hanke.jar} they add about 1.6 MB. Hand-written SVG would have been smaller in bytes but had to
 * re-implement text measuring, label wrapping, axis ticks, legends and date ranges; the three charts here are
 * about 650 lines with their Javadoc, mostly choosing what to show, so the library is the smaller and clearer
 * choice.
 *
 * <p><b>Headless.</b> Nothing here sets {@code java.awt.headless} or any other global property: JFreeSVG measures
 * text with an off-screen image, which works with or without a display (the tests run with
 * {@code -Djava.awt.headless=true}). It needs a font through fontconfig: a Debian JDK brings one
 * ({@code libfontconfig1} → {@code fontconfig-config} → {@code fonts-dejavu-core}); {@code .ci/run} installs them
 * when missing.
 */
package fi.hanke.examples.pictures;
