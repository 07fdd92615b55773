package be.s3domains.classifier.web;

import static be.s3domains.classifier.contract.ProposalProblem.TOO_LARGE;

import be.s3domains.classifier.contract.InvalidProposalException;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Answers a rejected proposal with RFC 9457 problem details naming the field and the reason. */
@RestControllerAdvice
class InvalidProposalAdvice {

  @ExceptionHandler(InvalidProposalException.class)
  ProblemDetail on(InvalidProposalException rejected) {
    HttpStatus status =
        rejected.problem() == TOO_LARGE ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST;
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, rejected.getMessage());
    problem.setTitle("Invalid proposal");
    problem.setType(URI.create("urn:s3domains:problem:" + rejected.problem().code()));
    problem.setProperty("field", rejected.field());
    problem.setProperty("reason", rejected.problem().code());
    return problem;
  }
}
