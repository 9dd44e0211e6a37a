package fi.hanke.core.project;

import fi.hanke.core.internal.HankeStyle;
import fi.hanke.core.programme.Fund;
import fi.hanke.core.programme.Programme;
import fi.hanke.core.programme.ProjectType;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where a project sits in the programme (<i>ohjelmasijoitus</i>, sv. <i>placering i programmet</i>): the
 * programme (ohjelma) where the document names it, priority (toimintalinja), specific objective
 * (erityistavoite), fund, support form (tukimuoto) and project type.
 */
@HankeStyle
@Value.Immutable
abstract class ProgrammePlacementDef {
  /**
   * @return the programme the document names ("Uudistuva ja osaava Suomi 2021–2027", "Kestävää kasvua ja työtä
   *     2014–2020", …), or empty where it names none, as most documents do: nothing is inferred from absence
   */
  public abstract Optional<Programme> programme();

  /** @return the number of the priority, e.g. 4 */
  public abstract Optional<Integer> priority();

  /** @return the code of the specific objective, e.g. "4.2" */
  public abstract Optional<String> specificObjective();

  /** @return the fund, as the document names it */
  public abstract Optional<Fund> fund();

  /** @return the support form ("Tukimuoto") as the document writes it */
  public abstract Optional<String> supportForm();

  /** @return the project type that decides the aid ceiling (development unless stated) */
  @Value.Default
  public ProjectType projectType() {
    return ProjectType.DEVELOPMENT;
  }
}
