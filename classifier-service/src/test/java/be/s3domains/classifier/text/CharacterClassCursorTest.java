package be.s3domains.classifier.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import opennlp.tools.tokenize.SimpleTokenizer;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

class CharacterClassCursorTest {

  @Test
  void findsTheTokensOfOpenNlpsSimpleTokenizer() {
    String text =
        "Warmtepomp-installaties (3D-printing), l’usine… 2,5 kWh!! co₂\u00a0naïve Ⅻ e\u0301t";
    assertThat(tokens(text)).isEqualTo(simpleTokenizer(text)).isNotEmpty();
  }

  @Test
  void findsNothingInEmptyOrBlankText() {
    assertThat(tokens("")).isEmpty();
    assertThat(tokens(" \n\t\u00a0")).isEmpty();
  }

  @Property(tries = 2000)
  void agreesWithOpenNlpsSimpleTokenizerOnAnyText(@ForAll("texts") String text) {
    assertThat(tokens(text)).isEqualTo(simpleTokenizer(text));
  }

  @Property(tries = 2000)
  void tellsWhetherEachTokenHoldsALetterOrADigit(@ForAll("texts") String text) {
    TokenCursor cursor = new CharacterClassCursor(text);
    while (cursor.next()) {
      String token = text.substring(cursor.start(), cursor.end());
      assertThat(cursor.hasLetterOrDigit())
          .as(token)
          .isEqualTo(token.chars().anyMatch(Character::isLetterOrDigit));
    }
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<Character> mixed =
        Arbitraries.frequencyOf(
            Tuple.of(6, Arbitraries.chars().alpha()),
            Tuple.of(2, Arbitraries.chars().numeric()),
            Tuple.of(2, Arbitraries.of(' ', '\n', '\t', '\u00a0', '\u2009')),
            Tuple.of(2, Arbitraries.of('.', ',', '-', '\'', '’', '(', ')', '…')),
            Tuple.of(1, Arbitraries.of('Ⅻ', '\u0301', '\u0903', '²', '٣')),
            Tuple.of(3, Arbitraries.chars()));
    return mixed.list().ofMaxSize(60).map(CharacterClassCursorTest::join);
  }

  private static String join(List<Character> chars) {
    StringBuilder text = new StringBuilder();
    chars.forEach(text::append);
    return text.toString();
  }

  private static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    TokenCursor cursor = new CharacterClassCursor(text);
    while (cursor.next()) {
      tokens.add(cursor.start() + "-" + cursor.end());
    }
    return tokens;
  }

  private static List<String> simpleTokenizer(String text) {
    List<String> tokens = new ArrayList<>();
    for (Span span : SimpleTokenizer.INSTANCE.tokenizePos(text)) {
      tokens.add(span.getStart() + "-" + span.getEnd());
    }
    return tokens;
  }
}
