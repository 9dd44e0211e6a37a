package fi.hanke.core.imports;

import fi.hanke.core.Term;
import fi.hanke.core.internal.money.OutOfRange;
import fi.hanke.core.money.Eur;
import fi.hanke.core.org.BusinessId;
import fi.hanke.core.org.Organisation;
import fi.hanke.core.org.OrganisationKind;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.javamoney.moneta.FastMoney;

/**
 * The reading of one text: the text, the figures read with their sources, and the notes. Readers of each
 * layout share it.
 */
final class Doc {
  static final Pattern DATE = Pattern.compile("(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?!\\d)");
  static final Pattern BUSINESS_ID = Pattern.compile("(?<![\\dA-Za-z])(?:(\\d{7})-(\\d)|FI(\\d{7})(\\d))(?!\\d)");

  final Text text;
  final List<Figure> figures = new ArrayList<>();
  final List<ImportNote> notes = new ArrayList<>();
  int document;

  Doc(Text text) {
    this.text = text;
  }

  // --- figures and notes --------------------------------------------------------------------------------

  void figure(String path, String value, int start, int end) {
    figures.add(Figure.builder().document(document).path(path).value(value).source(text.span(start, end)).build());
  }

  /**
   * The amount of a figure, recorded as a figure.
   *
   * @throws OutOfRange if the amount is beyond the range of an amount, after noting the figure as unread
   */
  FastMoney money(String path, BigDecimal euros, int start, int end) {
    FastMoney m;
    try {
      m = Eur.of(euros);
    } catch (OutOfRange beyond) {
      unread(path, path, start, end);
      throw beyond;
    }
    figure(path, Eur.decimal(m).toPlainString(), start, end);
    return m;
  }

  void unread(String field, String path, int start, int end) {
    quoted(NoteKind.UNREAD, field, path, start, end);
  }

  void missing(String field, String path, Term detail) {
    notes.add(ImportNote.builder().kind(NoteKind.MISSING).document(document).field(field)
        .path(Optional.ofNullable(path)).detail(Optional.ofNullable(detail)).build());
  }

  void conflict(String field, String path, int start, int end) {
    quoted(NoteKind.CONFLICT, field, path, start, end);
  }

  /** A note that quotes the text from {@code start} to {@code end} and points to it. */
  private void quoted(NoteKind kind, String field, String path, int start, int end) {
    notes.add(ImportNote.builder().kind(kind).document(document).field(field)
        .path(Optional.ofNullable(path)).value(text.original().substring(start, end).strip())
        .source(text.span(start, end)).build());
  }

  void info(String field, String path, Term detail) {
    notes.add(ImportNote.builder().kind(NoteKind.INFO).document(document).field(field)
        .path(Optional.ofNullable(path)).detail(detail).build());
  }

  // --- lines and labels ---------------------------------------------------------------------------------

  /** A value found in the text: the words, normalised to single spaces, and its offsets. */
  record Value(String words, int start, int end, int line) {}

  /** @return the index of the first line that starts with the label as a whole word, from a line on */
  int find(String label, int from) {
    for (int i = from; i < text.size(); i++) {
      if (startsWithLabel(text.line(i).stripLeading(), label)) {
        return i;
      }
    }
    return -1;
  }

  int find(String label) {
    return find(label, 0);
  }

  private static final Pattern DIGIT_GROUP_START = Pattern.compile("^\\s*\\d{3}(?!\\d)");
  private static final Pattern NUMBERS_ONLY = Pattern.compile("^\\s*\\d[\\d\\s\\u00A0\\u202F.,%€-]*$");
  private static final Pattern ENDS_WITH_DIGIT = Pattern.compile("\\d\\s*$");

  /**
   * Whether the line after a line may continue a number that the line ends with ("510" / "503 €"): then an
   * amount at the end of the line cannot be read one way.
   */
  boolean continuesNumber(int line) {
    return endsWithNumberBefore(line) && DIGIT_GROUP_START.matcher(text.line(line + 1)).find();
  }

