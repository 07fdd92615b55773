package be.s3domains.classifier.evaluation;

import be.s3domains.classifier.scoring.Proposal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Small labelled sets written for the tests: energy, manufacturing and unrelated proposals. */
final class SyntheticLabels {

  private static final String[] ENERGY = {
    "Heat pump retrofit of terraced houses with a smart grid link",
    "Building renovation with heat pumps and insulation for social housing",
    "A heat pump district pilot that lowers the energy bills of homes",
    "Insulation and heat pump renovation of school buildings"
  };
  private static final String[] MANUFACTURING = {
    "Additive manufacturing of titanium brackets in a small factory",
    "Robot cells and 3D printing for toolmakers on the factory floor",
    "A factory that repairs moulds with laser cladding robots",
    "Additive manufacturing lines with in-line quality inspection"
  };
  private static final String[] NONE = {
    "A history of volunteering in youth football clubs",
    "Poetry festivals and the reading habits of teenagers",
    "Migration, language and identity in border towns",
    "The sociology of choirs in small villages"
  };

  private SyntheticLabels() {}

  /** Four rounds of each text kind, ids numbered so that every split digit occurs. */
  static List<LabelledProposal> energyManufacturingAndNone(int rounds) {
    List<LabelledProposal> labelled = new ArrayList<>();
    int id = 0;
    for (int round = 0; round < rounds; round++) {
      for (int i = 0; i < ENERGY.length; i++) {
        labelled.add(labelled(id++, ENERGY[i], Set.of("energy")));
        labelled.add(labelled(id++, MANUFACTURING[i], Set.of("manufacturing")));
        labelled.add(labelled(id++, NONE[i], Set.of()));
      }
    }
    return labelled;
  }

  /**
   * Twelve energy proposals that say "energy" and "building renovation", twelve manufacturing ones
   * with "additive manufacturing" in a "factory", twelve unlabelled ones about household
   * "recycling" and six unlabelled ones that mention a "heat pump": "energy" is a discriminative
   * term, "recycling" a noisy one.
   */
  static List<LabelledProposal> discriminativeAndNoisyTerms() {
    List<LabelledProposal> labelled = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      labelled.add(
          labelled(
              100 + i, "Energy savings through building renovation of homes", Set.of("energy")));
      labelled.add(
          labelled(
              200 + i, "Additive manufacturing of brackets in a factory", Set.of("manufacturing")));
      labelled.add(labelled(300 + i, "A survey of recycling habits in households", Set.of()));
    }
    for (int i = 0; i < 6; i++) {
      labelled.add(labelled(400 + i, "Neighbours complain about heat pump noise", Set.of()));
    }
    return labelled;
  }

  /**
   * Twelve energy proposals about "heat pump" "building renovation", twelve unlabelled ones about
   * choirs, and thirty that all mention a "factory" and nothing else, of which only ten are
   * labelled manufacturing: energy is easy to tell, manufacturing is a coin that comes up one time
   * in three.
   */
  static List<LabelledProposal> clearEnergyAndNoisyManufacturing() {
    List<LabelledProposal> labelled = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      labelled.add(
          labelled(100 + i, "Heat pump and building renovation of homes", Set.of("energy")));
      labelled.add(labelled(200 + i, "The sociology of choirs in small villages", Set.of()));
    }
    for (int i = 0; i < 30; i++) {
      Set<String> labels = i < 10 ? Set.of("manufacturing") : Set.of();
      labelled.add(labelled(300 + i, "A new factory hall", labels));
    }
    return labelled;
  }

  static LabelledProposal labelled(int id, String text, Set<String> labels) {
    return new LabelledProposal(
        new Proposal("synthetic-" + id, text, text + ".", "en", List.of()), labels);
  }
}
