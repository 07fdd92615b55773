package be.s3domains.classifier.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class TokenCacheTest {

  @Test
  void computesEachTokenOnceWhileItKeepsItsSlot() {
    AtomicInteger computed = new AtomicInteger();
    TokenCache<String> cache = new TokenCache<>(8, token -> token + computed.incrementAndGet());
    String text = "pump heat pump";

    assertThat(cache.get(text, 0, 4)).isEqualTo("pump1");
    assertThat(cache.get(text, 10, 14)).isEqualTo("pump1");
    assertThat(cache.get(text, 5, 9)).startsWith("heat");
  }

  @Test
  void givesEveryTokenItsOwnValueWhenTokensShareASlot() {
    TokenCache<String> cache = new TokenCache<>(0, String::toUpperCase);
    String text = "heat pump heat";

    assertThat(cache.get(text, 0, 4)).isEqualTo("HEAT");
    assertThat(cache.get(text, 5, 9)).isEqualTo("PUMP");
    assertThat(cache.get(text, 10, 14)).isEqualTo("HEAT");
  }

  @Test
  void tellsApartTokensThatPackAlikeOrAreTooLongToPack() {
    TokenCache<String> cache = new TokenCache<>(0, token -> "[" + token + "]");
    List<String> tokens =
        List.of(
            "\0",
            "\0\0",
            "a\0",
            "energie",
            "energieë",
            "warmtepompinstallatie",
            "warmtepompinstallaties",
            "ĳzer",
            "abcdefghijklmno",
            "abcdefghijklmnop");

    for (int round = 0; round < 2; round++) {
      for (String token : tokens) {
        String text = "  " + token + " ";
        assertThat(cache.get(text, 2, 2 + token.length())).isEqualTo("[" + token + "]");
      }
    }
  }

  @Property(tries = 500)
  void alwaysGivesTheValueTheFunctionGives(@ForAll("tokenLists") List<String> tokens) {
    TokenCache<String> cache = new TokenCache<>(2, token -> "<" + token + ">");
    String text = String.join(" ", tokens);
    for (int pass = 0; pass < 2; pass++) {
      int start = 0;
      for (String token : tokens) {
        assertThat(cache.get(text, start, start + token.length())).isEqualTo("<" + token + ">");
        start += token.length() + 1;
      }
    }
  }

  @Provide
  Arbitrary<List<String>> tokenLists() {
    Arbitrary<String> latin = Arbitraries.strings().withCharRange('\0', '\u00ff').ofMaxLength(20);
    Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(20);
    Arbitrary<String> words = Arbitraries.of("heat", "pump", "heatpump", "energietransitie");
    return Arbitraries.oneOf(latin, any, words).list().ofMaxSize(30);
  }
}
