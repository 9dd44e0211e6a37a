package fi.hanke.core.json;

import fi.hanke.core.project.GroupProject;
import fi.hanke.core.project.Project;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * One hanke/1 document (<i>hankeasiakirja</i>, sv. <i>projektdokument</i>): either a project (<i>hanke</i>) or a
 * group project (<i>ryhmähanke</i>), as its {@code "kind"} field says.
 *
 * <p>Immutable; equal when the kinds and the values are equal.
 *
 * <pre>{@code
 * HankeDocument document = HankeDocument.of(Project.builder().name("Kokeiluhanke").build());
 * String name = document.map(p -> p.name().orElse(""), g -> g.groupId().orElse(""));
 * }</pre>
 */
public final class HankeDocument {

  /** What a document holds (<i>asiakirjan laji</i>, sv. <i>dokumentets art</i>). */
  public enum Kind {
    /** Hanke (sv. projekt): {@code "kind": "project"}. */
    PROJECT("project"),
    /** Ryhmähanke (sv. gruppprojekt): {@code "kind": "groupProject"}. */
    GROUP_PROJECT("groupProject");

    private final String jsonName;

    Kind(String jsonName) {
      this.jsonName = jsonName;
    }

    /** @return the value of the {@code "kind"} field: {@code "project"} or {@code "groupProject"} */
    public String jsonName() {
      return jsonName;
    }
  }

  private final Project project;
  private final GroupProject groupProject;

  private HankeDocument(Project project, GroupProject groupProject) {
    this.project = project;
    this.groupProject = groupProject;
  }

  /**
   * @param project a project
   * @return the document holding it
   * @throws NullPointerException if {@code project} is null
   */
  public static HankeDocument of(Project project) {
    return new HankeDocument(Objects.requireNonNull(project, "project"), null);
  }

  /**
   * @param groupProject a group project
   * @return the document holding it
   * @throws NullPointerException if {@code groupProject} is null
   */
  public static HankeDocument of(GroupProject groupProject) {
    return new HankeDocument(null, Objects.requireNonNull(groupProject, "groupProject"));
  }

  /** @return what the document holds */
  public Kind kind() {
    return project != null ? Kind.PROJECT : Kind.GROUP_PROJECT;
  }

  /** @return the project, if the document holds one */
  public Optional<Project> project() {
    return Optional.ofNullable(project);
  }

  /** @return the group project, if the document holds one */
  public Optional<GroupProject> groupProject() {
    return Optional.ofNullable(groupProject);
  }

  /**
   * Applies the function that fits the kind.
   *
   * @param ifProject applied to a project
   * @param ifGroupProject applied to a group project
   * @param <R> the result type
   * @return the function's result
   */
  public <R> R map(Function<Project, R> ifProject, Function<GroupProject, R> ifGroupProject) {
    return project != null ? ifProject.apply(project) : ifGroupProject.apply(groupProject);
  }

  /**
   * The public name (<i>hankkeen julkinen nimi</i>): the project's, or the name of the group's shared plan.
   *
   * @return the name, or an empty string when the document gives none
   */
  public String name() {
    return (project != null ? project : groupProject.plan()).name().orElse("");
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof HankeDocument)) {
      return false;
    }
    HankeDocument other = (HankeDocument) o;
    return Objects.equals(project, other.project) && Objects.equals(groupProject, other.groupProject);
  }

  @Override
  public int hashCode() {
    return Objects.hash(project, groupProject);
  }

  @Override
  public String toString() {
    return "HankeDocument[" + kind().jsonName() + ": " + map(Object::toString, Object::toString) + "]";
  }
}
