package be.s3domains.classifier.dashboard;

import java.time.Instant;
import java.util.List;

/**
 * One domain-match event as the dashboard lists it.
 *
 * @param proposalId the proposal's id
 * @param language its stated or detected language
 * @param primaryDomain the most confident domain, null for "no domain"
 * @param matches every asserted domain with its confidence, most confident first
 * @param classifiedAt when it was classified
 */
record LatestEvent(
    String proposalId,
    String language,
    String primaryDomain,
    List<Bar> matches,
    Instant classifiedAt) {

  /** A domain and its confidence, drawn as a bar. */
  record Bar(String domain, String label, double confidence) {}
}
