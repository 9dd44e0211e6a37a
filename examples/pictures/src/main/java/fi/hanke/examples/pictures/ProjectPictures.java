package fi.hanke.examples.pictures;

import fi.hanke.core.json.HankeDocument;
import fi.hanke.core.programme.Programmes;
import fi.hanke.core.project.GroupProject;
import fi.hanke.core.project.Project;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The pictures of one document (<i>hankkeen kuvat</i>, sv. <i>projektets bilder</i>): its funding plan
 * (<i>rahoitussuunnitelma</i>) as a stacked bar, its cost structure (<i>kustannusrakenne</i>) and its work packages
 * (<i>työpaketit</i>) as a timeline over the project period, each an SVG document as text, labelled in one
 * language. A picture the document does not state enough to draw is absent, and {@link #notDrawn()} says why.
 *
 * <p>Immutable and thread-safe; every picture is drawn once, when the pictures are made. Drawing needs no
 * display ({@code java.awt.headless} may be set or not) but a font: on a bare Debian, {@code fontconfig} and
 * {@code fonts-dejavu-core}.
 *
 * <p>In jshell ({@code jshell --class-path examples/cli/target/hanke.jar}, after {@code import} of
 * {@code fi.hanke.core.json.*}, {@code fi.hanke.examples.pictures.*}, {@code fi.hanke.examples.seeds.*},
 * {@code java.nio.file.*} and {@code java.util.*}):
 *
 * <pre>{@code
 * HankeDocument document = HankeDocument.of(Seeds.digiFocus());
 * ProjectPictures pictures = ProjectPictures.of(document, new Locale("fi"));
 * Path dir = Files.createDirectories(Path.of("target", "pictures"));
 * for (Map.Entry<String, String> picture : pictures.all().entrySet()) {
 *   Files.writeString(dir.resolve(picture.getKey() + ".svg"), picture.getValue());
 * }
 * List<String> reasons = pictures.notDrawn();
 * }</pre>
 *
 * <p>writes {@code funding-plan.svg}, {@code cost-structure.svg} and {@code timeline.svg}; for seed 004, which
 * states no funding plan, {@code reasons} is {@code ["Rahoitussuunnitelmaa ei ole esitetty.", …]}.
 */
public final class ProjectPictures {

  /** The key of the funding plan in {@link #all()}, and the base of its file name. */
  public static final String FUNDING_PLAN = "funding-plan";
  /** The key of the cost structure in {@link #all()}, and the base of its file name. */
  public static final String COST_STRUCTURE = "cost-structure";
  /** The key of the timeline in {@link #all()}, and the base of its file name. */
  public static final String TIMELINE = "timeline";

  private final Map<String, String> drawn;
  private final List<String> notDrawn;

  private ProjectPictures(Map<String, String> drawn, List<String> notDrawn) {
    this.drawn = Collections.unmodifiableMap(drawn);
    this.notDrawn = List.copyOf(notDrawn);
  }

  /**
   * Draws the pictures of a document.
   *
   * @param document the document
   * @param language the language of the labels: Finnish ({@code fi}, also any other), Swedish ({@code sv}) or
   *     English ({@code en})
   * @return its pictures
   * @throws NullPointerException if an argument is null
   */
  public static ProjectPictures of(HankeDocument document, Locale language) {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(language, "language");
    Locale lang = language(language);
    Project project = document.map(p -> p, GroupProject::plan);
    Function<String, String> memberName = document.map(p -> key -> key,
        g -> key -> g.member(key).map(m -> m.organisation().name()).orElse(key));
    Map<String, String> drawn = new LinkedHashMap<>();
    List<String> notDrawn = new ArrayList<>();
    Map<String, Picture> pictures = new LinkedHashMap<>();
    pictures.put(FUNDING_PLAN, FundingPicture.of(project, Programmes.finland2021to2027(), lang));
    pictures.put(COST_STRUCTURE, CostPicture.of(project, lang));
    pictures.put(TIMELINE, TimelinePicture.of(project, memberName, lang));
    pictures.forEach((key, picture) -> {
      picture.svg().ifPresent(svg -> drawn.put(key, svg));
      picture.reason().ifPresent(notDrawn::add);
    });
    return new ProjectPictures(drawn, notDrawn);
  }

  /** Finnish, Swedish or English: the languages of the labels; any other is Finnish, as the documents are. */
  private static Locale language(Locale language) {
    switch (language.getLanguage()) {
      case "sv":
        return new Locale("sv");
      case "en":
        return Locale.ENGLISH;
      default:
        return new Locale("fi");
    }
  }

  /** @return the funding plan as a stacked bar, as an SVG document, if the document states one */
  public Optional<String> fundingPlan() {
    return Optional.ofNullable(drawn.get(FUNDING_PLAN));
  }

  /** @return the cost structure, as an SVG document, if the document states a cost estimate */
  public Optional<String> costStructure() {
    return Optional.ofNullable(drawn.get(COST_STRUCTURE));
  }

  /** @return the work packages as a timeline, as an SVG document, if the document states dated work packages */
  public Optional<String> timeline() {
    return Optional.ofNullable(drawn.get(TIMELINE));
  }

  /**
   * @return the drawn pictures by key ({@value #FUNDING_PLAN}, {@value #COST_STRUCTURE}, {@value #TIMELINE}), in
   *     that order, only those that could be drawn
   */
  public Map<String, String> all() {
    return drawn;
  }

  /** @return for each picture that could not be drawn, a sentence in the language saying which and why */
  public List<String> notDrawn() {
    return notDrawn;
  }
}
