package be.s3domains.classifier.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import be.s3domains.catalog.DomainCatalog;
import be.s3domains.catalog.DomainProfile;
import be.s3domains.catalog.Signature;
import be.s3domains.catalog.SignatureKind;
import be.s3domains.classifier.TestEngine;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class BundledCatalogTest {

  private final Classifier classifier = TestEngine.loader().loadBundled();
  private final DomainCatalog catalog = classifier.scorer().catalog();

  @Test
  void holdsTheSevenFlemishClusterDomains() {
    assertThat(catalog.domains())
        .extracting(DomainProfile::id)
        .containsExactly(
            "sustainable-chemistry",
            "specialised-manufacturing",
            "personalised-care",
            "value-added-logistics",
            "agro-food",
            "building-environment-energy",
            "ict-platforms");
  }

  @Test
  void everyDomainHasKeywordsAndTechnologiesInEnglishDutchAndFrench() {
    for (DomainProfile domain : catalog.domains()) {
      for (SignatureKind kind : SignatureKind.values()) {
        assertThat(
                domain.signatures().stream()
                    .filter(s -> s.kind() == kind)
                    .map(Signature::language)
                    .collect(Collectors.toSet()))
            .as("%s %ss", domain.id(), kind.label())
            .containsExactlyInAnyOrder("en", "nl", "fr");
      }
      assertThat(domain.signatures()).as(domain.id()).hasSizeGreaterThan(100);
    }
  }

  @Test
  void shipsACalibrationFittedForThisVersionOfTheCatalog() {
    assertThat(classifier.calibration().isFitted()).isTrue();
    assertThat(classifier.calibration().isFor(catalog)).isTrue();
    assertThat(classifier.calibration().domains().keySet())
        .containsExactlyInAnyOrderElementsOf(
            catalog.domains().stream().map(DomainProfile::id).toList());
  }
}
