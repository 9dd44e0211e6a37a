/**
 * Hanke examples: SVG pictures of a document (<i>asiakirjan kuvat</i>, sv. <i>dokumentets bilder</i>): the funding
 * plan as a stacked bar, the cost structure and the work packages as a timeline, drawn with JFreeChart into
 * JFreeSVG.
 */
module fi.hanke.examples.pictures {
  requires transitive fi.hanke.core;
  requires java.desktop;
  requires org.jfree.jfreechart;
  requires org.jfree.svg;

  exports fi.hanke.examples.pictures;
}
