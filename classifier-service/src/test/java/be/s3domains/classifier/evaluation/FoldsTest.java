package be.s3domains.classifier.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class FoldsTest {

  @Test
  void putsEveryItemInOneOfKFoldsOfNearEqualSize() {
    List<Integer> folds = Arrays.stream(Folds.assign(23, 5, 1)).boxed().toList();

    assertThat(folds).hasSize(23).allMatch(fold -> fold >= 0 && fold < 5);
    assertThat(IntStream.range(0, 5).map(k -> Collections.frequency(folds, k)).boxed().toList())
        .allMatch(size -> size == 4 || size == 5);
  }

  @Test
  void theSameSeedGivesTheSameFoldsAndAnotherSeedOthers() {
    assertThat(Folds.assign(100, 5, 7)).isEqualTo(Folds.assign(100, 5, 7));
    assertThat(Folds.assign(100, 5, 7)).isNotEqualTo(Folds.assign(100, 5, 8));
  }

  @Test
  void refusesMoreFoldsThanItemsOrFewerThanTwo() {
    assertThatThrownBy(() -> Folds.assign(3, 5, 1)).hasMessageContaining("5 folds of 3 items");
    assertThatThrownBy(() -> Folds.assign(10, 1, 1)).hasMessageContaining("expected 2 <= folds");
  }
}
