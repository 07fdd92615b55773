package be.s3domains.classifier;

import be.s3domains.classifier.scoring.Proposal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** Proposals written for the tests. */
public final class TestProposals {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private TestProposals() {}

  /** The proposal as input-contract JSON. */
  public static String json(Proposal proposal) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("id", proposal.id());
    fields.put("title", proposal.title());
    fields.put("description", proposal.description());
    if (proposal.hasStatedLanguage()) {
      fields.put("language", proposal.language());
    }
    fields.put("keywords", proposal.keywords());
    return JSON.writeValueAsString(fields);
  }

  /** The same proposal under another id. */
  public static Proposal withId(Proposal proposal, String id) {
    return new Proposal(
        id, proposal.title(), proposal.description(), proposal.language(), proposal.keywords());
  }

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
