package be.s3domains.classifier.evaluation;

/**
 * How far {@link WeightLearning} trusts the labelled evidence.
 *
 * @param minSupport a term must fire on at least this many labelled proposals to change weight
 * @param shrinkage pseudo-counts of the domain's pooled precision added to each term's counts
 * @param floor the lowest weight a term is given; it stays in the catalog, weak
 * @param minDomainPositives a domain with fewer labelled proposals than this keeps all its weights:
 *     too few labels to tell a bad term from a missing label
 */
public record LearningSettings(
    int minSupport, double shrinkage, double floor, int minDomainPositives) {

  public static final LearningSettings DEFAULTS = new LearningSettings(5, 10, 0.05, 10);

  public LearningSettings {
    if (minSupport < 1) {
      throw new IllegalArgumentException("minSupport is " + minSupport + ", expected at least 1");
    }
    if (shrinkage < 0) {
      throw new IllegalArgumentException("shrinkage is " + shrinkage + ", expected 0 or more");
    }
    if (!(floor > 0 && floor <= 1)) {
      throw new IllegalArgumentException("floor is " + floor + ", expected a value in (0, 1]");
    }
  }
}
