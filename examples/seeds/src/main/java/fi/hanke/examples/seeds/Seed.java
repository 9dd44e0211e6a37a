package fi.hanke.examples.seeds;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import fi.hanke.core.project.GroupProject;
import fi.hanke.core.project.Project;
import java.util.Objects;
import java.util.Optional;

/**
 * One seed document (<i>siemenasiakirja</i>) and the value encoded from it: either a single project
 * ({@link Project}) or a group project ({@link GroupProject}), never both.
 */
public final class Seed {
  private final String fileName;
  private final Project project;
  private final GroupProject group;

  private Seed(String fileName, Project project, GroupProject group) {
    this.fileName = Objects.requireNonNull(fileName, "fileName");
    if ((project == null) == (group == null)) {
      throw new IllegalArgumentException("a seed is either a project or a group project: " + fileName);
    }
    this.project = project;
    this.group = group;
  }

  /**
   * @param fileName the file name of the document, e.g. "000_1fd54de9332bf4bc.txt"
   * @param project the project encoded from it
   * @return the seed
   */
  public static Seed ofProject(String fileName, Project project) {
    return new Seed(fileName, Objects.requireNonNull(project, "project"), null);
  }

  /**
   * @param fileName the file name of the document, e.g. "003_a429a945fa8dac7e.txt"
   * @param group the group project encoded from it
   * @return the seed
   */
  public static Seed ofGroup(String fileName, GroupProject group) {
    return new Seed(fileName, null, Objects.requireNonNull(group, "group"));
  }

  /**
   * The project's public name as the document writes it (the plan's name for a group project); empty when
   * the document gives none (seed 000).
   *
   * @return the name, if stated
   */
  public Optional<String> name() {
    return project != null ? project.name() : group.plan().name();
  }

  /** @return the file name of the document, e.g. "003_a429a945fa8dac7e.txt" */
  public String fileName() {
    return fileName;
  }

  /**
   * The document's text as it came (<i>asiakirjan teksti</i>), from {@code examples/seeds/documents}, for
   * {@link fi.hanke.core.imports.Importer} to read.
   *
   * @return the text, UTF-8 decoded
   * @throws UncheckedIOException if the text is not on the class path
   */
  public String text() {
    try (InputStream in = Seed.class.getResourceAsStream(fileName)) {
      if (in == null) {
        throw new UncheckedIOException(new IOException("seed text not on the class path: " + fileName));
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** @return the project, if the document is encoded as a single project */
  public Optional<Project> project() {
    return Optional.ofNullable(project);
  }

  /** @return the group project, if the document is encoded as a group project */
  public Optional<GroupProject> group() {
    return Optional.ofNullable(group);
  }

  /**
   * @param obj the object to compare with
   * @return whether {@code obj} is a seed of the same file with an equal value
   */
  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof Seed)) {
      return false;
    }
    Seed other = (Seed) obj;
    return fileName.equals(other.fileName) && Objects.equals(project, other.project)
        && Objects.equals(group, other.group);
  }

  /** @return a hash code consistent with {@link #equals(Object)} */
  @Override
  public int hashCode() {
    return Objects.hash(fileName, project, group);
  }

  /** @return the file name and the name, e.g. "Seed[003_a429a945fa8dac7e.txt: Hallitustyöstä lisää asiakasarvoa]" */
  @Override
  public String toString() {
    return "Seed[" + fileName + ": " + name().orElse("(nimetön)") + "]";
  }
}
