package be.s3domains.classifier;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.config.SaslConfigs;
import org.awaitility.Awaitility;

/**
 * A {@link StandaloneBroker} whose only client listener takes SASL_PLAINTEXT: clients sign in with
 * SCRAM-SHA-512 as users this class creates. The broker itself (and this class, to create the
 * users) signs in with PLAIN as an administrator whose password lives only in this process; the
 * KRaft controller listener stays internal.
 */
public final class ScramBroker implements AutoCloseable {

  public static final String MECHANISM = "SCRAM-SHA-512";

  private static final String ADMINISTRATOR = "broker";

  private final StandaloneBroker broker;
  private final String administratorPassword;

  private ScramBroker(StandaloneBroker broker, String administratorPassword) {
    this.broker = broker;
    this.administratorPassword = administratorPassword;
  }

  /** Starts the broker, with no users but its administrator. */
  public static ScramBroker start() {
    String password = UUID.randomUUID().toString();
    String plain =
        "org.apache.kafka.common.security.plain.PlainLoginModule required"
            + " username=\"%1$s\" password=\"%2$s\" user_%1$s=\"%2$s\";"
                .formatted(ADMINISTRATOR, password);
    Map<String, String> settings =
        Map.of(
            "listener.security.protocol.map", "EXTERNAL:SASL_PLAINTEXT,CONTROLLER:PLAINTEXT",
            "sasl.enabled.mechanisms", MECHANISM + ",PLAIN",
            "sasl.mechanism.inter.broker.protocol", "PLAIN",
            "listener.name.external.plain.sasl.jaas.config", plain,
            "listener.name.external.scram-sha-512.sasl.jaas.config",
                "org.apache.kafka.common.security.scram.ScramLoginModule required;");
    return new ScramBroker(StandaloneBroker.start(settings, 1), password);
  }

  public String bootstrapServers() {
    return broker.bootstrapServers();
  }

  /** Creates a SCRAM-SHA-512 user and waits until it can sign in. */
  public void addUser(String name, String password) {
    UserScramCredentialUpsertion user =
        new UserScramCredentialUpsertion(
            name, new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, 8192), password);
    asAdministrator(admin -> admin.alterUserScramCredentials(List.of(user)).all());
    Awaitility.await().ignoreExceptions().until(() -> canSignIn(name, password));
  }

  /** The names of the topics there are. */
  public Set<String> topics() {
    return asAdministrator(admin -> admin.listTopics().names());
  }

  /** Whether a client with these credentials gets an answer from the broker. */
  public boolean canSignIn(String name, String password) throws Exception {
    try (Admin admin = Admin.create(clientSettings(name, password))) {
      return admin.describeCluster().clusterId().get() != null;
    }
  }

  /** What a Kafka client needs to sign in as this user. */
  public Map<String, Object> clientSettings(String name, String password) {
    return settings(
        MECHANISM, "org.apache.kafka.common.security.scram.ScramLoginModule", name, password);
  }

  private <T> T asAdministrator(Function<Admin, KafkaFuture<T>> request) {
    Map<String, Object> administrator =
        settings(
            "PLAIN",
            "org.apache.kafka.common.security.plain.PlainLoginModule",
            ADMINISTRATOR,
            administratorPassword);
    try (Admin admin = Admin.create(administrator)) {
      return request.apply(admin).get();
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private Map<String, Object> settings(
      String mechanism, String loginModule, String name, String password) {
    return Map.of(
        CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG,
        bootstrapServers(),
        CommonClientConfigs.SECURITY_PROTOCOL_CONFIG,
        "SASL_PLAINTEXT",
        SaslConfigs.SASL_MECHANISM,
        mechanism,
        SaslConfigs.SASL_JAAS_CONFIG,
        "%s required username=\"%s\" password=\"%s\";".formatted(loginModule, name, password));
  }

  @Override
  public void close() {
    broker.close();
  }
}
