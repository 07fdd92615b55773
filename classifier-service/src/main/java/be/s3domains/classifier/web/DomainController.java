package be.s3domains.classifier.web;

import be.s3domains.catalog.DomainCatalog;
import be.s3domains.classifier.engine.CurrentClassifier;
import be.s3domains.classifier.scoring.Classifier;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The catalog in use, with its version. */
@RestController
class DomainController {

  private final CurrentClassifier classifier;

  DomainController(CurrentClassifier classifier) {
    this.classifier = classifier;
  }

  @Operation(summary = "The domains of the catalog in use and its version")
  @GetMapping("/api/v1/domains")
  Domains domains() {
    Classifier current = classifier.get();
    DomainCatalog catalog = current.scorer().catalog();
    return new Domains(
        catalog.id(),
        current.catalogVersion(),
        catalog.name(),
        catalog.languages(),
        catalog.domains().stream()
            .map(domain -> new Domain(domain.id(), domain.name(), domain.description()))
            .toList());
  }

  record Domains(
      String catalogId,
      String catalogVersion,
      String name,
      List<String> languages,
      List<Domain> domains) {}

  record Domain(String id, String name, String description) {}
}
