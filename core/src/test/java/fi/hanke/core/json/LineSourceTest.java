package fi.hanke.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineSourceTest {
  /** Bytes next to a newline's in value or bit pattern, and bytes with the high bit set, which UTF-8 text has. */
  private static final int[] BYTES = {'\n', '\n' + 1, '\n' - 1, '\n' | 0x80, 0x00, 0x01, 0x7F, 0x80, 0xFF, 'a', '{'};

  @Test
  void theWordAtATimeScanFindsTheFirstNewlineThatAByteByByteLoopFinds() {
    qt().forAll(lists().of(integers().between(0, BYTES.length - 1)).ofSizeBetween(0, 40), integers().between(0, 40),
            integers().between(0, 40))
        .checkAssert((picks, a, b) -> {
          byte[] bytes = bytes(picks);
          int from = Math.min(a, bytes.length);
          int to = Math.max(from, Math.min(b, bytes.length));
          assertEquals(byteByByte(bytes, from, to), LineSource.newline(bytes, from, to),
              Arrays.toString(bytes) + " from " + from + " to " + to);
        });
  }

  private static byte[] bytes(List<Integer> picks) {
    byte[] bytes = new byte[picks.size()];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) BYTES[picks.get(i)];
    }
    return bytes;
  }

  private static int byteByByte(byte[] bytes, int from, int to) {
    for (int i = from; i < to; i++) {
      if (bytes[i] == '\n') {
        return i;
      }
    }
    return -1;
  }
}
