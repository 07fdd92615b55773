package be.s3domains.classifier.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.utils.Exit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.Profiles;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * Starts an in-process KRaft broker before the context when the 'demo' profile is active and points
 * {@code spring.kafka.bootstrap-servers} at it; stops it after the context closed. Does nothing
 * without that profile, so the broker's classes are never loaded by the plain service. Registered
 * in {@code META-INF/spring.factories}. Called by Spring on one thread at a time.
 */
public class DemoBroker implements ApplicationListener<ApplicationEvent>, Ordered {

  private static final Logger log = LoggerFactory.getLogger(DemoBroker.class);

  private Stopper stopper;

  @Override
  public void onApplicationEvent(ApplicationEvent event) {
    if (event instanceof ApplicationEnvironmentPreparedEvent prepared
        && prepared.getEnvironment().acceptsProfiles(Profiles.of("demo"))) {
      stopper = Stopper.start(prepared.getEnvironment());
    } else if (event instanceof ApplicationPreparedEvent prepared && stopper != null) {
      ((GenericApplicationContext) prepared.getApplicationContext())
          .registerBean("demoBroker", Stopper.class, () -> stopper);
    } else if (event instanceof ApplicationFailedEvent && stopper != null) {
      stopper.destroy();
    }
  }

  /** After the environment post-processors, so that the active profiles are known. */
  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }

  /**
   * Holds the running broker; destroyed after the listener containers stopped. Kafka's test kit
   * deletes the broker's directories in JVM shutdown hooks, which run at the same time as Spring's
   * and would pull them away from the broker while it still writes to them: those hooks are kept
   * here instead and run once the broker has stopped.
   */
  static final class Stopper implements DisposableBean {

    private final EmbeddedKafkaBroker broker;
    private final List<Runnable> cleanUps;

    private Stopper(EmbeddedKafkaBroker broker, List<Runnable> cleanUps) {
      this.broker = broker;
      this.cleanUps = cleanUps;
    }

    static Stopper start(ConfigurableEnvironment environment) {
      List<Runnable> cleanUps = new ArrayList<>();
      Exit.setShutdownHookAdder((name, hook) -> cleanUps.add(hook));
      try {
        return new Stopper(started(environment), cleanUps);
      } finally {
        Exit.resetShutdownHookAdder();
      }
    }

    private static EmbeddedKafkaBroker started(ConfigurableEnvironment environment) {
      EmbeddedKafkaBroker broker =
          new EmbeddedKafkaKraftBroker(1, 1)
              .brokerProperties(
                  Map.of(
                      "transaction.state.log.replication.factor", "1",
                      "transaction.state.log.min.isr", "1",
                      "offsets.topic.replication.factor", "1"));
      broker.afterPropertiesSet();
      String servers = broker.getBrokersAsString();
      environment
          .getPropertySources()
          .addFirst(
              new MapPropertySource(
                  "demoBroker", Map.of("spring.kafka.bootstrap-servers", servers)));
      log.info("The demo's in-process Kafka broker listens on {}.", servers);
      return broker;
    }

    @Override
    public void destroy() {
      broker.destroy();
      cleanUps.forEach(Runnable::run);
      log.info("The demo's in-process Kafka broker stopped.");
    }
  }
}
