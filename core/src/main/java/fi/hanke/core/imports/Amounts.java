package fi.hanke.core.imports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Amounts as Finnish documents write them: "1 094 496", "1 094 496 €", "312 400 e", "412.300 euroa",
 * "102 100€", with ordinary or no-break spaces (already spaces in a {@link Text}) and a decimal comma.
 */
final class Amounts {
  private Amounts() {}

  /** A number: digits in groups of three after a first group of one to three, or plain digits; cents. */
  static final String NUMBER = "(?:[1-9]\\d{0,2}(?:[ .]\\d{3})+|\\d+)(?:,(?:\\d{1,2}|-))?";
  /** A unit after an amount. */
  static final String UNIT = "(?:\\s?(?:€|euroa|euron|EUR|e(?![\\p{L}\\d])))";
  /** An amount with its unit, not inside a longer number. */
  public static final Pattern AMOUNT_WITH_UNIT = Pattern.compile("(?<![\\d.,])(" + NUMBER + ")" + UNIT);
  /** A whole cell: a number with an optional unit. */
  static final Pattern CELL = Pattern.compile("\\s*(" + NUMBER + ")\\s?(?:€|e|euroa)?\\s*");
  static final Pattern PERCENT = Pattern.compile("(\\d{1,3}(?:,\\d{1,2})?)\\s?%");

  /**
   * @param written a number as written, e.g. "1 094 496" or "412.300" or "12,50"
   * @return the amount in euros
   */
  public static BigDecimal parse(String written) {
    String w = written.strip();
    if (w.endsWith(",-")) {
      w = w.substring(0, w.length() - 2);
    }
    String[] parts = w.split(",", -1);
    String whole = parts[0].replace(" ", "").replace(".", "");
    String cents = parts.length > 1 ? parts[1] : "";
    return new BigDecimal(cents.isEmpty() ? whole : whole + "." + cents);
  }

  /**
   * @param written a percentage as written, e.g. "80" or "20,5"
   * @return the number
   */
  public static BigDecimal percent(String written) {
    return new BigDecimal(written.strip().replace(',', '.'));
  }

  /** One number found in a run: its value and its offsets in the run. */
  public record Num(BigDecimal value, int start, int end) {}

  /**
   * The ways a run of numbers can be read as exactly {@code count} amounts. A run whose numbers are separated
   * by a tab or by two or more spaces is read cell by cell; a run with single spaces (where "974 422 0 974
   * 422" may be grouped several ways) gives every grouping in which each amount is a valid number: one to
   * three digits, then groups of exactly three.
   *
   * @param run the text of the numbers, e.g. "974 422 0 974 422" or "314 240\t314 240\t0"
   * @param count how many amounts
   * @return every reading, each a list of {@code count} numbers with offsets in {@code run}
   */
  public static List<List<Num>> readings(String run, int count) {
    List<List<Num>> out = new ArrayList<>();
    String trimmed = run.replaceAll("\\s+$", "");
    if (trimmed.isBlank()) {
      return out;
    }
    if (trimmed.strip().contains("\t") || trimmed.strip().matches(".*\\S {2,}\\S.*")) {
      List<Num> cells = new ArrayList<>();
      Matcher m = Pattern.compile("[^\\t]+?(?=\\t| {2,}|$)").matcher(trimmed);
      while (m.find()) {
        String cell = m.group();
        if (cell.isBlank()) {
          continue;
        }
        Matcher c = CELL.matcher(cell);
        if (!c.matches()) {
          return out;
        }
        cells.add(new Num(parse(c.group(1)), m.start() + c.start(1), m.start() + c.end(1)));
      }
      if (cells.size() == count) {
        out.add(cells);
      }
      return out;
    }
    // single spaces: tokens of digits (a last token may carry a unit or decimals)
    List<int[]> tokens = new ArrayList<>();
    Matcher t = Pattern.compile("\\d+(?:,(?:\\d{1,2}|-))?").matcher(trimmed);
    int last = 0;
    while (t.find()) {
      String gap = trimmed.substring(last, t.start());
      if (!tokens.isEmpty() && !gap.equals(" ") && !gap.equals(".")) {
        return out;
      }
      if (tokens.isEmpty() && !gap.isBlank()) {
        return out;
      }
      tokens.add(new int[] {t.start(), t.end()});
      last = t.end();
    }
    String tail = trimmed.substring(last).strip();
    if (!tail.isEmpty() && !tail.equals("€") && !tail.equals("e") && !tail.equals("euroa")) {
      return out;
    }
    segment(trimmed, tokens, 0, count, new ArrayList<>(), out);
    return out;
  }

  private static void segment(String run, List<int[]> tokens, int from, int count, List<Num> acc,
      List<List<Num>> out) {
    if (count == 0) {
      if (from == tokens.size()) {
        out.add(new ArrayList<>(acc));
      }
      return;
    }
    for (int to = from + 1; to <= tokens.size(); to++) {
      if (!valid(run, tokens, from, to)) {
        continue;
      }
      int s = tokens.get(from)[0];
      int e = tokens.get(to - 1)[1];
      acc.add(new Num(parse(run.substring(s, e)), s, e));
      segment(run, tokens, to, count - 1, acc, out);
      acc.remove(acc.size() - 1);
    }
  }

  private static boolean valid(String run, List<int[]> tokens, int from, int to) {
    String first = run.substring(tokens.get(from)[0], tokens.get(from)[1]);
    boolean hasDecimals = first.contains(",");
    if (to - from == 1) {
      return !(first.length() > 1 && first.startsWith("0") && !first.startsWith("0,"));
    }
    if (hasDecimals || first.length() > 3 || first.startsWith("0")) {
      return false;
    }
    for (int i = from + 1; i < to; i++) {
      String g = run.substring(tokens.get(i)[0], tokens.get(i)[1]);
      String digits = g.contains(",") ? g.substring(0, g.indexOf(',')) : g;
      if (digits.length() != 3 || (g.contains(",") && i != to - 1)) {
        return false;
      }
      // the separators inside one number must agree: all spaces or all dots
      char sepBefore = run.charAt(tokens.get(i)[0] - 1);
      char sepFirst = run.charAt(tokens.get(from + 1)[0] - 1);
      if (sepBefore != sepFirst) {
        return false;
      }
    }
    return true;
  }
}
