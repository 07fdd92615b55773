package be.s3domains.classifier.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextAnalyzerTest {

  private final TextAnalyzer analyzer = new TextAnalyzer(TokenizerKind.SIMPLE.create());

  @Test
  void stemsEnglishSoThatInflectionsMeet() {
    assertThat(stems("printed printing prints", "en")).containsOnly(stems("print", "en").get(0));
  }

  @Test
  void dropsEnglishStopWordsAndPunctuation() {
    assertThat(stems("The internet of things, and the cloud.", "en"))
        .containsExactly("internet", "thing", "cloud");
  }

  @Test
  void stemsDutchAndFoldsItsDiaereses() {
    assertThat(stems("warmtepompen", "nl")).isEqualTo(stems("warmtepomp", "nl"));
    assertThat(stems("coöperaties", "nl")).isEqualTo(stems("cooperaties", "nl"));
    assertThat(stems("de gebouwen van de stad", "nl")).containsExactly("gebouw", "stad");
  }

  @Test
  void stemsFrenchAndFoldsAccentsAfterStemming() {
    assertThat(stems("énergies", "fr")).isEqualTo(stems("énergie", "fr"));
    assertThat(stems("Énergie", "fr")).isEqualTo(stems("energie", "fr"));
    assertThat(stems("l'industrie des bâtiments", "fr")).hasSize(2);
  }

  @Test
  void dropsFrenchElidedArticlesAndConjunctionsWithEitherApostrophe() {
    assertThat(stems("l’énergie jusqu'à l'usine d’emballage", "fr"))
        .isEqualTo(stems("énergie usine emballage", "fr"));
  }

  @Test
  void keepsTheCharacterOffsetsOfEveryToken() {
    String text = "Smart grids, heat pumps";
    AnalyzedText analyzed = analyzer.analyze(text, "en");

    List<String> covered = new ArrayList<>();
    for (int token = 0; token < analyzed.size(); token++) {
      covered.add(text.substring(analyzed.start(token), analyzed.end(token)));
    }
    assertThat(covered).containsExactly("Smart", "grids", "heat", "pumps");
  }

  @Test
  void marksSentencePunctuationAsAPhraseBreakButNotHyphens() {
    AnalyzedText analyzed = analyzer.analyze("bio-based. Plastics", "en");

    assertThat(analyzed.breakBefore(1)).isFalse();
    assertThat(analyzed.breakBefore(2)).isTrue();
  }

  @Test
  void refusesALanguageWithoutStopWordsOrStemmerAndSaysWhatIsMissing() {
    assertThat(analyzer.languageProblems("nl")).isEmpty();
    assertThat(analyzer.languageProblems("de"))
        .containsExactly("no stop-word list (add stopwords/de.txt to the classifier's resources)");
    assertThat(analyzer.languageProblems("mt")).hasSize(2);
    assertThatThrownBy(() -> analyzer.analyze("Ċentri", "mt"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'mt' cannot be analysed")
        .hasMessageContaining("no stop-word list")
        .hasMessageContaining("no stemmer");
  }

  @Test
  void dutchGluesCompoundsWithLinkingElementsAndEnglishAndFrenchDoNot() {
    assertThat(analyzer.compoundRules("nl").linkingElements()).contains("", "s", "e", "en");
    assertThat(analyzer.compoundRules("en").splitsCompounds()).isFalse();
    assertThat(analyzer.compoundRules("fr").splitsCompounds()).isFalse();
  }

  @Test
  void modelTokenizerKeepsOffsetsToo() {
    TextAnalyzer model = new TextAnalyzer(TokenizerKind.MODEL.create());
    String text = "Heat pumps don't fail.";
    AnalyzedText analyzed = model.analyze(text, "en");

    assertThat(text.substring(analyzed.start(0), analyzed.end(1))).isEqualTo("Heat pumps");
  }

  private List<String> stems(String text, String language) {
    AnalyzedText analyzed = analyzer.analyze(text, language);
    List<String> stems = new ArrayList<>();
    for (int token = 0; token < analyzed.size(); token++) {
      stems.add(analyzed.stem(token));
    }
    return stems;
  }
}
