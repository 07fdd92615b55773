package be.s3domains.classifier.evaluation;

/**
 * How well one domain was assigned.
 *
 * @param domain the domain id
 * @param support proposals labelled with the domain
 * @param predicted proposals the classifier gave the domain
 * @param correct proposals both labelled with and given the domain
 * @param expectedCalibrationError ECE of the domain's confidence over every proposal, ten
 *     equal-width bins
 */
public record DomainQuality(
    String domain, int support, int predicted, int correct, double expectedCalibrationError) {

  public double precision() {
    return predicted == 0 ? 0 : (double) correct / predicted;
  }

  public double recall() {
    return support == 0 ? 0 : (double) correct / support;
  }

  public double f1() {
    return support + predicted == 0 ? 0 : 2.0 * correct / (support + predicted);
  }
}
