package fi.hanke.core.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A reader of JSON Lines (<i>JSON Lines -lukija</i>, sv. <i>JSON Lines-läsare</i>): one hanke/1 document per line,
 * read one line at a time so that the input is never held whole, for files of any size.
 *
 * <p>Blank lines are skipped. A line that is not a valid document does not stop the reading: it comes out as a
 * {@link JsonLine} with its problems, whose line is the physical line of the input. A line longer than
 * {@link JsonLimits#maxDocumentLength()} is a {@link JsonProblem.Kind#LIMIT_EXCEEDED} problem of that line alone,
 * skipped to its end without being kept. Closing closes the input. Not thread-safe: one reader per input.
 *
 * <pre>{@code
 * try (JsonLines lines = HankeJson.standard().lines(Files.newBufferedReader(path))) {
 *   lines.stream().filter(JsonLine::isRead).forEach(line -> handle(line.document().orElseThrow()));
 * }
 * }</pre>
 */
public final class JsonLines implements Iterator<JsonLine>, AutoCloseable {
  private final LineSource source;
  private final HankeJson json;
  private JsonLine next;
  private boolean ended;

  JsonLines(LineSource source, HankeJson json) {
    this.source = source;
    this.json = json;
  }

  /**
   * @return whether another non-blank line follows
   * @throws UncheckedIOException if the input fails
   */
  @Override
  public boolean hasNext() {
    if (next == null && !ended) {
      try {
        while (source.next()) {
          next = json.readLine(source);
          if (next != null) {
            return true;
          }
        }
        ended = true;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return next != null;
  }

  /**
   * @return the next non-blank line, read or with its problems
   * @throws NoSuchElementException at the end of the input
   * @throws UncheckedIOException if the input fails
   */
  @Override
  public JsonLine next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more lines");
    }
    JsonLine line = next;
    next = null;
    return line;
  }

  /** @return the remaining lines as a sequential stream, which closes this reader when it is closed */
  public Stream<JsonLine> stream() {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL),
        false).onClose(this::close);
  }

  /**
   * Closes the input.
   *
   * @throws UncheckedIOException if closing fails
   */
  @Override
  public void close() {
    try {
      source.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
