package fi.hanke.core.json;

import java.util.List;

/**
 * The index of each of a fixed set of names (field names of a table, keys of an enumeration or catalogue), found by
 * hash in an open-addressing table at least four times their number: one probe and one comparison for a name of
 * the set, without a {@code HashMap}'s boxing, and from a parser's characters without making a {@code String}.
 * A {@code String} is found by its own hash, which it keeps; characters by a hash of their length and three of
 * them, in a second table, so that a value is not hashed in full before it is compared in full. Immutable once
 * built.
 */
final class NameTable {
  private final String[] names;
  /** The names' characters, compared with a parser's. */
  private final char[][] chars;
  /** Index + 1 of the name whose hash lands in a slot (or after it, probing on), 0 for an empty slot. */
  private final int[] slots;
  /** As {@link #slots}, by {@link #charHash}. */
  private final int[] charSlots;

  /** @param names distinct names */
  NameTable(List<String> names) {
    this.names = names.toArray(new String[0]);
    this.chars = names.stream().map(String::toCharArray).toArray(char[][]::new);
    this.slots = new int[Integer.highestOneBit(Math.max(1, this.names.length)) * 4];
    this.charSlots = new int[slots.length];
    for (int i = 0; i < this.names.length; i++) {
      put(slots, this.names[i].hashCode(), i);
      put(charSlots, charHash(chars[i], 0, chars[i].length), i);
    }
  }

  private void put(int[] table, int hash, int index) {
    int s = slot(hash);
    while (table[s] != 0) {
      s = next(s);
    }
    table[s] = index + 1;
  }

  /** A hash of the length and the first, middle and last characters. */
  private static int charHash(char[] chars, int offset, int length) {
    if (length == 0) {
      return 0;
    }
    return ((length * 31 + chars[offset]) * 31 + chars[offset + (length >> 1)]) * 31 + chars[offset + length - 1];
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

  /** @return the name at {@code index} */
  String name(int index) {
    return names[index];
  }

  /** @return the index of the name made of the characters, or -1 if it is not one of the names */
  int indexOf(char[] chars, int offset, int length) {
    for (int s = slot(charHash(chars, offset, length)); charSlots[s] != 0; s = next(s)) {
      char[] candidate = this.chars[charSlots[s] - 1];
      if (same(candidate, chars, offset, length)) {
        return charSlots[s] - 1;
      }
    }
    return -1;
  }

  /** Compares by hand: names are short, for which a loop is quicker than {@code Arrays.equals}. */
  private static boolean same(char[] name, char[] chars, int offset, int length) {
    if (name.length != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (name[i] != chars[offset + i]) {
        return false;
      }
    }
    return true;
  }
}
