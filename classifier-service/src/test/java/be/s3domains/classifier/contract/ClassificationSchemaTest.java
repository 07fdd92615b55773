package be.s3domains.classifier.contract;

import static org.assertj.core.api.Assertions.assertThat;

import be.s3domains.classifier.TestEngine;
import be.s3domains.classifier.TestProposals;
import be.s3domains.classifier.scoring.Classification;
import be.s3domains.classifier.scoring.Classifier;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClassificationSchemaTest {

  private static final JsonSchemaFactory SCHEMAS =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

  private final Classifier classifier = TestEngine.miniClassifier();

  @Test
  void resultsWithMatchesFollowThePublishedSchema() {
    String json = ClassificationJson.write(classifier.classify(TestProposals.heatPumpRenovation()));

    assertThat(validate("domain-match.schema.json", json)).isEmpty();
    assertThat(json)
        .contains("\"primaryDomain\":\"energy\"")
        .contains("\"classifiedAt\":\"2026-01-01T00:00:00Z\"");
  }

  @Test
  void resultsWithoutMatchesFollowThePublishedSchema() {
    String json = ClassificationJson.write(classifier.classify(TestProposals.unrelated()));

    assertThat(validate("domain-match.schema.json", json)).isEmpty();
    assertThat(json).contains("\"matches\":[]").contains("\"primaryDomain\":null");
  }

  @Test
  void explainedResultsListTheDomainsUnderTheThresholdAndFollowTheSchema() {
    ExplainedClassification explained =
        ExplainedClassification.of(classifier, TestProposals.weakEnergyHint());
    String json = ClassificationJson.write(explained);

    assertThat(validate("domain-match.schema.json", json)).isEmpty();
    assertThat(explained.classification().matches()).isEmpty();
    DomainNotAsserted energy = explained.notAsserted().get(0);
    assertThat(energy.domain()).isEqualTo("energy");
    assertThat(energy.confidence()).isPositive().isLessThan(energy.threshold());
    assertThat(energy.evidence()).extracting(e -> e.term()).containsExactly("energy");
    assertThat(json).contains("\"notAsserted\":[{\"domain\":\"energy\"");
  }

  @Test
  void explainingChangesNothingInTheResultItself() {
    Classification plain = classifier.classify(TestProposals.eHealth());
    Classification explained =
        ExplainedClassification.of(classifier, TestProposals.eHealth()).classification();

    assertThat(explained).isEqualTo(plain);
  }

  @Test
  void theSchemaRejectsAConfidenceAboveOne() {
    String json =
        ClassificationJson.write(classifier.classify(TestProposals.heatPumpRenovation()))
            .replaceFirst("\"confidence\":[0-9.E-]+", "\"confidence\":1.5");

    assertThat(validate("domain-match.schema.json", json)).isNotEmpty();
  }

  @Test
  void theProposalSchemaAgreesWithTheParserOnGoodAndBadInput() {
    assertThat(validate("proposal.schema.json", "{\"id\":\"p\",\"description\":\"Dairy.\"}"))
        .isEmpty();
    assertThat(validate("proposal.schema.json", "{\"id\":\"p\"}")).isNotEmpty();
    assertThat(validate("proposal.schema.json", "{\"id\":42,\"description\":\"d\"}")).isNotEmpty();
  }

  private static Set<ValidationMessage> validate(String schema, String json) {
    JsonSchema jsonSchema =
        SCHEMAS.getSchema(ClassificationSchemaTest.class.getResourceAsStream("/schemas/" + schema));
    return jsonSchema.validate(json, com.networknt.schema.InputFormat.JSON);
  }
}
