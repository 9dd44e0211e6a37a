package fi.hanke.examples.bench;

import fi.hanke.core.imports.ImportResult;
import fi.hanke.core.imports.Importer;
import fi.hanke.examples.DocumentInput;
import fi.hanke.examples.TextPdf;
import fi.hanke.examples.seeds.Seeds;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH benchmark of importing a long PDF (<i>pitkän PDF:n tuonti</i>, sv. <i>import av en lång PDF</i>): a PDF of
 * at least {@value #PAGES} pages made in the setup with the command line's {@link TextPdf} (A4 landscape, 7 pt
 * Helvetica, about 59 lines a page) from seed 002's text (the EURA printout of DigiFocus) followed by copies of it
 * as appendices ("Liite 1", "Liite 2", …), so that the importer meets the layout it knows on every page. Per
 * document: the text extracted with PDFBox as the {@code import} command does ({@link DocumentInput#pdfText}),
 * then read by {@link Importer#read(String)}; and each of the two alone.
 *
 * <p>Run with {@code examples/bench/run.sh PdfImportBenchmark -f 1 -wi 3 -i 5}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class PdfImportBenchmark {
  /** The fewest pages the PDF has. */
  static final int PAGES = 50;

  private Importer importer;
  private byte[] pdf;
  private String text;

  /** Creates the benchmark state (JMH calls it). */
  public PdfImportBenchmark() {}

  /** Prints the PDF and extracts its text once, for the import-only benchmark. */
  @Setup
  public void setUp() throws IOException {
    importer = Importer.standard();
    pdf = pdf(PAGES);
    text = DocumentInput.pdfText(pdf);
  }

  /**
   * @param pages the fewest pages
   * @return seed 002's text and as many appendix copies of it as make at least that many pages, as a PDF
   */
  public static byte[] pdf(int pages) {
    String seed = Seeds.all().stream().filter(s -> s.fileName().startsWith("002")).findFirst().orElseThrow().text();
    StringBuilder text = new StringBuilder(seed);
    for (int copy = 1; ; copy++) {
      byte[] pdf = TextPdf.render(text.toString());
      if (pagesOf(pdf) >= pages) {
        return pdf;
      }
      text.append("\n\nLiite ").append(copy).append("\n\n").append(seed);
    }
  }

  /**
   * @param pdf the bytes of a PDF
   * @return its number of pages
   */
  public static int pagesOf(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return document.getNumberOfPages();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** @return what the importer read from the PDF's text, the text extracted first */
  @Benchmark
  public ImportResult extractAndImport() throws IOException {
    return importer.read(DocumentInput.pdfText(pdf));
  }

  /** @return the PDF's text, extracted with PDFBox */
  @Benchmark
  public String extractOnly() throws IOException {
    return DocumentInput.pdfText(pdf);
  }

  /** @return what the importer read from the text extracted in the setup */
  @Benchmark
  public ImportResult importOnly() {
    return importer.read(text);
  }
}
