package fi.hanke.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.Test;

class WritingTest {
  /** Letters, a high and a low surrogate, and the two halves of an emoji, in any order. */
  private static final char[] CHARS = {'a', 'é', '\uD83D', '\uDE00', '\uD800', '\uDFFF', '€'};

  @Test
  void aLoneSurrogateIsFoundWhereCodePointsFindItInAStringAndInCharactersAtAnyOffset() {
    qt().forAll(lists().of(integers().between(0, CHARS.length - 1)).ofSizeBetween(0, 12), integers().between(0, 4))
        .checkAssert((picks, offset) -> {
          String text = text(picks);
          int expected = byCodePoints(text);
          assertEquals(expected, Writing.loneSurrogate(text), text::toString);
          char[] around = ("x".repeat(offset) + text + "\uDE00").toCharArray(); // a low surrogate after the end
          assertEquals(expected, Writing.loneSurrogate(around, offset, text.length()), text::toString);
        });
  }

  private static String text(List<Integer> picks) {
    StringBuilder b = new StringBuilder();
    for (int pick : picks) {
      b.append(CHARS[pick]);
    }
    return b.toString();
  }

  /** A surrogate that {@code codePointAt} gives as itself is not half of a pair. */
  private static int byCodePoints(String text) {
    for (int i = 0; i < text.length(); ) {
      int codePoint = text.codePointAt(i);
      if (Character.isSurrogate((char) codePoint) && Character.charCount(codePoint) == 1) {
        return i;
      }
      i += Character.charCount(codePoint);
    }
    return -1;
  }
}
