package fi.hanke.core.imports;

import fi.hanke.core.Term;
import fi.hanke.core.internal.money.OutOfRange;
import fi.hanke.core.json.HankeDocument;
import fi.hanke.core.region.Regions;
import java.util.List;
import java.util.Optional;

/** The importer's work: recognise the layout, read with that layout's reader, collect the result. */
final class Importing {
  private Importing() {}

  /**
   * @param original the text as given
   * @param regions the catalogue of regions and municipalities names are looked up in
   * @return what was read
   */
  public static ImportResult read(String original, Regions regions) {
    Text text = new Text(original);
    Doc doc = new Doc(text);
    ImportResult.Builder result = ImportResult.builder().text(original);
    Optional<Recogniser.Other> other = Recogniser.otherProgramme(text);
    if (other.isPresent()) {
      Recogniser.Other o = other.get();
      doc.notes.add(ImportNote.builder().kind(NoteKind.OTHER_PROGRAMME).field(o.programme())
          .value(original.substring(o.start(), o.end())).source(text.span(o.start(), o.end())).build());
      return result.layout(DocumentLayout.OTHER_PROGRAMME).otherProgramme(o.programme()).notes(doc.notes).build();
    }
    DocumentLayout layout = Recogniser.layout(text, doc);
    List<HankeDocument> documents;
    try {
      documents = read(layout, doc, regions);
    } catch (OutOfRange beyond) {
      // an amount, or a sum the model makes of amounts, beyond ±92 233 720 368 547,75 €: nothing to read into
      // the model; the note names the field and the value, and no figure stands for a document not read
      documents = List.of();
      doc.figures.clear();
      doc.info("asiakirja", null, Term.of(
          "asiakirjaa ei luettu malliin, koska sen euromäärä tai summa ylittää euromäärien rajan: " + beyond.getMessage(),
          "handlingen lästes inte in, eftersom ett belopp eller en summa i den överskrider beloppsgränsen: "
              + beyond.getMessage(),
          "the document was not read into the model, since an amount or a sum of it is beyond the range of amounts: "
              + beyond.getMessage()));
    }
    return result.layout(layout).documents(documents).figures(doc.figures).notes(doc.notes).build();
  }

  private static List<HankeDocument> read(DocumentLayout layout, Doc doc, Regions regions) {
    List<HankeDocument> documents;
    switch (layout) {
      case EURA_PRINTOUT:
        documents = List.of(new EuraReader(doc, regions).read());
        break;
      case AGENDA_ITEM:
        documents = List.of(new AgendaReader(doc, regions).read());
        break;
      case COUNCIL_MINUTES:
        documents = List.of(new MinutesReader(doc).read());
        break;
      case PROJECT_LIST:
        documents = ListReader.read(doc);
        break;
      default:
        documents = List.of();
        doc.info("asiakirja", null, Term.of(
            "tekstistä ei tunnistettu EURA-tulostetta, esityslistan asiaa, pöytäkirjaa eikä hankeluetteloa",
            "texten kändes inte igen som utskrift ur EURA, ärende, protokoll eller projektförteckning",
            "the text was not recognised as a EURA printout, an agenda item, minutes or a list of projects"));
    }
    return documents;
  }
}
