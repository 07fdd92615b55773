package be.s3domains.classifier.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class TokenTableTest {

  @Test
  void computesEachTokenOnceWhileItKeepsItsSlot() {
    AtomicInteger computed = new AtomicInteger();
    TokenTable table = new TokenTable(8, token -> 100L * computed.incrementAndGet());
    String text = "pump heat pump";

    assertThat(table.get(text, 0, 4)).isEqualTo(100);
    assertThat(table.get(text, 10, 14)).isEqualTo(100);
    assertThat(table.get(text, 5, 9)).isEqualTo(200);
    assertThat(computed).hasValue(2);
  }

  @Test
  void tellsApartTokensThatPackAlikeOrCannotBePacked() {
    TokenTable table = new TokenTable(0, TokenTableTest::checksum);
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
            "abcdefghijklmnop",
            "ÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿ");

    for (int round = 0; round < 2; round++) {
      for (String token : tokens) {
        String text = "  " + token + " ";
        assertThat(table.get(text, 2, 2 + token.length())).as(token).isEqualTo(checksum(token));
      }
    }
  }

  @Test
  void refusesAValueThatDoesNotFit() {
    TokenTable table = new TokenTable(4, token -> -1);

    assertThatThrownBy(() -> table.get("heat", 0, 4))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("'heat'");
  }

  @Property(tries = 500)
  void alwaysGivesTheValueTheFunctionGives(@ForAll("tokenLists") List<String> tokens) {
    TokenTable table = new TokenTable(2, TokenTableTest::checksum);
    String text = String.join(" ", tokens);
    for (int pass = 0; pass < 2; pass++) {
      int start = 0;
      for (String token : tokens) {
        assertThat(table.get(text, start, start + token.length())).isEqualTo(checksum(token));
        start += token.length() + 1;
      }
    }
  }

  @Test
  void threadsThatShareSlotsAlwaysReadTheirOwnTokensValue() throws Exception {
    TokenTable table = new TokenTable(3, TokenTableTest::checksum);
    List<String> words = new ArrayList<>();
    for (int i = 0; i < 64; i++) {
      words.add("word" + Integer.toString(i * 7919, 36) + "x".repeat(i % 9));
    }
    String text = String.join(" ", words);
    ExecutorService threads = Executors.newFixedThreadPool(4);
    try {
      List<Future<Integer>> wrong = new ArrayList<>();
      for (int thread = 0; thread < 4; thread++) {
        int offset = thread;
        wrong.add(threads.submit(() -> wrongReads(table, text, words, offset)));
      }
      for (Future<Integer> count : wrong) {
        assertThat(count.get()).isZero();
      }
    } finally {
      threads.shutdownNow();
    }
  }

  private static int wrongReads(TokenTable table, String text, List<String> words, int offset) {
    int[] starts = new int[words.size()];
    for (int i = 1; i < words.size(); i++) {
      starts[i] = starts[i - 1] + words.get(i - 1).length() + 1;
    }
    int wrong = 0;
    for (int round = 0; round < 20_000; round++) {
      for (int turn = 0; turn < words.size(); turn++) {
        int i = (turn + offset * 13) % words.size();
        String word = words.get(i);
        if (table.get(text, starts[i], starts[i] + word.length()) != checksum(word)) {
          wrong++;
        }
      }
    }
    return wrong;
  }

  @Provide
  Arbitrary<List<String>> tokenLists() {
    Arbitrary<String> latin = Arbitraries.strings().withCharRange('\0', '\u00ff').ofMaxLength(20);
    Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(20);
    Arbitrary<String> words = Arbitraries.of("heat", "pump", "heatpump", "energietransitie");
    return Arbitraries.oneOf(latin, any, words).list().ofMaxSize(30);
  }

  /** A value that differs between tokens and fits the table's 48 bits. */
  private static long checksum(String token) {
    long sum = token.length();
    for (int i = 0; i < token.length(); i++) {
      sum = sum * 1_000_003 + token.charAt(i);
    }
    return sum & TokenTable.MAX_VALUE;
  }
}
