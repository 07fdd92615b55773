package be.s3domains.classifier.evaluation;

/**
 * Logistic regression on a few features, fitted by Newton's method with a Gaussian prior that pulls
 * the coefficients toward given values; the prior keeps domains with few positives close to the
 * pooled curve.
 */
final class LogisticFit {

  private static final int ITERATIONS = 50;

  private LogisticFit() {}

  /**
   * Returns the coefficients, one per feature column.
   *
   * @param features one row per example; put a constant 1 in a column for an intercept
   * @param prior the coefficients the prior pulls toward
   * @param strength the prior's precision; larger pulls harder
   */
  static double[] fit(double[][] features, boolean[] outcomes, double[] prior, double strength) {
    int k = prior.length;
    double[] w = prior.clone();
    for (int iteration = 0; iteration < ITERATIONS; iteration++) {
      double[] gradient = new double[k];
      double[][] hessian = new double[k][k];
      for (int j = 0; j < k; j++) {
        gradient[j] = strength * (w[j] - prior[j]);
        hessian[j][j] = strength;
      }
      for (int i = 0; i < features.length; i++) {
        double[] x = features[i];
        double p = 1 / (1 + Math.exp(-dot(w, x)));
        double error = p - (outcomes[i] ? 1 : 0);
        double weight = Math.max(p * (1 - p), 1e-9);
        for (int j = 0; j < k; j++) {
          gradient[j] += error * x[j];
          for (int l = 0; l < k; l++) {
            hessian[j][l] += weight * x[j] * x[l];
          }
        }
      }
      double[] step = solve(hessian, gradient);
      if (step == null) {
        break;
      }
      double size = 0;
      for (int j = 0; j < k; j++) {
        w[j] -= step[j];
        size += Math.abs(step[j]);
      }
      if (size < 1e-9) {
        break;
      }
    }
    return w;
  }

  static double dot(double[] w, double[] x) {
    double sum = 0;
    for (int j = 0; j < w.length; j++) {
      sum += w[j] * x[j];
    }
    return sum;
  }

  /** Solves a x = b by Gaussian elimination with partial pivoting; null when a is singular. */
  private static double[] solve(double[][] a, double[] b) {
    int n = b.length;
    double[][] m = new double[n][];
    for (int i = 0; i < n; i++) {
      m[i] = java.util.Arrays.copyOf(a[i], n + 1);
      m[i][n] = b[i];
    }
    for (int col = 0; col < n; col++) {
      int pivot = col;
      for (int row = col + 1; row < n; row++) {
        if (Math.abs(m[row][col]) > Math.abs(m[pivot][col])) {
          pivot = row;
        }
      }
      if (Math.abs(m[pivot][col]) < 1e-12) {
        return null;
      }
      double[] swap = m[col];
      m[col] = m[pivot];
      m[pivot] = swap;
      for (int row = col + 1; row < n; row++) {
        double factor = m[row][col] / m[col][col];
        for (int c = col; c <= n; c++) {
          m[row][c] -= factor * m[col][c];
        }
      }
    }
    double[] x = new double[n];
    for (int row = n - 1; row >= 0; row--) {
      double sum = m[row][n];
      for (int c = row + 1; c < n; c++) {
        sum -= m[row][c] * x[c];
      }
      x[row] = sum / m[row][row];
    }
    return x;
  }
}
