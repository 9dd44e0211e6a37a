package fi.hanke.core.imports;

import fi.hanke.core.internal.HankeStyle;
import fi.hanke.core.json.HankeDocument;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * What the importer read from a text (<i>tuonnin tulos</i>, sv. <i>importresultat</i>): the layout it
 * recognised, the projects or group projects (one for a single document, several for a list), the source of
 * every figure, and its notes. A field it could not read is unstated in the model and named in the notes; a
 * table it read only in part is marked {@link fi.hanke.core.Coverage#PARTIAL}.
 *
 * <pre>{@code
 * ImportResult result = Importer.standard().read(text);
 * List<String> names = result.documents().stream().map(HankeDocument::name).toList();
 * List<String> notes = result.notes().stream().map(n -> n.message(Locale.forLanguageTag("fi"))).toList();
 * }</pre>
 */
@HankeStyle
@Value.Immutable
abstract class ImportResultDef {
  /** @return the layout recognised */
  public abstract DocumentLayout layout();

  /** @return the projects and group projects read, in document order (none for an unrecognised text) */
  public abstract List<HankeDocument> documents();

  /** @return every figure read, with its source, in the order read */
  public abstract List<Figure> figures();

  /** @return what could not be read, what is missing, what conflicts, in the order found */
  public abstract List<ImportNote> notes();

  /** @return for {@link DocumentLayout#OTHER_PROGRAMME}, the programme recognised, e.g. "Interreg" */
  public abstract Optional<String> otherProgramme();

  /** @return the text that was read, as given */
  @Value.Auxiliary
  public abstract String text();

  /** @return true when the text is a programme document and at least one project was read */
  public boolean isRead() {
    return layout().isProgrammeDocument() && !documents().isEmpty();
  }

  /**
   * @param path a path, e.g. "plan.fundingPlan.EU_AND_STATE.applied"
   * @return the figures of the first document read at that path
   */
  public Optional<Figure> figure(String path) {
    return figures().stream().filter(f -> f.document() == 0 && f.path().equals(path)).findFirst();
  }

  /**
   * The figures of a document whose paths start with a prefix (e.g. a validation finding's path
   * {@code plan.fundingPlan.EU_AND_STATE}), so that a finding can quote its source.
   *
   * @param document the document's index
   * @param prefix a path prefix
   * @return the figures under it, in the order read
   */
  public List<Figure> figuresUnder(int document, String prefix) {
    return figures().stream()
        .filter(f -> f.document() == document)
        .filter(f -> f.path().equals(prefix) || f.path().startsWith(prefix + ".") || f.path().startsWith(prefix + "["))
        .collect(Collectors.toList());
  }

  /**
   * A line of the text, as given (without its line end).
   *
   * @param number the line number, from 1
   * @return the line, or empty past the end
   */
  public Optional<String> line(int number) {
    String t = text();
    int line = 1;
    int start = 0;
    for (int i = 0; i <= t.length(); i++) {
      boolean end = i == t.length() || t.charAt(i) == '\n' || t.charAt(i) == '\r';
      if (end) {
        if (line == number) {
          return Optional.of(t.substring(start, i));
        }
        if (i == t.length()) {
          break;
        }
        if (t.charAt(i) == '\r' && i + 1 < t.length() && t.charAt(i + 1) == '\n') {
          i++;
        }
        line++;
        start = i + 1;
      }
    }
    return Optional.empty();
  }
}