  /**
   * Whether the line after a table's row may hold the rest of its figures: the row ends with a number, and the next
   * line holds numbers only (no label), as when a copy broke "1 660 0 0 %" into "1 660" / "0 0 %". Then the row's
   * numbers cannot be read one way: "1 660" could be one amount or two.
   */
  boolean continuesRow(int line) {
    if (!endsWithNumberBefore(line)) {
      return false;
    }
    String next = text.line(line + 1);
    return DIGIT_GROUP_START.matcher(next).find() || NUMBERS_ONLY.matcher(next).matches();
  }

  /** Whether the line ends with a digit and has a line after it. */
  private boolean endsWithNumberBefore(int line) {
    return line + 1 < text.size() && ENDS_WITH_DIGIT.matcher(text.line(line)).find();
  }

  /** The index of the line that holds an offset, or -1. */
  int lineAt(int offset) {
    for (int i = 0; i < text.size(); i++) {
      if (text.start(i) <= offset && offset <= text.start(i) + text.line(i).length()) {
        return i;
      }
    }
    return -1;
  }

  static boolean startsWithLabel(String line, String label) {
    if (!line.startsWith(label)) {
      return false;
    }
    if (line.length() == label.length()) {
      return true;
    }
    char next = line.charAt(label.length());
    return !Character.isLetterOrDigit(next) && next != '-';
  }

  /**
   * The value of a label: the rest of its line, or, when the line holds only the label, the lines after it up
   * to a blank line or another label.
   */
  Optional<Value> labelValue(String label, List<String> otherLabels) {
    int i = find(label);
    if (i < 0) {
      return Optional.empty();
    }
    Optional<Value> v = valueAfter(i, label, otherLabels);
    if (v.isEmpty()) {
      labelWithoutValue(label, i);
    }
    return v;
  }

  private static final Term NO_VALUE = Term.of("otsikko on asiakirjassa, mutta sen perässä ei ole arvoa",
      "rubriken finns i handlingen men inget värde efter den", "the label is there, with no value after it");

  /** Notes a label found with nothing after it (once), so that a value lost to a page break is not silent. */
  void labelWithoutValue(String label, int line) {
    for (ImportNote n : notes) {
      if (n.kind() == NoteKind.MISSING && n.field().equals(label)) {
        return;
      }
    }
    int s = text.start(line);
    notes.add(ImportNote.builder().kind(NoteKind.MISSING).document(document).field(label).detail(NO_VALUE)
        .source(text.span(s, s + text.line(line).stripTrailing().length())).build());
  }

  /**
   * Like {@link #labelValue(String, List)}, but the value may stand after blank lines ("Maakunnat", blank,
   * "Etelä-Savo"), as long as no other label comes first.
   */
  Optional<Value> labelValueAcrossBlank(String label, List<String> otherLabels) {
    int i = find(label);
    if (i < 0) {
      return Optional.empty();
    }
    Optional<Value> v = valueAfter(i, label, otherLabels);
    if (v.isPresent()) {
      return v;
    }
    int j = i + 1;
    while (j < text.size() && text.blank(j)) {
      j++;
    }
    if (j >= text.size() || j - i > 3 || isLabel(text.line(j), otherLabels)) {
      return Optional.empty();
    }
    return valueAfter(j - 1, "", otherLabels);
  }

  Optional<Value> valueAfter(int i, String label, List<String> otherLabels) {
    String line = text.line(i);
    int lead = line.length() - line.stripLeading().length();
    int from = line.isBlank() ? line.length() : Math.min(line.length(), lead + label.length());
    String rest = line.substring(from);
    int skip = 0;
    while (skip < rest.length() && (rest.charAt(skip) == ':' || Character.isWhitespace(rest.charAt(skip)))) {
      skip++;
    }
    if (skip < rest.length()) {
      // the value may go on over the next lines (a wrapped line), up to a blank line or another label
      int s = text.start(i) + from + skip;
      int e = text.start(i) + line.stripTrailing().length();
      StringBuilder words = new StringBuilder(rest.substring(skip));
      int last = i;
      for (int j = i + 1; j < text.size() && !text.blank(j) && !isLabel(text.line(j), otherLabels); j++) {
        words.append(' ').append(text.line(j).strip());
        e = text.start(j) + text.line(j).stripTrailing().length();
        last = j;
      }
      return Optional.of(new Value(collapse(words.toString()), s, e, last));
    }
    StringBuilder words = new StringBuilder();
    int s = -1;
    int e = -1;
    int j = i + 1;
    for (; j < text.size(); j++) {
      String l = text.line(j);
      if (l.isBlank() || isLabel(l, otherLabels)) {
        break;
      }
      if (s < 0) {
        s = text.start(j) + (l.length() - l.stripLeading().length());
      }
      e = text.start(j) + l.stripTrailing().length();
      words.append(' ').append(l.strip());
    }
    return s < 0 ? Optional.empty() : Optional.of(new Value(collapse(words.toString()), s, e, j - 1));
  }

