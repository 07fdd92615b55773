package be.s3domains.classifier.web;

import static be.s3domains.classifier.contract.ProposalProblem.TOO_LARGE;

import be.s3domains.classifier.contract.CharsetRefusedException;
import be.s3domains.classifier.contract.InvalidProposalException;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers a rejected proposal with RFC 9457 problem details naming the field and the reason: 415
 * for a charset other than UTF-8, 413 for a body over the size limit, 400 otherwise.
 */
@RestControllerAdvice
class InvalidProposalAdvice {

  @ExceptionHandler(InvalidProposalException.class)
  ProblemDetail on(InvalidProposalException rejected) {
    HttpStatus status = HttpStatus.BAD_REQUEST;
    if (rejected instanceof CharsetRefusedException) {
      status = HttpStatus.UNSUPPORTED_MEDIA_TYPE;
    } else if (rejected.problem() == TOO_LARGE) {
      status = HttpStatus.CONTENT_TOO_LARGE;
    }
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, rejected.getMessage());
    problem.setTitle("Invalid proposal");
    problem.setType(URI.create("urn:s3domains:problem:" + rejected.problem().code()));
    problem.setProperty("field", rejected.field());
    problem.setProperty("reason", rejected.problem().code());
    return problem;
  }
}
