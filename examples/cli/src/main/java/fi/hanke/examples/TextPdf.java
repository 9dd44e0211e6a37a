package fi.hanke.examples;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A text printed as a PDF (<i>teksti PDF:nä</i>, sv. <i>text som PDF</i>) with PDFBox, as a printer would: A4
 * landscape, Helvetica, one text line a printed line (a blank line a gap), tabs as runs of spaces, long prose
 * lines wrapped at spaces, characters the font cannot encode as "?". For tests and benchmarks of the import of
 * PDFs ({@link DocumentInput#pdfText(byte[])} reads the text back).
 */
public final class TextPdf {
  private TextPdf() {}

  private static final float SIZE = 7f;
  private static final float LEADING = 9f;
  private static final int WIDTH = 230;

  /**
   * @param text the text
   * @return the bytes of the PDF
   * @throws UncheckedIOException if PDFBox fails
   */
  public static byte[] render(String text) {
    List<String> lines = new ArrayList<>();
    for (String line : text.replace("\r\n", "\n").split("\n", -1)) {
      String l = line.replace("\t", "    ");
      while (l.length() > WIDTH) {
        int cut = l.lastIndexOf(' ', WIDTH);
        if (cut <= 0) {
          cut = WIDTH;
        }
        lines.add(l.substring(0, cut));
        l = l.substring(cut).stripLeading();
      }
      lines.add(l);
    }
    try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      PDRectangle box = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
      int perPage = (int) ((box.getHeight() - 60) / LEADING);
      for (int from = 0; from < lines.size(); from += perPage) {
        PDPage page = new PDPage(box);
        document.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(document, page)) {
          cs.beginText();
          cs.setFont(font, SIZE);
          cs.setLeading(LEADING);
          cs.newLineAtOffset(30, box.getHeight() - 30);
          for (String line : lines.subList(from, Math.min(lines.size(), from + perPage))) {
            if (!line.isBlank()) {
              cs.showText(encodable(font, line));
            }
            cs.newLine();
          }
          cs.endText();
        }
      }
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String encodable(PDType1Font font, String line) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < line.length(); i++) {
      String c = String.valueOf(line.charAt(i));
      try {
        font.encode(c);
        out.append(c);
      } catch (IOException | IllegalArgumentException e) {
        out.append('?');
      }
    }
    return out.toString();
  }
}
