package fi.hanke.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.JsonGeneratorDelegate;
import java.io.IOException;

/**
 * The generator of one document being written, with the limits its reader will apply: whatever passes here the
 * reader of the same {@link JsonLimits} reads back equal. A string longer than {@link JsonLimits#maxStringLength()}
 * or holding a lone surrogate, a list or map longer than {@link JsonLimits#maxArrayLength()}, and (checked by
 * {@link Scalars.Decimal}) a number of more than {@link JsonLimits#maxNumberLength()} digits are refused with an
 * {@link IllegalArgumentException} that names where they are.
 */
final class Writing extends JsonGeneratorDelegate {
  final JsonLimits limits;

  Writing(JsonGenerator out, JsonLimits limits) {
    super(out, false);
    this.limits = limits;
  }

  /** @return the limits of the generator's document, or the defaults for a generator that is not a {@code Writing} */
  static JsonLimits limits(JsonGenerator out) {
    return out instanceof Writing ? ((Writing) out).limits : JsonLimits.defaults();
  }

  /** @return where the generator is, as a JSON Pointer, for messages */
  static String where(JsonGenerator out) {
    String pointer = out.getOutputContext().pathAsPointer(true).toString();
    return pointer.isEmpty() ? "/" : pointer;
  }

  @Override
  public void writeString(String text) throws IOException {
    if (text.length() > limits.maxStringLength()) {
      throw new IllegalArgumentException("hanke/1 holds strings of at most maxStringLength = "
          + limits.maxStringLength() + " characters; cannot write one of " + text.length() + " at " + where(this));
    }
    int lone = loneSurrogate(text);
    if (lone >= 0) {
      throw new IllegalArgumentException("hanke/1 holds Unicode text; cannot write a lone surrogate U+"
          + String.format("%04X", (int) text.charAt(lone)) + " at character " + (lone + 1) + " of the string at "
          + where(this));
    }
    super.writeString(text);
  }

  @Override
  public void writeStartArray(Object forValue, int size) throws IOException {
    checkLength(size);
    super.writeStartArray(forValue, size);
  }

  @Override
  public void writeStartObject(Object forValue, int size) throws IOException {
    checkLength(size);
    super.writeStartObject(forValue, size);
  }

  private void checkLength(int size) {
    if (size > limits.maxArrayLength()) {
      throw new IllegalArgumentException("hanke/1 holds lists and maps of at most maxArrayLength = "
          + limits.maxArrayLength() + " elements; cannot write one of " + size + " after " + where(this));
    }
  }

  /** @return the index of the first surrogate that is not half of a pair, or -1 */
  static int loneSurrogate(String text) {
    for (int i = 0, n = text.length(); i < n; i++) {
      if (Character.isSurrogate(text.charAt(i))) { // rare: look at the pairs
        return loneSurrogate(text.toCharArray(), 0, n);
      }
    }
    return -1;
  }

  /**
   * @return the index, from {@code offset}, of the first surrogate among the characters that is not half of a pair,
   *     or -1
   */
  static int loneSurrogate(char[] chars, int offset, int length) {
    for (int i = offset, end = offset + length; i < end; i++) {
      char c = chars[i];
      if (!Character.isSurrogate(c)) {
        continue; // almost every character: one comparison
      }
      if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(chars[i + 1])) {
        i++;
      } else {
        return i - offset;
      }
    }
    return -1;
  }
}
