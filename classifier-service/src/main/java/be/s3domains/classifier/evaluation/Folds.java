package be.s3domains.classifier.evaluation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** Cross-validation folds: every item in exactly one of k folds of near-equal size, seeded. */
public final class Folds {

  private Folds() {}

  /** The fold of each of n items, in [0, k); the same seed gives the same folds. */
  public static int[] assign(int n, int k, long seed) {
    if (k < 2 || k > n) {
      throw new IllegalArgumentException(
          "cannot make " + k + " folds of " + n + " items: expected 2 <= folds <= items");
    }
    List<Integer> order = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      order.add(i);
    }
    Collections.shuffle(order, new Random(seed));
    int[] folds = new int[n];
    for (int position = 0; position < n; position++) {
      folds[order.get(position)] = position % k;
    }
    return folds;
  }
}
