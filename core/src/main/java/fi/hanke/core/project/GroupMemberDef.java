package fi.hanke.core.project;

import fi.hanke.core.internal.HankeStyle;
import fi.hanke.core.org.Organisation;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A member of a group project (<i>ryhmähankkeen toteuttaja</i>, sv. <i>genomförare i gruppprojekt</i>): the
 * main implementer (päätoteuttaja) or a co-implementer (osatoteuttaja), with the short key the plan uses for
 * it ("Xamk", "Miksei") and its own project (application, budget) where the document gives it.
 */
@HankeStyle
@Value.Immutable
abstract class GroupMemberDef {
  /** @return the short key work packages use to name the member, e.g. "Miksei" */
  public abstract String key();

  /** @return the organisation */
  public abstract Organisation organisation();

  /** @return the member's role */
  public abstract MemberRole role();

  /**
   * @return the document's own word for the member's role, where it uses one ("pääpartneri", "osahakija",
   *     "osatoteuttaja", "koordinoija"), kept as written
   */
  public abstract Optional<String> roleLabel();

  /** @return the member's own application number, if known */
  public abstract Optional<String> applicationNumber();

  /** @return the member's own project (its budget and funding plan), where the document gives it */
  public abstract Optional<Project> project();

  @Value.Check
  void check() {
    NotBlank.check(key(), "key");
    applicationNumber().ifPresent(n -> NotBlank.check(n, "applicationNumber"));
  }
}
