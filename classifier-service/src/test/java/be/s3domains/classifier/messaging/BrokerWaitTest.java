package be.s3domains.classifier.messaging;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class BrokerWaitTest {

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void goesOnAtOnceWhenABrokerAcceptsConnectionsWithOrWithoutASecurityProtocolPrefix()
      throws IOException {
    try (ServerSocket broker = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
      String address = "127.0.0.1:" + broker.getLocalPort();

      assertThatCode(() -> new BrokerWait(List.of(address)).afterSingletonsInstantiated())
          .doesNotThrowAnyException();
      assertThatCode(
              () -> new BrokerWait(List.of("SASL_SSL://" + address)).afterSingletonsInstantiated())
          .doesNotThrowAnyException();
    }
  }

  @Test
  void namesABootstrapAddressThatIsNotHostAndPort() {
    assertThatThrownBy(
            () -> new BrokerWait(List.of("kafka-without-port")).afterSingletonsInstantiated())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'kafka-without-port' is not host:port");
  }
}
