package be.s3domains.classifier;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole service against a real broker, which subclasses provide. Every subclass with the same
 * broker annotation shares one Spring context. The catalog is a copy of the three-domain test
 * catalog in a temporary file, so that reloading can be tested.
 */
@SpringBootTest(
    webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = {
      "classifier.topics.partitions=3",
      "classifier.max-record-size=16KB",
      "classifier.retry.initial-interval=100ms",
      "classifier.retry.max-retries=2",
      "classifier.catalog.reload-interval=200ms",
      "spring.kafka.consumer.group-id=classifier-it",
      "spring.kafka.producer.properties.linger.ms=0",
      "spring.kafka.listener.poll-timeout=300ms",
      "classifier.dashboard.start-at=earliest"
    })
public abstract class ServiceTest {

  protected static final Path CATALOG = copyOfTheTestCatalog();
  protected static final String CATALOG_TEXT = read(CATALOG);

  @LocalServerPort protected int port;

  /** The actuator's own port: the tests start it on a random one, apart from the API's. */
  @LocalManagementPort protected int managementPort;

  protected String bootstrapServers;

  /**
   * The broker of this context, as bound when it started: the {@code
   * spring.kafka.bootstrap-servers} system property may since name the broker of another test
   * class's context.
   */
  @Autowired
  void bootstrapServers(KafkaProperties kafka) {
    bootstrapServers = String.join(",", kafka.getBootstrapServers());
  }

  @DynamicPropertySource
  static void catalogFile(DynamicPropertyRegistry properties) {
    properties.add("classifier.catalog.path", CATALOG::toString);
  }

  /** Sends records as an outside producer would, waiting until the broker has them. */
  protected void produce(List<ProducerRecord<String, byte[]>> records) {
    Map<String, Object> config =
        Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
            bootstrapServers,
            ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
            StringSerializer.class,
            ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
            ByteArraySerializer.class,
            ProducerConfig.MAX_REQUEST_SIZE_CONFIG,
            2_000_000,
            // Lets a value over the broker's 1 MB message limit in, as a compressing client can.
            ProducerConfig.COMPRESSION_TYPE_CONFIG,
            "gzip");
    try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config)) {
      records.forEach(producer::send);
    }
  }

  protected static ProducerRecord<String, byte[]> proposal(String key, String value) {
    return new ProducerRecord<>(
        "proposals", key, value == null ? null : value.getBytes(StandardCharsets.UTF_8));
  }

  protected HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(uri(path)).GET().build());
  }

  /** A GET on the management port, where the actuator is. */
  protected HttpResponse<String> getManagement(String path) {
    return send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + managementPort + path))
            .GET()
            .build());
  }

  protected HttpResponse<String> postJson(String path, byte[] body) {
    return post(path, "application/json", body);
  }

  protected HttpResponse<String> post(String path, String contentType, byte[] body) {
    return send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build());
  }

  /** Posts without a Content-Length, in chunks, as a streaming client does. */
  protected HttpResponse<String> postJsonChunked(String path, byte[] body) {
    return send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
            .build());
  }

  protected URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  protected static HttpResponse<String> send(HttpRequest request) {
    try {
      return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static Path copyOfTheTestCatalog() {
    try (InputStream in =
        ServiceTest.class.getClassLoader().getResourceAsStream("catalogs/mini.yaml")) {
      Path file = Files.createTempDirectory("classifier-it").resolve("mini.yaml");
      Files.write(file, in.readAllBytes());
      file.toFile().deleteOnExit();
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
