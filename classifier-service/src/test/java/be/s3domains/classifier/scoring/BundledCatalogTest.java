package be.s3domains.classifier.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import be.s3domains.catalog.DomainCatalog;
import be.s3domains.catalog.DomainProfile;
import be.s3domains.catalog.Signature;
import be.s3domains.catalog.SignatureKind;
import be.s3domains.classifier.TestEngine;
import java.util.Map;
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
  void dutchHasAtLeastAsManyTermsAsEnglishAndFrenchAtLeast150() {
    for (DomainProfile domain : catalog.domains()) {
      Map<String, Long> terms =
          domain.signatures().stream()
              .collect(Collectors.groupingBy(Signature::language, Collectors.counting()));
      assertThat(terms.get("nl")).as(domain.id()).isGreaterThanOrEqualTo(terms.get("en"));
      assertThat(terms.get("fr")).as(domain.id()).isGreaterThanOrEqualTo(150);
    }
  }

  @Test
  void oneStrongTermInAShortDutchProposalReachesTheThreshold() {
    Proposal proposal =
        new Proposal(
            "short-nl",
            "Testveld op een bedrijfsdak",
            "Een groep kmo's op een bedrijventerrein plaatst samen een testopstelling met"
                + " fotovoltaïsche panelen van verschillende fabrikanten. Gedurende twee jaar worden"
                + " opbrengst, veroudering en onderhoud opgevolgd en vergeleken, zodat bedrijven in"
                + " de regio met kennis van zaken kunnen investeren. De resultaten worden gedeeld via"
                + " infosessies en een eindrapport voor ondernemers en lokale besturen.");

    Classification result = classifier.classify(proposal);

    assertThat(result.language()).isEqualTo("nl");
    assertThat(result.primaryDomain()).isEqualTo("building-environment-energy");
    assertThat(result.matches().get(0).evidence())
        .extracting(Evidence::term)
        .containsExactly("fotovoltaïsche");
  }

  @Test
  void theSameScoreMeansMoreInAShortTextThanInALongOne() {
    for (DomainProfile domain : catalog.domains()) {
      DomainCalibration curve = classifier.calibration().forDomain(domain.id());
      assertThat(curve.confidence(1.0, 600))
          .as(domain.id())
          .isGreaterThan(curve.confidence(1.0, 3000));
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
