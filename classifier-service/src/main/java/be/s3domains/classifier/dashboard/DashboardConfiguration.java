package be.s3domains.classifier.dashboard;

import be.s3domains.classifier.engine.ClassifierProperties;
import java.util.Locale;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The live dashboard, unless {@code classifier.dashboard.enabled=false}. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "classifier.dashboard.enabled", matchIfMissing = true)
class DashboardConfiguration {

  private static final int LATEST_EVENTS = 30;

  @Bean
  LiveTally liveTally(ClassifierProperties properties) {
    return new LiveTally(properties.dashboard().window(), LATEST_EVENTS);
  }

  @Bean
  MatchFeed matchFeed(ClassifierProperties properties, KafkaProperties kafka, LiveTally tally) {
    ClassifierProperties.Dashboard dashboard = properties.dashboard();
    return new MatchFeed(
        kafka.buildConsumerProperties(),
        dashboard.groupId(),
        dashboard.startAt().name().toLowerCase(Locale.ROOT),
        properties.topics().domainMatches(),
        properties.topics().deadLetters(),
        tally);
  }

  @Bean
  DashboardStream dashboardStream(LiveTally tally) {
    return new DashboardStream(tally);
  }
}
