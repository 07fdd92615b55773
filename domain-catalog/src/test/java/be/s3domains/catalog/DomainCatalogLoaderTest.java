package be.s3domains.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DomainCatalogLoaderTest {

  private final DomainCatalogLoader loader = new DomainCatalogLoader();

  @Test
  void loadsDomainsWithSignaturesOfBothKindsAndEveryLanguage() {
    DomainCatalog catalog = loader.loadResource("catalogs/valid.yaml");

    assertThat(catalog.id()).isEqualTo("test-catalog");
    assertThat(catalog.languages()).containsExactly("en", "nl");
    assertThat(catalog.domains()).extracting(DomainProfile::id).containsExactly("energy", "food");
    DomainProfile energy = catalog.domain("energy").orElseThrow();
    assertThat(energy.signatures())
        .containsExactlyInAnyOrder(
            new Signature("heat pump", SignatureKind.KEYWORD, "en", 1.0),
            new Signature("renovation", SignatureKind.KEYWORD, "en", 0.5),
            new Signature("warmtepomp", SignatureKind.KEYWORD, "nl", 1.0),
            new Signature("smart grid", SignatureKind.TECHNOLOGY, "en", 0.8));
  }

  @Test
  void versionTagCombinesTheVersionWithTheContentHash() {
    DomainCatalog catalog = loader.loadResource("catalogs/valid.yaml");

    assertThat(catalog.contentHash()).hasSize(64);
    assertThat(catalog.versionTag()).isEqualTo("0.1+" + catalog.contentHash().substring(0, 12));
  }

  @Test
  void aChangedFileGetsAnotherContentHash(@TempDir Path folder) throws Exception {
    String yaml =
        new String(
            getClass().getResourceAsStream("/catalogs/valid.yaml").readAllBytes(),
            StandardCharsets.UTF_8);
    Path original = Files.writeString(folder.resolve("a.yaml"), yaml);
    Path changed =
        Files.writeString(folder.resolve("b.yaml"), yaml.replace("dairy: 1.0", "dairy: 0.9"));

    assertThat(loader.load(original).contentHash())
        .isNotEqualTo(loader.load(changed).contentHash());
  }

  @Test
  void reportsEveryProblemWithTheFileDomainAndTerm() {
    assertThatThrownBy(() -> loader.loadResource("catalogs/broken.yaml"))
        .isInstanceOf(InvalidCatalogException.class)
        .hasMessageContaining("classpath:catalogs/broken.yaml")
        .satisfies(
            e ->
                assertThat(((InvalidCatalogException) e).problems())
                    .containsExactlyInAnyOrder(
                        "unknown language 'xx' in 'languages'",
                        "domain 'energy', keyword 'heat pump' (en): weight 1.5 is out of range (0, 1]",
                        "domain 'energy', keyword '   ' (en): analyses to nothing (only stop words or punctuation)",
                        "domain 'energy': unknown language 'de' in keywords (the catalog declares [en, xx])",
                        "domain 'energy': duplicate id",
                        "domain 'empty': has no keyword or technology signatures"));
  }

  @Test
  void rejectsATermThatTheAnalysisReducesToNothing() {
    DomainCatalogLoader strict =
        new DomainCatalogLoader((term, language) -> !term.equals("renovation"));

    assertThatThrownBy(() -> strict.loadResource("catalogs/valid.yaml"))
        .hasMessageContaining("domain 'energy', keyword 'renovation' (en): analyses to nothing");
  }

  @Test
  void rejectsALanguageWithTermsThatTheAnalysisCannotHandleAndSaysOnceWhatIsMissing() {
    TermAnalysis withoutFrench =
        new TermAnalysis() {
          @Override
          public boolean yieldsTokens(String term, String language) {
            return true;
          }

          @Override
          public List<String> languageProblems(String language) {
            return language.equals("fr") ? List.of("no stop-word list", "no stemmer") : List.of();
          }
        };
    byte[] yaml =
        ("id: x\nversion: '1'\nlanguages: [en, fr]\ndomains:\n"
                + "  - {id: a, name: A, keywords: {en: {heat pump: 1.0}, fr: {chaleur: 1.0}}}\n"
                + "  - {id: b, name: B, keywords: {fr: {lait: 1.0}}}\n")
            .getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> new DomainCatalogLoader(withoutFrench).parse("x.yaml", yaml))
        .isInstanceOfSatisfying(
            InvalidCatalogException.class,
            e ->
                assertThat(e.problems())
                    .containsExactly(
                        "language 'fr' has terms but no stop-word list",
                        "language 'fr' has terms but no stemmer"));
  }

  @Test
  void rejectsATermListedTwiceInOneMap() {
    assertThatThrownBy(() -> loader.loadResource("catalogs/duplicate-key.yaml"))
        .isInstanceOf(InvalidCatalogException.class)
        .hasMessageContaining(
            "duplicate-key.yaml, line 10, column 9: domain 'energy' (domains[0]), keywords (en):"
                + " 'heat pump' is listed twice");
  }

  @Test
  void listsATermWrittenTwiceTogetherWithEveryRuleTheFileBreaks() {
    byte[] yaml =
        """
        id: x
        version: '1'
        version: '2'
        languages: [en]
        domains:
          - id: energy
            name: Energy
            keywords:
              en:
                heat pump: 1.0
                smart grid: 1.7
                heat pump: 0.5
          - id: food
            name: Food
        """
            .getBytes(StandardCharsets.UTF_8);

    assertThat(problemsParsing("two.yaml", yaml))
        .containsExactlyInAnyOrder(
            "two.yaml, line 3, column 1: 'version' is listed twice",
            "two.yaml, line 12, column 9: domain 'energy' (domains[0]), keywords (en):"
                + " 'heat pump' is listed twice",
            "domain 'energy', keyword 'smart grid' (en): weight 1.7 is out of range (0, 1]",
            "domain 'food': has no keyword or technology signatures");
  }

  @Test
  void listsUnknownFieldsTogetherWithEveryRuleTheFileBreaks() {
    byte[] yaml =
        """
        id: x
        version: '1'
        languages: [en]
        language: en
        domains:
          - id: energy
            name: Energy
            technology:
              en:
                smart grid: 1.0
            keywords:
              en:
                heat pump: 0
        """
            .getBytes(StandardCharsets.UTF_8);

    assertThat(problemsParsing("fields.yaml", yaml))
        .containsExactlyInAnyOrder(
            "fields.yaml, line 4, column 1: unknown field 'language' (known fields: domains, id,"
                + " languages, name, version)",
            "fields.yaml, line 8, column 5: domain 'energy' (domains[0]): unknown field"
                + " 'technology' (known fields: description, id, keywords, name, technologies)",
            "domain 'energy', keyword 'heat pump' (en): weight 0.0 is out of range (0, 1]");
  }

  @Test
  void listsTermsWrittenTwiceBesideAFieldOfTheWrongShape() {
    byte[] yaml =
        """
        id: x
        version: '1'
        languages: [en]
        domains:
          - id: energy
            name: Energy
            keywords:
              en:
                heat pump: 1.0
                heat pump: high
        """
            .getBytes(StandardCharsets.UTF_8);

    assertThat(problemsParsing("shape.yaml", yaml))
        .containsExactly(
            "shape.yaml, line 10, column 9: domain 'energy' (domains[0]), keywords (en):"
                + " 'heat pump' is listed twice",
            "shape.yaml, line 10, column 20: domain 'energy' (domains[0]),"
                + " keyword 'heat pump' (en): \"high\" is not a number");
  }

  @Test
  void rejectsUnknownFieldsSoThatTyposDoNotPassSilently() {
    byte[] yaml =
        "id: x\nversion: '1'\nlanguages: [en]\ndomains: []\nlanguage: en\n"
            .getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> loader.parse("typo.yaml", yaml))
        .hasMessageContaining("typo.yaml")
        .hasMessageContaining("language");
  }

  @Test
  void namesTheDomainAndTheTermOfAWeightThatIsNotANumber() {
    byte[] yaml =
        """
        id: x
        version: '1'
        languages: [en]
        domains:
          - id: energy
            name: Energy
            keywords:
              en:
                heat pump: 1.0
          - id: agro-food
            name: Agro-food
            keywords:
              en:
                heat pump: high
        """
            .getBytes(StandardCharsets.UTF_8);

    assertThat(problemsParsing("flanders.yaml", yaml))
        .containsExactly(
            "flanders.yaml, line 14, column 20: domain 'agro-food' (domains[1]),"
                + " keyword 'heat pump' (en): \"high\" is not a number");
  }

  @Test
  void saysWhatKindOfValueAFieldExpects() {
    byte[] yaml =
        "id: x\nversion: '1'\nlanguages: en\ndomains: []\n".getBytes(StandardCharsets.UTF_8);

    assertThat(problemsParsing("list.yaml", yaml))
        .containsExactly(
            "list.yaml, line 3, column 12: 'languages': expected a list, found a text");
  }

  @Test
  void rejectsACatalogWithoutDomains() {
    byte[] yaml =
        "id: x\nversion: '1'\nlanguages: [en]\ndomains: []\n".getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> loader.parse("empty.yaml", yaml))
        .hasMessageContaining("catalog has no domains");
  }

  @Test
  void namesTheFileThatCannotBeRead(@TempDir Path folder) {
    Path missing = folder.resolve("missing.yaml");

    assertThatThrownBy(() -> loader.load(missing))
        .isInstanceOf(InvalidCatalogException.class)
        .hasMessageContaining(missing.toString())
        .hasMessageContaining("cannot be read");
  }

  private List<String> problemsParsing(String file, byte[] yaml) {
    InvalidCatalogException rejected =
        catchThrowableOfType(InvalidCatalogException.class, () -> loader.parse(file, yaml));
    assertThat(rejected).as("%s is rejected", file).isNotNull();
    return rejected.problems();
  }
}
