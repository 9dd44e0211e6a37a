package fi.hanke.examples.pictures;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Reads an SVG document with the JDK's XML parser, as a test sees it. */
final class SvgDocuments {
  private SvgDocuments() {}

  static final String SVG = "http://www.w3.org/2000/svg";

  /** @return the parsed document; fails the test if it is not well-formed XML with an svg root */
  static Document parse(String svg) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      DocumentBuilder builder = factory.newDocumentBuilder();
      Document document = builder.parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
      Element root = document.getDocumentElement();
      if (!root.getLocalName().equals("svg") || !SVG.equals(root.getNamespaceURI())) {
        throw new AssertionError("root is not svg: " + root.getTagName());
      }
      return document;
    } catch (Exception e) {
      throw new AssertionError("not well-formed SVG: " + e.getMessage(), e);
    }
  }

  /** @return the text of every {@code <text>} element, in document order: what the picture shows in words */
  static List<String> texts(Document document) {
    NodeList nodes = document.getElementsByTagNameNS(SVG, "text");
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      texts.add(nodes.item(i).getTextContent());
    }
    return texts;
  }

  /**
   * @return the codes of the work packages whose bars the timeline draws (its groups of class work-package
   *     that hold a rectangle), in order
   */
  static List<String> workPackageBars(Document document) {
    NodeList groups = document.getElementsByTagNameNS(SVG, "g");
    List<String> codes = new ArrayList<>();
    for (int i = 0; i < groups.getLength(); i++) {
      Element g = (Element) groups.item(i);
      if (g.getAttribute("class").equals("work-package") && g.getElementsByTagNameNS(SVG, "rect").getLength() > 0) {
        codes.add(g.getAttribute("data-code"));
      }
    }
    return codes;
  }

  /** @return the text of the single element of that name ({@code title}, {@code desc}) */
  static String only(Document document, String name) {
    NodeList nodes = document.getElementsByTagNameNS(SVG, name);
    if (nodes.getLength() != 1) {
      throw new AssertionError("expected one <" + name + ">, found " + nodes.getLength());
    }
    return nodes.item(0).getTextContent();
  }
}
