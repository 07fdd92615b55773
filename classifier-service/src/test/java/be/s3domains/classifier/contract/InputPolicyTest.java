package be.s3domains.classifier.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.s3domains.classifier.PolicyViolations;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class InputPolicyTest {

  private final InputPolicy policy = new InputPolicy(1_000);

  static Stream<Arguments> violations() {
    return Stream.of(
        violation(
            PolicyViolations::zeroWidthSpaceInId,
            "invalid-value",
            "id",
            PolicyViolations.ZERO_WIDTH_SPACE),
        violation(
            PolicyViolations::nulInId,
            "invalid-value",
            "id",
            "field 'id' contains U+0000 (a control character) at index 3"),
        violation(
            PolicyViolations::loneSurrogateInId,
            "invalid-value",
            "id",
            PolicyViolations.LONE_SURROGATE),
        violation(PolicyViolations::invalidUtf8, "invalid-utf8", "$", "its bytes are not UTF-8"),
        violation(
            PolicyViolations::encodedSurrogate, "invalid-utf8", "$", "its bytes are not UTF-8"),
        violation(() -> json("pua\uE000"), "invalid-value", "id", "U+E000 (a private-use"),
        violation(() -> json("line\u2028"), "invalid-value", "id", "U+2028 (a line separator)"),
        violation(() -> json("new\u0378"), "invalid-value", "id", "U+0378 (an unassigned"),
        violation(() -> new byte[1_001], "too-large", "$", "1001 bytes, the limit is 1000"));
  }

  @ParameterizedTest
  @MethodSource("violations")
  void rejectsEachViolationWithItsReasonItsFieldAndWhatIsWrong(
      Supplier<byte[]> value, String reason, String field, String message) {
    assertThatThrownBy(() -> policy.proposal(value.get()))
        .isInstanceOfSatisfying(
            InvalidProposalException.class,
            rejected -> {
              assertThat(rejected.problem().code()).isEqualTo(reason);
              assertThat(rejected.field()).isEqualTo(field);
            })
        .hasMessageContaining(message);
  }

  @ParameterizedTest
  @ValueSource(strings = {"p-1", "énergie 2026", "北京-7", "grin-\uD83D\uDE00", "a/b:c#d"})
  void acceptsIdsOfPrintableCharactersWhateverTheirScript(String id) {
    assertThat(policy.proposal(json(id)).id()).isEqualTo(id);
  }

  @ParameterizedTest
  @ValueSource(strings = {"ISO-8859-1", "windows-1252", "UTF-16", "no-such-charset"})
  void refusesABodyDeclaredInAnotherCharsetThanUtf8(String charset) {
    assertThatThrownBy(() -> InputPolicy.requireUtf8(charset))
        .isInstanceOfSatisfying(
            CharsetRefusedException.class,
            refused -> assertThat(refused.problem()).isEqualTo(ProposalProblem.INVALID_UTF8))
        .hasMessage(
            "the proposal is declared as charset '"
                + charset
                + "'; proposals are accepted in UTF-8 only");
  }

  @ParameterizedTest
  @ValueSource(strings = {"UTF-8", "utf-8", "utf8"})
  void acceptsUtf8UnderAnyOfItsNames(String charset) {
    assertThatCode(() -> InputPolicy.requireUtf8(charset)).doesNotThrowAnyException();
    assertThatCode(() -> InputPolicy.requireUtf8(null)).doesNotThrowAnyException();
  }

  private static Arguments violation(
      Supplier<byte[]> value, String reason, String field, String message) {
    return Arguments.of(value, reason, field, message);
  }

  private static byte[] json(String id) {
    return ("{\"id\":\"" + id + "\",\"text\":\"Dairy waste.\"}").getBytes(StandardCharsets.UTF_8);
  }
}
