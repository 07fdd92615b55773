package be.s3domains.classifier.web;

import static be.s3domains.classifier.contract.ProposalProblem.TOO_LARGE;

import be.s3domains.classifier.contract.ClassificationJson;
import be.s3domains.classifier.contract.ExplainedClassification;
import be.s3domains.classifier.contract.InputPolicy;
import be.s3domains.classifier.contract.InvalidProposalException;
import be.s3domains.classifier.engine.Classifications;
import be.s3domains.classifier.scoring.Classification;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Classifies one proposal synchronously; the answer is the domain-match event's value, with {@code
 * explain=true} also the domains that stayed under the threshold. The body is read up to the size
 * limit and no further, so an oversized upload cannot fill the heap; a body declared in a charset
 * other than UTF-8 is refused (415) before it is read. Thread-safe.
 */
@RestController
class ClassificationController {

  private final Classifications classifications;
  private final InputPolicy input;
  private final int maxBytes;

  ClassificationController(Classifications classifications, InputPolicy input) {
    this.classifications = classifications;
    this.input = input;
    this.maxBytes = (int) Math.min(input.maxBytes(), Integer.MAX_VALUE - 16);
  }

  @Operation(summary = "Classify one proposal; the answer has the domain-match event's JSON")
  @RequestBody(
      required = true,
      description = "A proposal as in schemas/proposal.schema.json",
      content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE))
  @PostMapping(
      path = "/api/v1/classifications",
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  String classify(
      InputStream body,
      @Parameter(
              description =
                  "Also list the domains that scored but stayed under the threshold"
                      + " (notAsserted), with confidence, threshold and evidence")
          @RequestParam(defaultValue = "false")
          boolean explain,
      @Parameter(hidden = true) @RequestHeader(name = HttpHeaders.CONTENT_LENGTH, required = false)
          Long length,
      @Parameter(hidden = true) @RequestHeader(HttpHeaders.CONTENT_TYPE) MediaType type)
      throws IOException {
    InputPolicy.requireUtf8(type.getParameter("charset"));
    if (length != null && length > maxBytes) {
      throw tooLarge("has " + length + " bytes");
    }
    byte[] proposal = body.readNBytes(maxBytes + 1);
    if (proposal.length > maxBytes) {
      throw tooLarge("has more than " + maxBytes + " bytes");
    }
    if (explain) {
      ExplainedClassification explained = classifications.explain(input.proposal(proposal));
      classifications.count(explained.classification());
      return ClassificationJson.write(explained);
    }
    Classification classification = classifications.classify(input.proposal(proposal));
    classifications.count(classification);
    return ClassificationJson.write(classification);
  }

  private InvalidProposalException tooLarge(String size) {
    return new InvalidProposalException(
        "$", TOO_LARGE, "the proposal " + size + ", the limit is " + maxBytes + " bytes");
  }
}
