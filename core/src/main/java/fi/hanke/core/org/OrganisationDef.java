package fi.hanke.core.org;

import fi.hanke.core.internal.HankeStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An organisation (<i>organisaatio, sv. organisation</i>) that applies for or carries out a project: its
 * name, its business id if it has one, and its kind. Immutables generates the public value class
 * {@code Organisation}; create one with {@code Organisation.builder()}.
 */
@HankeStyle
@Value.Immutable
abstract class OrganisationDef {

  /**
   * The official name, as in the trade register or the application.
   *
   * @return the name, never blank
   */
  public abstract String name();

  /**
   * The business id (<i>Y-tunnus</i>), absent for an organisation that has none.
   *
   * @return the business id, if any
   */
  public abstract Optional<BusinessId> businessId();

  /**
   * The legal kind of the organisation.
   *
   * @return the kind
   */
  public abstract OrganisationKind kind();

  /** Rejects a blank name. */
  @Value.Check
  protected void check() {
    if (name().isBlank()) {
      throw new IllegalArgumentException("Organisation name must not be blank");
    }
  }
}
