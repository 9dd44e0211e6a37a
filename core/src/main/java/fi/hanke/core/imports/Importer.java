package fi.hanke.core.imports;

import fi.hanke.core.region.Regions;
import java.util.Objects;

/**
 * The importer (<i>tuoja</i>, sv. <i>importör</i>): turns the text of a document as people hold it — a EURA
 * 2021 printout, a regional council's agenda item, a council's minutes or a list of projects — into the
 * model, recording where each figure came from and naming what it could not read. It never invents a figure:
 * what it cannot read one way stays unstated and is named in the notes; a table read only in part is marked
 * {@link fi.hanke.core.Coverage#PARTIAL}; "enintään" is kept as {@link fi.hanke.core.money.Hedge#AT_MOST},
 * "arviolta" and "noin" as {@link fi.hanke.core.money.Hedge#ABOUT}. Documents of other programmes (Interreg,
 * the recovery facility, national grants, 2014–2020) are recognised and not read into the model.
 *
 * <p>An importer holds no state and may serve many threads. It prints nothing and uses no network.
 *
 * <pre>{@code
 * ImportResult result = Importer.standard().read(Files.readString(Path.of("valintaesitys.txt")));
 * if (result.isRead()) {
 *   HankeDocument document = result.documents().get(0);
 * }
 * }</pre>
 */
public final class Importer {
  private final Regions regions;

  private Importer(Regions regions) {
    this.regions = regions;
  }

  /** @return an importer that looks regions and municipalities up in {@link Regions#finland()} */
  public static Importer standard() {
    return new Importer(Regions.finland());
  }

  /**
   * @param regions the catalogue to look regions and municipalities up in
   * @return an importer using it
   */
  public static Importer withRegions(Regions regions) {
    return new Importer(Objects.requireNonNull(regions, "regions"));
  }

  /**
   * Reads a text.
   *
   * @param text the document's text, with any line ends, tabs or no-break spaces
   * @return what was read, never null
   */
  public ImportResult read(String text) {
    return Importing.read(Objects.requireNonNull(text, "text"), regions);
  }
}
