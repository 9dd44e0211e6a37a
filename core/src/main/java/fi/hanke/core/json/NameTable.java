package fi.hanke.core.json;

import java.util.Arrays;
import java.util.List;

/**
 * The index of each of a fixed set of names (field names of a table, keys of an enumeration or catalogue), found by
 * hash in an open-addressing table at least four times their number: one probe and one comparison for a name of
 * the set, without a {@code HashMap}'s boxing, and from a parser's characters without making a {@code String}.
 * Immutable once built.
 */
final class NameTable {
  private final String[] names;
  /** The names' characters, compared with a parser's by {@code Arrays.equals} (vectorised). */
  private final char[][] chars;
  /** Index + 1 of the name whose hash lands in a slot (or after it, probing on), 0 for an empty slot. */
  private final int[] slots;

  /** @param names distinct names */
  NameTable(List<String> names) {
    this.names = names.toArray(new String[0]);
    this.chars = names.stream().map(String::toCharArray).toArray(char[][]::new);
    this.slots = new int[Integer.highestOneBit(Math.max(1, this.names.length)) * 4];
    for (int i = 0; i < this.names.length; i++) {
      int s = slot(this.names[i].hashCode());
      while (slots[s] != 0) {
        s = next(s);
      }
      slots[s] = i + 1;
    }
  }

  private int slot(int hash) {
    return (hash ^ hash >>> 16) & (slots.length - 1);
  }

  private int next(int slot) {
    return (slot + 1) & (slots.length - 1);
  }

  /**
   * @param name a name; a parser gives the same {@code String} for a field name every time, which keeps its hash
   * @return its index, or -1 if it is not one of the names
   */
  int indexOf(String name) {
    for (int s = slot(name.hashCode()); slots[s] != 0; s = next(s)) {
      if (names[slots[s] - 1].equals(name)) {
        return slots[s] - 1;
      }
    }
    return -1;
  }

  /**
   * @return the index of the name made of the characters, or -1 if it is not one of the names; their hash is
   *     computed as {@code String.hashCode} does
   */
  int indexOf(char[] chars, int offset, int length) {
    int hash = 0;
    for (int i = offset; i < offset + length; i++) {
      hash = 31 * hash + chars[i];
    }
    for (int s = slot(hash); slots[s] != 0; s = next(s)) {
      char[] candidate = this.chars[slots[s] - 1];
      if (Arrays.equals(candidate, 0, candidate.length, chars, offset, offset + length)) {
        return slots[s] - 1;
      }
    }
    return -1;
  }
}
