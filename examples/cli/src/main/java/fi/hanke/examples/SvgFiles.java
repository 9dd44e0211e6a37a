package fi.hanke.examples;

import fi.hanke.core.json.HankeDocument;
import fi.hanke.examples.pictures.ProjectPictures;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code --svg DIR} option of {@code check} and {@code validate} (<i>kuvat SVG-muodossa</i>, sv. <i>bilder i
 * SVG</i>): writes the pictures of each document ({@code funding-plan.svg}, {@code cost-structure.svg},
 * {@code timeline.svg}, those the document states enough to draw) into DIR, or into DIR/N for the N-th of several
 * documents, and says which were written and which not, and why.
 */
final class SvgFiles {
  private SvgFiles() {}

  /**
   * @param documents the documents, with the number each is known by (its place in a list, or its line)
   * @param dir the directory given to {@code --svg}
   * @param locale the language of the pictures and the messages
   * @param out where the written and not-drawn lines go
   * @param err where a directory that cannot be written is named
   * @return true if every drawable picture was written
   */
  static boolean write(Map<Integer, HankeDocument> documents, String dir, Locale locale, PrintStream out,
      PrintStream err) {
    Path root;
    try {
      root = Path.of(dir);
    } catch (InvalidPathException e) {
      err.println(Language.text(locale, "svg.cannotWrite", dir, e.getMessage()));
      return false;
    }
    for (Map.Entry<Integer, HankeDocument> d : documents.entrySet()) {
      Path target = documents.size() == 1 ? root : root.resolve(String.valueOf(d.getKey()));
      ProjectPictures pictures = ProjectPictures.of(d.getValue(), locale);
      try {
        Files.createDirectories(target);
        for (Map.Entry<String, String> picture : pictures.all().entrySet()) {
          Path file = target.resolve(picture.getKey() + ".svg");
          Files.writeString(file, picture.getValue(), StandardCharsets.UTF_8);
          out.println(Language.text(locale, "svg.written", file));
        }
      } catch (IOException e) {
        err.println(Language.text(locale, "svg.cannotWrite", target, e.getMessage()));
        return false;
      }
      for (String reason : pictures.notDrawn()) {
        out.println(Language.text(locale, "svg.notDrawn", reason));
      }
    }
    return true;
  }

  /** @return the documents numbered from 1, in order */
  static Map<Integer, HankeDocument> numbered(List<HankeDocument> documents) {
    Map<Integer, HankeDocument> numbered = new LinkedHashMap<>();
    for (int i = 0; i < documents.size(); i++) {
      numbered.put(i + 1, documents.get(i));
    }
    return numbered;
  }
}
