package be.s3domains.classifier;

import be.s3domains.classifier.scoring.Proposal;
import java.util.List;

/** Proposals written for the tests. */
public final class TestProposals {

  private TestProposals() {}

  public static Proposal heatPumpRenovation() {
    return new Proposal(
        "energy-1",
        "Heat pumps for terraced houses",
        "We combine building renovation with a heat pump and connect the homes to a smart grid.",
        "en",
        List.of());
  }

  public static Proposal dairyWaste() {
    return new Proposal(
        "food-1",
        "Less food waste in dairy",
        "Dairy cooperatives measure food waste along the chain and valorise whey.",
        "en",
        List.of());
  }

  public static Proposal dairyWasteInDutch() {
    return new Proposal(
        "food-1-nl",
        "Minder voedselverspilling in de zuivel",
        "Zuivelcoöperaties meten de voedselverspilling in de keten en valoriseren wei.",
        "nl",
        List.of());
  }

  public static Proposal unrelated() {
    return new Proposal(
        "none-1",
        "Youth sport clubs",
        "A sociological study of volunteering in youth football clubs in small towns.",
        "en",
        List.of());
  }
}
