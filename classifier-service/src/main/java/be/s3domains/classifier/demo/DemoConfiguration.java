package be.s3domains.classifier.demo;

import be.s3domains.classifier.engine.ClassifierProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;

/** The demo run, only with the 'demo' profile. */
@Configuration(proxyBeanMethods = false)
@Profile("demo")
class DemoConfiguration {

  @Bean
  DemoRun demoRun(
      ClassifierProperties properties,
      KafkaProperties kafka,
      Environment environment,
      ConfigurableApplicationContext context) {
    return new DemoRun(
        properties,
        kafka,
        new ResultLog(properties, kafka),
        new ServiceTour(environment, properties.demo().printEvents()),
        context);
  }
}
