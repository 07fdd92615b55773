package be.s3domains.classifier.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.s3domains.classifier.scoring.Proposal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProposalJsonTest {

  @Test
  void readsEveryContractFieldAndIgnoresOthers() {
    Proposal proposal =
        ProposalJson.parse(
            """
            {"id":" p-1 ","title":"Heat pumps","description":"Renovation.","language":"NL",
             "keywords":["energy","housing"],"budget":120000}
            """);

    assertThat(proposal)
        .isEqualTo(
            new Proposal("p-1", "Heat pumps", "Renovation.", "nl", List.of("energy", "housing")));
  }

  @Test
  void acceptsTextInPlaceOfDescription() {
    assertThat(ProposalJson.parse("{\"id\":\"p\",\"text\":\"Dairy.\"}").description())
        .isEqualTo("Dairy.");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "this is not json                                  | $           | not valid JSON | invalid-json",
        "{\"id\": \"x\", \"title\": \"Heat pumps for           | $           | not valid JSON | invalid-json",
        "[\"not\",\"an\",\"object\"]                       | $           | is a JSON array, expected an object | not-an-object",
        "{\"title\":\"t\",\"description\":\"d\"}           | id          | field 'id' is missing | missing-field",
        "{\"id\":\"  \",\"description\":\"d\"}             | id          | field 'id' is blank | missing-field",
        "{\"id\":42,\"description\":\"d\"}                 | id          | field 'id' must be a string, got number | wrong-type",
        "{\"id\":\"x\"}                                    | description | field 'description' (or 'text') is missing | missing-field",
        "{\"id\":\"x\",\"description\":\"  \"}             | description | field 'description' (or 'text') is blank | missing-field",
        "{\"id\":\"x\",\"description\":[\"a\"]}            | description | field 'description' must be a string, got array | wrong-type",
        "{\"id\":\"x\",\"description\":\"d\",\"keywords\":\"a\"}   | keywords | must be an array of strings, got string | wrong-type",
        "{\"id\":\"x\",\"description\":\"d\",\"keywords\":[1]}     | keywords | must hold only strings, got number | wrong-type",
        "{\"id\":\"x\",\"description\":\"d\",\"language\":\"Dutch!\"} | language | expected an ISO 639-1 code | invalid-value",
      })
  void rejectsBadInputNamingTheFieldAndTheProblem(
      String json, String field, String message, String problem) {
    assertThatThrownBy(() -> ProposalJson.parse(json.strip()))
        .isInstanceOf(InvalidProposalException.class)
        .hasMessageContaining(message)
        .satisfies(e -> assertThat(((InvalidProposalException) e).field()).isEqualTo(field))
        .satisfies(
            e -> assertThat(((InvalidProposalException) e).problem().code()).isEqualTo(problem));
  }

  @Test
  void rejectsAnIdLongerThanTheLimitAndAcceptsOneAtIt() {
    String atLimit = "p".repeat(ProposalJson.MAX_ID_LENGTH);
    String tooLong = atLimit + "p";

    assertThat(ProposalJson.parse("{\"id\":\"" + atLimit + "\",\"text\":\"d\"}").id())
        .isEqualTo(atLimit);
    assertThatThrownBy(() -> ProposalJson.parse("{\"id\":\"" + tooLong + "\",\"text\":\"d\"}"))
        .isInstanceOf(InvalidProposalException.class)
        .hasMessageContaining("field 'id' has 257 characters, at most 256 are allowed")
        .satisfies(e -> assertThat(((InvalidProposalException) e).field()).isEqualTo("id"))
        .satisfies(
            e ->
                assertThat(((InvalidProposalException) e).problem())
                    .isEqualTo(ProposalProblem.INVALID_VALUE));
  }

  @Test
  void rejectsAnEmptyValue() {
    assertThatThrownBy(() -> ProposalJson.parse(new byte[0])).hasMessage("the proposal is empty");
  }

  @Test
  void rejectsInvalidUtf8() {
    byte[] invalid = {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};

    assertThatThrownBy(() -> ProposalJson.parse(invalid))
        .isInstanceOf(InvalidProposalException.class)
        .hasMessageContaining("not valid JSON")
        .hasMessageContaining("UTF-8")
        .satisfies(
            e ->
                assertThat(((InvalidProposalException) e).problem())
                    .isEqualTo(ProposalProblem.INVALID_UTF8));
  }

  @Test
  void readsLabels() {
    assertThat(
            ProposalJson.parseLabelled("{\"id\":\"x\",\"text\":\"d\",\"labels\":[\"agro-food\"]}")
                .labels())
        .containsExactly("agro-food");
  }
}
