package be.s3domains.classifier.messaging;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;

/**
 * Holds the start-up until one of the bootstrap brokers accepts a connection, saying so once and
 * then at a low rate, instead of letting the Kafka clients fail for a minute and end in a stack
 * trace. Runs before the topics are created and the listeners start: user configurations are
 * initialised before Spring Boot's. Used by one thread, at start-up.
 */
final class BrokerWait implements SmartInitializingSingleton {

  private static final Logger log = LoggerFactory.getLogger(BrokerWait.class);

  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
  private static final Duration PAUSE = Duration.ofSeconds(3);
  private static final Duration REPORT_EVERY = Duration.ofSeconds(30);

  private final List<String> servers;

  BrokerWait(List<String> servers) {
    this.servers = List.copyOf(servers);
  }

  @Override
  public void afterSingletonsInstantiated() {
    if (anyReachable()) {
      return;
    }
    log.warn("Waiting for the Kafka brokers at {}: none accepts a connection yet.", servers);
    // A stop signal must end the wait: the context cannot close while it is starting.
    Thread waiting = Thread.currentThread();
    Thread stop = new Thread(waiting::interrupt, "broker-wait-stop");
    Runtime.getRuntime().addShutdownHook(stop);
    try {
      waitForBrokers();
      Runtime.getRuntime().removeShutdownHook(stop);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(
          "Stopped while waiting for the Kafka brokers at " + servers, e);
    }
    log.info("The Kafka brokers at {} are reachable; starting.", servers);
  }

  private void waitForBrokers() throws InterruptedException {
    long started = System.nanoTime();
    long lastReport = started;
    while (!anyReachable()) {
      Thread.sleep(PAUSE.toMillis());
      long now = System.nanoTime();
      if (now - lastReport >= REPORT_EVERY.toNanos()) {
        log.warn(
            "Still waiting for the Kafka brokers at {} ({} s so far).",
            servers,
            Duration.ofNanos(now - started).toSeconds());
        lastReport = now;
      }
    }
  }

  private boolean anyReachable() {
    return servers.stream().anyMatch(BrokerWait::accepts);
  }

  private static boolean accepts(String address) {
    int scheme = address.indexOf("://");
    String server = scheme < 0 ? address : address.substring(scheme + 3);
    int colon = server.lastIndexOf(':');
    String port = colon < 0 ? "" : server.substring(colon + 1).trim();
    if (!port.matches("[0-9]{1,5}")) {
      throw new IllegalArgumentException(
          "spring.kafka.bootstrap-servers: '" + address + "' is not host:port");
    }
    String host = server.substring(0, colon).replace("[", "").replace("]", "").trim();
    try (Socket socket = new Socket()) {
      socket.connect(
          new InetSocketAddress(host, Integer.parseInt(port)), (int) CONNECT_TIMEOUT.toMillis());
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
