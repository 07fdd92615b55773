package be.s3domains.classifier.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class FunctionWordIndexTest {

  private static final Map<String, Integer> WORDS = functionWords();
  private static final FunctionWordIndex INDEX = new FunctionWordIndex(WORDS);

  @Test
  void findsFunctionWordsWhateverTheirCaseAndAccents() {
    assertThat(languageOf("THE")).isEqualTo(0);
    assertThat(languageOf("Één")).isEqualTo(WORDS.get("een"));
    assertThat(languageOf("où")).isEqualTo(WORDS.get("ou"));
    assertThat(languageOf("pompe")).isEqualTo(FunctionWordIndex.NONE);
  }

  @Property(tries = 3000)
  void answersAsTheFoldedWordsLookupDoes(@ForAll("words") String word) {
    int expected = WORDS.getOrDefault(FunctionWordIndex.fold(word), FunctionWordIndex.NONE);

    assertThat(languageOf(word)).isEqualTo(expected);
  }

  @Provide
  Arbitrary<String> words() {
    Arbitrary<String> listed = Arbitraries.of(List.copyOf(WORDS.keySet()));
    Arbitrary<String> changed =
        listed.map(w -> w.toUpperCase(java.util.Locale.ROOT)).map(w -> w.replace('E', 'É'));
    Arbitrary<String> latin =
        Arbitraries.strings()
            .withCharRange('A', 'z')
            .withCharRange('\u00c0', '\u00ff')
            .ofMaxLength(18);
    Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(18);
    return Arbitraries.oneOf(listed, changed, latin, any);
  }

  private static int languageOf(String word) {
    String text = "(" + word + ")";
    return INDEX.languageOf(text, 1, 1 + word.length());
  }

  /** The three lists' words, each with the number of the first list that has it. */
  private static Map<String, Integer> functionWords() {
    Map<String, Integer> words = new HashMap<>();
    List<String> languages = List.of("en", "nl", "fr");
    for (int language = 0; language < languages.size(); language++) {
      int number = language;
      StopWords.of(languages.get(language))
          .orElseThrow()
          .words()
          .forEach(word -> words.putIfAbsent(word, number));
    }
    words.put("ijzerhoudendheidsgraad", 1);
    words.put("ĳ", 1);
    return words;
  }
}
