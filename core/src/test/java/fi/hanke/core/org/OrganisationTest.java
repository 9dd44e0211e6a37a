package fi.hanke.core.org;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class OrganisationTest {

  @Test
  void builderMakesAValueWithStructuralEquality() {
    Organisation a = Organisation.builder()
        .name("Oulun kaupunki")
        .businessId(BusinessId.parse("0187690-1"))
        .kind(OrganisationKind.MUNICIPALITY)
        .build();
    Organisation b = Organisation.builder()
        .name("Oulun kaupunki")
        .businessId(Optional.of(BusinessId.parse("0187690-1")))
        .kind(OrganisationKind.MUNICIPALITY)
        .build();
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertEquals(Optional.of(BusinessId.parse("0187690-1")), a.businessId());
  }

  @Test
  void businessIdIsOptional() {
    Organisation o = Organisation.builder().name("Kylätoimikunta").kind(OrganisationKind.OTHER).build();
    assertEquals(Optional.empty(), o.businessId());
  }

  @Test
  void aBlankNameIsRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Organisation.builder().name("  ").kind(OrganisationKind.COMPANY).build());
    assertEquals("Organisation name must not be blank", e.getMessage());
  }

  @Test
  void missingKindIsRejected() {
    assertThrows(IllegalStateException.class, () -> Organisation.builder().name("Oy Ab").build());
  }

  @Test
  void withCopiesAreChecked() {
    Organisation o = Organisation.builder().name("Oy Ab").kind(OrganisationKind.COMPANY).build();
    assertEquals("Ab Oy", o.withName("Ab Oy").name());
    assertThrows(IllegalArgumentException.class, () -> o.withName(""));
  }
}
