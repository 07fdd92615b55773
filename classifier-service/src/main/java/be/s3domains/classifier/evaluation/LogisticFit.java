package be.s3domains.classifier.evaluation;

/**
 * One-feature logistic regression, fitted by Newton's method with a Gaussian prior that pulls the
 * parameters toward a given intercept and slope; the prior keeps domains with few positives close
 * to the pooled curve.
 */
final class LogisticFit {

  private static final int ITERATIONS = 50;

  private LogisticFit() {}

  /** Returns {intercept, slope}. */
  static double[] fit(double[] features, boolean[] outcomes, double[] prior, double strength) {
    double a = prior[0];
    double b = prior[1];
    for (int iteration = 0; iteration < ITERATIONS; iteration++) {
      double ga = strength * (a - prior[0]);
      double gb = strength * (b - prior[1]);
      double haa = strength;
      double hab = 0;
      double hbb = strength;
      for (int i = 0; i < features.length; i++) {
        double x = features[i];
        double p = 1 / (1 + Math.exp(-(a + b * x)));
        double error = p - (outcomes[i] ? 1 : 0);
        double w = Math.max(p * (1 - p), 1e-9);
        ga += error;
        gb += error * x;
        haa += w;
        hab += w * x;
        hbb += w * x * x;
      }
      double determinant = haa * hbb - hab * hab;
      if (Math.abs(determinant) < 1e-12) {
        break;
      }
      double stepA = (hbb * ga - hab * gb) / determinant;
      double stepB = (haa * gb - hab * ga) / determinant;
      a -= stepA;
      b -= stepB;
      if (Math.abs(stepA) + Math.abs(stepB) < 1e-9) {
        break;
      }
    }
    return new double[] {a, b};
  }
}
