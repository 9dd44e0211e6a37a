package fi.hanke.core.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RegionValuesTest {

  private static final Region SAVO =
      Region.builder().code("10").nameFi("Etelä-Savo").nameSv("Södra Savolax").nuts3("FI1D1").build();
  private static final Region KARJALA = SAVO.withCode("12").withNameFi("Pohjois-Karjala")
      .withNameSv("Norra Karelen").withNuts3("FI1D3");

  @Test
  void regionWithABadCodeIsRejectedNamingFieldAndValue() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SAVO.withCode("1"));
    assertTrue(e.getMessage().contains("Region.code") && e.getMessage().contains("'1'"), e.getMessage());
  }

  @Test
  void regionWithABlankNameIsRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SAVO.withNameSv(" "));
    assertTrue(e.getMessage().contains("Region.nameSv"), e.getMessage());
  }

  @Test
  void membershipBoundsAreInclusiveAndOpenEndsUnbounded() {
    RegionMembership m = RegionMembership.builder().region(SAVO)
        .validFrom(LocalDate.of(2021, 1, 1)).validUntil(LocalDate.of(2021, 12, 31)).build();
    assertFalse(m.isValidOn(LocalDate.of(2020, 12, 31)));
    assertTrue(m.isValidOn(LocalDate.of(2021, 1, 1)));
    assertTrue(m.isValidOn(LocalDate.of(2021, 12, 31)));
    assertFalse(m.isValidOn(LocalDate.of(2022, 1, 1)));
    assertTrue(RegionMembership.builder().region(SAVO).build().isValidOn(LocalDate.MIN));
  }

  @Test
  void membershipEndingBeforeItStartsIsRejectedNamingTheDate() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> RegionMembership.builder().region(SAVO)
            .validFrom(LocalDate.of(2021, 1, 1)).validUntil(LocalDate.of(2020, 1, 1)).build());
    assertTrue(e.getMessage().contains("validUntil") && e.getMessage().contains("2020-01-01"),
        e.getMessage());
  }

  @Test
  void municipalityWithOverlappingMembershipsIsRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Municipality.builder().code("090").nameFi("Heinävesi").nameSv("Heinävesi")
            .addMembership(RegionMembership.builder().region(SAVO).validUntil(LocalDate.of(2021, 1, 1)).build())
            .addMembership(RegionMembership.builder().region(KARJALA).validFrom(LocalDate.of(2021, 1, 1)).build())
            .build());
    assertTrue(e.getMessage().contains("Municipality.memberships"), e.getMessage());
  }

  @Test
  void municipalityWithoutMembershipsOrWithABadCodeIsRejected() {
    assertThrows(IllegalArgumentException.class,
        () -> Municipality.builder().code("090").nameFi("Heinävesi").nameSv("Heinävesi").build());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Municipality.builder().code("90").nameFi("Heinävesi").nameSv("Heinävesi")
            .addMembership(RegionMembership.builder().region(SAVO).build()).build());
    assertTrue(e.getMessage().contains("Municipality.code") && e.getMessage().contains("'90'"),
        e.getMessage());
  }

  @Test
  void regionOnIsEmptyOutsideEveryMembership() {
    Municipality gone = Municipality.builder().code("099").nameFi("Honkajoki").nameSv("Honkajoki")
        .addMembership(RegionMembership.builder().region(SAVO).validUntil(LocalDate.of(2020, 12, 31)).build())
        .build();
    assertEquals(Optional.of(SAVO), gone.regionOn(LocalDate.of(2020, 12, 31)));
    assertEquals(Optional.empty(), gone.regionOn(LocalDate.of(2021, 1, 1)));
  }

  @Test
  void valuesHaveStructuralEquality() {
    assertEquals(SAVO, Regions.finland().region("Etelä-Savo"));
    assertEquals(SAVO.hashCode(), Regions.finland().region("10").hashCode());
  }
}
