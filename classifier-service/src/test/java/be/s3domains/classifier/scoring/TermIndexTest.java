package be.s3domains.classifier.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import be.s3domains.classifier.TestEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

class TermIndexTest {

  private final TermIndex index = TermIndex.build(TestEngine.miniCatalog(), TestEngine.ANALYZER);

  @Test
  void findsMultiWordPhrasesWithTheirCharacterSpans() {
    String text = "Our smart grids and heat pumps.";

    assertThat(covered(text, find(text, "en"))).containsExactly("smart grids", "heat pumps");
  }

  @Test
  void longestMatchWins() {
    String text = "Research on printed electronics.";
    List<TermOccurrence> found = find(text, "en");

    assertThat(covered(text, found)).containsExactly("printed electronics");
    assertThat(found.get(0).entries())
        .extracting(TermEntry::term)
        .containsExactly("printed electronics");
  }

  @Test
  void keepsEveryOccurrence() {
    String text = "Dairy farms. More dairy! Dairy.";

    assertThat(find(text, "en")).extracting(TermOccurrence::start).containsExactly(0, 18, 25);
  }

  @Test
  void phrasesDoNotRunAcrossSentencePunctuation() {
    assertThat(find("We heat. Pumps run.", "en")).isEmpty();
  }

  @Test
  void inflectedFormsMeetTheCatalogTerm() {
    String text = "3D-printed parts";

    assertThat(find(text, "en")).hasSize(1);
  }

  @Test
  void dutchTextMatchesDutchTermsAndEnglishLoanTerms() {
    String text = "Warmtepompen gekoppeld aan een smart grid.";

    assertThat(covered(text, find(text, "nl"))).containsExactly("Warmtepompen", "smart grid");
  }

  @Test
  void findsTheSameTermsInATextWhoseWordsItHasSeenBefore() {
    String first = "Zuivelbedrijven koppelen warmtepompen aan een smart grid.";
    String again = "Een smart grid, warmtepompen en ZUIVELBEDRIJVEN.";

    assertThat(covered(first, find(first, "nl")))
        .containsExactly("Zuivelbedrijven", "warmtepompen", "smart grid");
    assertThat(covered(again, find(again, "nl")))
        .containsExactly("smart grid", "warmtepompen", "ZUIVELBEDRIJVEN");
  }

  @Test
  void findsDutchTermsInsideCompoundsAndPointsAtTheWholeCompound() {
    String text = "Een warmtepompinstallatie, zuivelbedrijven en de zuivelsector.";
    List<TermOccurrence> found = find(text, "nl");

    assertThat(covered(text, found))
        .containsExactly("warmtepompinstallatie", "zuivelbedrijven", "zuivelsector");
    assertThat(found)
        .flatExtracting(TermOccurrence::entries)
        .extracting(TermEntry::term)
        .containsExactly("warmtepomp", "zuivel", "zuivel");
  }

  @Test
  void findsAHeadInAnyInflectionAndAModifierBeforeItsLinkingElement() {
    assertThat(terms("grondwarmtepompen", "nl")).containsExactly("warmtepomp");
    assertThat(terms("voedselverspillingsplan", "nl")).containsExactly("voedselverspilling");
  }

  @Test
  void leavesWordsAloneWhereAPartWouldBeTooShortOrOnlyAnEnglishTerm() {
    assertThat(find("zuivels", "nl")).extracting(TermOccurrence::start).containsExactly(0);
    assertThat(find("energiebeleid", "nl")).isEmpty();
    assertThat(find("warmtepompinstallation", "en")).isEmpty();
  }

  @Test
  void frenchPhrasesMatchAcrossElisionAndAccents() {
    String text = "La réduction du gaspillage alimentaire et des pompes a chaleur.";

    assertThat(covered(text, find(text, "fr")))
        .containsExactly("gaspillage alimentaire", "pompes a chaleur");
  }

  @Test
  void aSharedTermCountsLessThanATermOfOneDomain() {
    TermEntry recycling = find("recycling", "en").get(0).entries().get(0);
    TermEntry dairy = find("dairy", "en").get(0).entries().get(0);

    assertThat(find("recycling", "en").get(0).entries()).hasSize(2);
    assertThat(recycling.weight()).isLessThan(0.5);
    assertThat(dairy.weight()).isEqualTo(1.0);
  }

  @Test
  void otherLanguagesAreAnalysedWithTheEnglishTerms() {
    assertThat(index.analysisLanguage("de")).isEqualTo("en");
    assertThat(index.analysisLanguage("nl")).isEqualTo("nl");
  }

  private List<TermOccurrence> find(String text, String language) {
    return index.find(text, language, TermOccurrence.Field.TEXT).occurrences();
  }

  private static List<String> covered(String text, List<TermOccurrence> found) {
    return found.stream().map(o -> text.substring(o.start(), o.end())).toList();
  }

  private List<String> terms(String text, String language) {
    return find(text, language).stream()
        .flatMap(occurrence -> occurrence.entries().stream())
        .map(TermEntry::term)
        .toList();
  }
}
