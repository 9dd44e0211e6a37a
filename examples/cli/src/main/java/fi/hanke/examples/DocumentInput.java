package fi.hanke.examples;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The text of a document to import (<i>tuotava asiakirja</i>, sv. <i>dokument som importeras</i>): a file or standard input, as UTF-8 text or as a
 * PDF whose text PDFBox extracts. The library reads only text; PDF stays in this module.
 */
public final class DocumentInput {
  private DocumentInput() {}

  /**
   * @param file a path, or "-" for standard input
   * @param stdin what "-" reads
   * @return the text: the PDF's extracted text, or the bytes as UTF-8 without a byte-order mark
   * @throws IOException if the file cannot be read or the PDF cannot be parsed
   */
  static String read(String file, InputStream stdin) throws IOException {
    byte[] bytes = file.equals("-") ? stdin.readAllBytes() : Files.readAllBytes(Paths.get(file));
    return isPdf(bytes) ? pdfText(bytes) : text(bytes);
  }

  /**
   * @param bytes a document's text in UTF-8
   * @return the text without a byte-order mark
   */
  static String text(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /** @return whether the bytes start as a PDF does ("%PDF-") */
  static boolean isPdf(byte[] bytes) {
    return bytes.length >= 5 && bytes[0] == '%' && bytes[1] == 'P' && bytes[2] == 'D' && bytes[3] == 'F'
        && bytes[4] == '-';
  }

  /**
   * @param pdf the bytes of a PDF
   * @return its text, page after page, lines in reading order
   * @throws IOException if PDFBox cannot parse it
   */
  public static String pdfText(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      stripper.setLineSeparator("\n");
      // a gap of a blank line between printed lines comes back as a blank line, which layouts rely on
      stripper.setAddMoreFormatting(true);
      stripper.setParagraphEnd("\n");
      stripper.setDropThreshold(2.3f);
      return stripper.getText(document);
    }
  }
}
