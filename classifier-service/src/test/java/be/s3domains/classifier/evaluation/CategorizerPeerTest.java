package be.s3domains.classifier.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import be.s3domains.classifier.TestEngine;
import be.s3domains.classifier.scoring.Proposal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CategorizerPeerTest {

  private static CategorizerPeer peer;

  @BeforeAll
  static void trainOnSyntheticProposals() {
    peer =
        CategorizerPeer.train(
            List.of("energy", "manufacturing", "food"),
            TestEngine.ANALYZER,
            SyntheticLabels.energyManufacturingAndNone(5),
            new PeerSettings(3, 50, 1, true));
  }

  @Test
  void assignsAnUnseenHeatPumpTextToEnergyOnly() {
    double[] confidences =
        peer.confidences(
            new Proposal(
                "new-1", "Heat pumps", "A heat pump renovation of old houses.", "en", List.of()));

    assertThat(peer.assigned(confidences)).containsExactly("energy");
    assertThat(confidences[0]).isGreaterThan(confidences[1]);
  }

  @Test
  void givesEveryDomainAProbability() {
    double[] confidences =
        peer.confidences(new Proposal("new-2", "Choirs", "Choirs in villages.", "en", List.of()));

    assertThat(confidences).hasSize(3);
    assertThat(Arrays.stream(confidences)).allSatisfy(c -> assertThat(c).isBetween(0.0, 1.0));
    assertThat(peer.assigned(confidences)).doesNotContain("energy", "manufacturing");
  }

  @Test
  void neverAssignsADomainWithoutTrainingExamples() {
    double[] confidences =
        peer.confidences(
            new Proposal("new-3", "Robots", "Additive manufacturing robots.", "en", List.of()));

    assertThat(peer.assigned(confidences)).doesNotContain("food");
  }
}
