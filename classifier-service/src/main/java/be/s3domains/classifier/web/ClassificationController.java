package be.s3domains.classifier.web;

import static be.s3domains.classifier.contract.ProposalProblem.TOO_LARGE;

import be.s3domains.classifier.contract.ClassificationJson;
import be.s3domains.classifier.contract.InvalidProposalException;
import be.s3domains.classifier.contract.ProposalJson;
import be.s3domains.classifier.engine.Classifications;
import be.s3domains.classifier.engine.ClassifierProperties;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Classifies one proposal synchronously; the answer is the domain-match event's value. */
@RestController
class ClassificationController {

  private final Classifications classifications;
  private final long maxBytes;

  ClassificationController(Classifications classifications, ClassifierProperties properties) {
    this.classifications = classifications;
    this.maxBytes = properties.maxRecordSize().toBytes();
  }

  @Operation(summary = "Classify one proposal; the answer has the domain-match event's JSON")
  @PostMapping(
      path = "/api/v1/classifications",
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  String classify(@RequestBody byte[] proposal) {
    if (proposal.length > maxBytes) {
      throw new InvalidProposalException(
          "$",
          TOO_LARGE,
          "the proposal has " + proposal.length + " bytes, the limit is " + maxBytes + " bytes");
    }
    return ClassificationJson.write(classifications.classify(ProposalJson.parse(proposal)));
  }
}
