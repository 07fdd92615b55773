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

  /** One weak energy term: energy scores, but stays under the threshold. */
  public static Proposal weakEnergyHint() {
    return new Proposal(
        "weak-1",
        "Youth sport clubs",
        "A study of volunteering in football clubs and the energy of their members.",
        "en",
        List.of());
  }

  public static Proposal heatPumpRenovationInFrench() {
    return new Proposal(
        "energy-1-fr",
        "Pompes à chaleur pour maisons mitoyennes",
        "Nous combinons la rénovation des bâtiments avec une pompe à chaleur reliée à un smart grid.",
        "fr",
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

  /** Care and ICT: remote monitoring of patients through an app and a cloud service. */
  public static Proposal eHealth() {
    return new Proposal(
        "ehealth-1",
        "Telemonitoring app for heart failure patients",
        "An e-health platform lets cardiologists follow patients with heart failure at home: a"
            + " mobile app collects blood pressure and weight from connected devices, and a cloud"
            + " service with machine learning flags patients who need a hospital visit.",
        "en",
        List.of());
  }

  /** Manufacturing and logistics: reverse logistics that feed an urban-mining line. */
  public static Proposal urbanMining() {
    return new Proposal(
        "urban-mining-1",
        "Urban mining of e-waste with reverse logistics",
        "Urban mining of discarded electronics needs reverse logistics: a logistics service"
            + " provider organises the collection, transport and warehousing of the devices, with"
            + " track and trace of every batch, before a robot cell disassembles them and the"
            + " metals are recycled.",
        "en",
        List.of());
  }

  /** Chemistry and buildings: a bio-based insulation material for renovation. */
  public static Proposal bioBasedInsulation() {
    return new Proposal(
        "insulation-1",
        "Bio-based insulation for renovated homes",
        "Hemp fibres and a bio-based binder are pressed into insulation boards for the energy"
            + " renovation of houses; the project tests thermal performance and moisture behaviour"
            + " in buildings.",
        "en",
        List.of());
  }
}
