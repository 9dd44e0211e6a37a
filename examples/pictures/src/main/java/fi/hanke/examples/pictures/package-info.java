/**
 * SVG pictures of a Hanke document (<i>asiakirjan kuvat</i>, sv. <i>dokumentets bilder</i>): {@link
 * fi.hanke.examples.pictures.ProjectPictures}.
 *
 * <p><b>Why JFreeChart and JFreeSVG.</b> The pictures are drawn by JFreeChart 1.5.6 (stacked bars, value markers,
 * interval bars, axes, legends, item labels) onto the {@code SVGGraphics2D} of JFreeSVG 5.0.7
 * ({@code org.jfree:org.jfree.svg}), which writes SVG text without Batik. Both are kept by one maintainer, are
 * small (about 1.6 MB and 60 kB), need nothing but {@code java.desktop}, and draw headless.
 */
package fi.hanke.examples.pictures;
