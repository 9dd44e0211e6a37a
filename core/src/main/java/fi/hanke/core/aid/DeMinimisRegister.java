package fi.hanke.core.aid;

import fi.hanke.core.org.BusinessId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * A register of de minimis aid already granted (<i>de minimis -rekisteri</i>, sv. <i>register över stöd av
 * mindre betydelse</i>) that a validator consults: how much room a single undertaking has left under a
 * regulation on a date, and which grants use it up. {@link DeMinimisLedger} is the library's implementation.
 */
public interface DeMinimisRegister {
  /**
   * The headroom of the single undertaking the business id belongs to.
   *
   * @param undertaking a business id of the undertaking (or of any undertaking linked to it)
   * @param regulation the regulation whose ceiling and window apply
   * @param date the date a new grant would be conferred
   * @return the ceiling minus the aid already in the window; negative if the ceiling is already exceeded
   * @throws IllegalArgumentException if the regulation is not in force on the date
   */
  MonetaryAmount headroom(BusinessId undertaking, DeMinimisRegulation regulation, LocalDate date);

  /**
   * The grants that count against the ceiling on a date.
   *
   * @param undertaking a business id of the undertaking
   * @param regulation the regulation whose ceiling and window apply
   * @param date the date a new grant would be conferred
   * @return the grants in the window, oldest first
   * @throws IllegalArgumentException if the regulation is not in force on the date
   */
  List<DeMinimisAid> grantsInWindow(BusinessId undertaking, DeMinimisRegulation regulation, LocalDate date);

  /**
   * Whether a new grant would exceed a ceiling it must fit under (its own regulation's and every ceiling that
   * cumulates its aid).
   *
   * @param grant the new grant
   * @return the largest excess, or empty if the grant fits (an amount that reaches the ceiling exactly fits)
   * @throws IllegalArgumentException if the grant's regulation is not in force on its date, or if the excess is
   *     beyond the range of an amount (±92 233 720 368 547,75 €; the message names {@code excess} and the sum)
   */
  Optional<DeMinimisExcess> wouldExceed(DeMinimisAid grant);

  /**
   * @param grant a grant to add
   * @return a register that also holds the grant; this one is unchanged
   * @throws IllegalArgumentException if a register cannot hold the grant because its sums would be beyond the
   *     range of an amount ({@link DeMinimisLedger} refuses grants whose gross amounts and largest ceiling add up
   *     beyond it)
   */
  DeMinimisRegister plus(DeMinimisAid grant);
}
