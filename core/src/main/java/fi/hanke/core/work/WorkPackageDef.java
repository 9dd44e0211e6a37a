package fi.hanke.core.work;

import fi.hanke.core.internal.HankeStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A work package of the project plan (<i>työpaketti</i>, sv. <i>arbetspaket</i>): code (TP0, TP1, … or 1, 2,
 * …), title, the months it runs (possibly in several spells: "1/26-5/26 ja 1/27-5/27"), the group members
 * responsible for it and the member that bears its costs, its targets, participation fees, de minimis
 * measures and the companies planned to take part in them.
 *
 * <pre>{@code
 * WorkPackage tp3 = WorkPackage.builder()
 *     .code("TP3").title("Mainos- ja digitoimistot")
 *     .addPeriod(MonthPeriod.parse("1/27-5/27"))
 *     .addResponsibleMembers("Hake", "Xamk").costBearer("Hake")
 *     .build();
 * }</pre>
 */
@HankeStyle
@Value.Immutable
abstract class WorkPackageDef {
  /** @return the code, e.g. "TP3" or "2" */
  public abstract String code();

  /** @return the title as the document writes it */
  public abstract String title();

  /** @return the spells of months the package runs, in document order; empty if not stated */
  public abstract List<MonthPeriod> periods();

  /** @return a description, if kept */
  public abstract Optional<String> description();

  /** @return the keys of the group members responsible for the package ("vastuutoteuttaja") */
  public abstract List<String> responsibleMembers();

  /** @return the key of the member that bears the package's costs ("vastaa kustannuksista"), if stated */
  public abstract Optional<String> costBearer();

  /** @return the package's targets */
  public abstract List<Target> targets();

  /** @return the participation fees charged in the package */
  public abstract List<ParticipationFee> participationFees();

  /** @return the de minimis measures of the package */
  public abstract List<DeMinimisMeasure> deMinimisMeasures();

  /** @return the companies planned to take part in the package's de minimis measures; usually empty */
  public abstract List<DeMinimisParticipant> deMinimisParticipants();

  @Value.Check
  void check() {
    if (code().isBlank()) {
      throw new IllegalArgumentException("work package code must not be blank");
    }
  }
}
