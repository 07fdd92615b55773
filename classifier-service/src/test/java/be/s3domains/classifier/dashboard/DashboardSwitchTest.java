package be.s3domains.classifier.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class DashboardSwitchTest {

  @Test
  void leavesTheDashboardOutWhenItIsDisabled() {
    new ApplicationContextRunner()
        .withPropertyValues("classifier.dashboard.enabled=false")
        .withUserConfiguration(DashboardConfiguration.class, DashboardController.class)
        .run(
            context ->
                assertThat(context)
                    .hasNotFailed()
                    .doesNotHaveBean(DashboardController.class)
                    .doesNotHaveBean(MatchFeed.class));
  }
}
