package be.s3domains.classifier.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TokenCacheTest {

  @Test
  void computesEachTokenOnceWhileItKeepsItsSlot() {
    AtomicInteger computed = new AtomicInteger();
    TokenCache<String> cache = new TokenCache<>(8, token -> token + computed.incrementAndGet());
    char[] text = "pump heat pump".toCharArray();

    assertThat(cache.get(text, 0, 4)).isEqualTo("pump1");
    assertThat(cache.get(text, 10, 14)).isEqualTo("pump1");
    assertThat(cache.get(text, 5, 9)).startsWith("heat");
  }

  @Test
  void givesEveryTokenItsOwnValueWhenTokensShareASlot() {
    TokenCache<String> cache = new TokenCache<>(0, String::toUpperCase);
    char[] text = "heat pump heat".toCharArray();

    assertThat(cache.get(text, 0, 4)).isEqualTo("HEAT");
    assertThat(cache.get(text, 5, 9)).isEqualTo("PUMP");
    assertThat(cache.get(text, 10, 14)).isEqualTo("HEAT");
  }
}