  static boolean isLabel(String line, List<String> labels) {
    String l = line.stripLeading();
    for (String label : labels) {
      if (startsWithLabel(l, label)) {
        return true;
      }
    }
    return false;
  }

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  static String collapse(String s) {
    return WHITESPACE.matcher(s).replaceAll(" ").strip();
  }

  // --- values -------------------------------------------------------------------------------------------

  Optional<LocalDate> date(String path, String field, Value v) {
    Matcher m = DATE.matcher(text.normal()).region(v.start, v.end);
    if (m.find() && collapse(text.normal().substring(v.start, v.end)).equals(m.group())) {
      Optional<LocalDate> d = date(m);
      if (d.isPresent()) {
        figure(path, d.get().toString(), m.start(), m.end());
        return d;
      }
    }
    unread(field, path, v.start, v.end);
    return Optional.empty();
  }

  static Optional<LocalDate> date(Matcher m) {
    try {
      return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
          Integer.parseInt(m.group(1))));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** A business id in either form, "0600598-8" or the VAT form "FI06005988". */
  static Optional<BusinessId> businessId(Matcher m) {
    return m.group(1) != null
        ? Optional.of(BusinessId.parse(m.group(1) + "-" + m.group(2)))
        : Optional.of(BusinessId.parse(m.group(3) + "-" + m.group(4)));
  }

  /**
   * The legal kind of an organisation as its name says it (the form of company or association in the name):
   * "ammattikorkeakoulu" before "Oy", "ry", "kaupunki", "kunta", "liitto", "ELY-keskus".
   */
  static OrganisationKind kindOf(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.contains("ammattikorkeakoulu")) {
      return OrganisationKind.UNIVERSITY_OF_APPLIED_SCIENCES;
    }
    if (n.contains("yliopisto")) {
      return OrganisationKind.UNIVERSITY;
    }
    if (n.matches(".*\\b(kaupunki|kunta)$")) {
      return OrganisationKind.MUNICIPALITY;
    }
    if (n.matches(".*\\b(oy|oyj|ab|osakeyhtiö)$")) {
      return OrganisationKind.COMPANY;
    }
    if (n.matches(".*\\b(ry|rf|yhdistys|säätiö|sr)$")) {
      return OrganisationKind.ASSOCIATION;
    }
    if (n.contains("ely-keskus") || n.contains("elinkeino-, liikenne- ja ympäristökeskus")) {
      return OrganisationKind.STATE_AGENCY;
    }
    if (n.endsWith("liitto")) {
      return OrganisationKind.REGIONAL_COUNCIL;
    }
    return OrganisationKind.OTHER;
  }

  static final Pattern PRIORITY = Pattern.compile("^(?:TL\\s*)?(\\d{1,2})\\b");
  static final Pattern OBJECTIVE = Pattern.compile("^(\\d{1,2}\\.\\d{1,2})(?!\\d)");

  /**
   * The code at the start of a label's value ("4 Työllistävä …" gives "4", "4.2. Uutta …" gives "4.2"),
   * recorded as a figure, or noted unread.
   */
  Optional<String> code(String label, List<String> labels, Pattern leading, String path) {
    Optional<Value> v = labelValue(label, labels);
    if (v.isEmpty()) {
      return Optional.empty();
    }
    Matcher m = leading.matcher(v.get().words);
    if (!m.find()) {
      unread(label, path, v.get().start, v.get().end);
      return Optional.empty();
    }
    int at = text.normal().indexOf(m.group(1), v.get().start);
    figure(path, m.group(1), at, at + m.group(1).length());
    return Optional.of(m.group(1));
  }

  Organisation organisation(String path, Value v) {
    figure(path + ".name", v.words, v.start, v.end);
    return Organisation.builder().name(v.words).kind(kindOf(v.words)).build();
  }
}
