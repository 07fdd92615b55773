package be.s3domains.classifier.web;

import static org.assertj.core.api.Assertions.assertThat;

import be.s3domains.classifier.EmbeddedBroker;
import be.s3domains.classifier.PolicyViolations;
import be.s3domains.classifier.ServiceTest;
import be.s3domains.classifier.TestProposals;
import be.s3domains.classifier.contract.ClassificationJson;
import be.s3domains.classifier.scoring.Classification;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

@EmbeddedBroker
class RestApiIT extends ServiceTest {

  @Test
  void classifiesOneProposalWithTheEventsJson() {
    HttpResponse<String> answer =
        postJson("/api/v1/classifications", json(TestProposals.heatPumpRenovation()));

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/json");
    Classification result = ClassificationJson.read(answer.body());
    assertThat(result.proposalId()).isEqualTo("energy-1");
    assertThat(result.primaryDomain()).isEqualTo("energy");
    assertThat(result.catalogVersion()).startsWith("0.1+");
  }

  @Test
  void explainsOnRequestWhichDomainsStayedUnderTheThreshold() {
    HttpResponse<String> plain =
        postJson("/api/v1/classifications", json(TestProposals.weakEnergyHint()));
    HttpResponse<String> explained =
        postJson("/api/v1/classifications?explain=true", json(TestProposals.weakEnergyHint()));

    assertThat(plain.body()).doesNotContain("notAsserted");
    assertThat(explained.statusCode()).isEqualTo(200);
    assertThat(explained.body())
        .contains("\"primaryDomain\":null")
        .contains("\"notAsserted\":[{\"domain\":\"energy\"")
        .contains("\"threshold\":")
        .contains("\"term\":\"energy\"");
  }

  @Test
  void answersAnExplainThatIsNotABooleanWithProblemDetailsNamingIt() {
    HttpResponse<String> answer =
        postJson("/api/v1/classifications?explain=maybe", json(TestProposals.weakEnergyHint()));

    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(answer.body()).contains("explain");
  }

  @Test
  void answersAnInvalidProposalWithProblemDetailsNamingTheField() {
    HttpResponse<String> answer =
        postJson("/api/v1/classifications", bytes("{\"id\":\"p-1\",\"text\":\"  \"}"));

    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(answer.body())
        .contains("\"field\":\"description\"")
        .contains("\"reason\":\"missing-field\"")
        .contains("field 'description' (or 'text') is blank");
  }

  @Test
  void refusesABodyDeclaredInAnotherCharsetWith415() {
    HttpResponse<String> answer =
        post(
            "/api/v1/classifications",
            "application/json;charset=ISO-8859-1",
            json(TestProposals.heatPumpRenovation()));

    assertThat(answer.statusCode()).isEqualTo(415);
    assertThat(answer.body())
        .contains("\"reason\":\"invalid-utf8\"")
        .contains("declared as charset 'ISO-8859-1'; proposals are accepted in UTF-8 only");
  }

  @Test
  void acceptsABodyDeclaredAsUtf8() {
    HttpResponse<String> answer =
        post(
            "/api/v1/classifications",
            "application/json; charset=utf-8",
            json(TestProposals.heatPumpRenovation()));

    assertThat(answer.statusCode()).isEqualTo(200);
  }

  @Test
  void rejectsWhatBreaksTheInputPolicyWithTheReasonsOfKafkaAndTheCommands() {
    assertThat(postJson("/api/v1/classifications", PolicyViolations.zeroWidthSpaceInId()).body())
        .contains("\"reason\":\"invalid-value\"", "\"field\":\"id\"")
        .contains(PolicyViolations.ZERO_WIDTH_SPACE);
    assertThat(postJson("/api/v1/classifications", PolicyViolations.loneSurrogateInId()).body())
        .contains("\"reason\":\"invalid-value\"", PolicyViolations.LONE_SURROGATE);
    HttpResponse<String> notUtf8 =
        postJson("/api/v1/classifications", PolicyViolations.encodedSurrogate());
    assertThat(notUtf8.statusCode()).isEqualTo(400);
    assertThat(notUtf8.body()).contains("\"reason\":\"invalid-utf8\"", "\"field\":\"$\"");
  }

  @Test
  void answersMalformedJsonWithProblemDetails() {
    HttpResponse<String> answer = postJson("/api/v1/classifications", bytes("{\"id\": \"x"));

    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(answer.body()).contains("\"field\":\"$\"").contains("\"reason\":\"invalid-json\"");
  }

  @Test
  void answersAProposalOverTheSizeLimitWith413() {
    HttpResponse<String> answer = postJson("/api/v1/classifications", new byte[16 * 1024 + 1]);

    assertThat(answer.statusCode()).isEqualTo(413);
    assertThat(answer.body()).contains("\"reason\":\"too-large\"");
  }

  @Test
  void answersAChunkedProposalOverTheSizeLimitWith413() {
    HttpResponse<String> answer = postJsonChunked("/api/v1/classifications", new byte[64 * 1024]);

    assertThat(answer.statusCode()).isEqualTo(413);
    assertThat(answer.body())
        .contains("\"reason\":\"too-large\"")
        .contains("the proposal has more than 16384 bytes");
  }

  @Test
  void listsTheDomainsOfTheCatalogInUseWithItsVersion() {
    HttpResponse<String> answer = get("/api/v1/domains");

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.body())
        .contains("\"catalogId\":\"mini\"")
        .contains("\"catalogVersion\":\"0.1+")
        .contains("\"id\":\"energy\"", "\"id\":\"manufacturing\"", "\"id\":\"food\"");
  }

  @Test
  void asksForNoTokenAndHasNoLoginPageWhileAuthenticationIsOff() {
    HttpResponse<String> answer =
        postJson("/api/v1/classifications", json(TestProposals.heatPumpRenovation()));

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.headers().firstValue("WWW-Authenticate")).isEmpty();
    assertThat(answer.headers().firstValue("Set-Cookie")).isEmpty();
    assertThat(get("/login").statusCode()).isEqualTo(404);
    assertThat(get("/logout").statusCode()).isEqualTo(404);
  }

  @Test
  void describesTheApiInOpenApi() {
    HttpResponse<String> answer = get("/v3/api-docs");

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.body()).contains("/api/v1/classifications", "/api/v1/domains");
  }

  private static byte[] json(be.s3domains.classifier.scoring.Proposal proposal) {
    return bytes(TestProposals.json(proposal));
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
