package be.s3domains.benchmarks.chaos;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

/**
 * One reading of a service process: heap in use from its actuator's Prometheus endpoint (on the
 * management port), threads, open file handles and resident memory from {@code /proc/<pid>}.
 *
 * @param seconds when, since the soak started
 * @param heapBytes {@code jvm_memory_used_bytes} summed over the heap pools
 * @param threads the process's threads
 * @param fileHandles open file descriptors (files, sockets, pipes)
 * @param residentBytes resident set size
 * @param lag records waiting in the proposals topic
 */
record ProcessGauges(
    double seconds, long heapBytes, int threads, int fileHandles, long residentBytes, long lag) {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  static ProcessGauges read(ServiceInstance instance, double seconds, long lag)
      throws IOException, InterruptedException {
    Path proc = Path.of("/proc", Long.toString(instance.pid()));
    int fileHandles;
    try (Stream<Path> fds = Files.list(proc.resolve("fd"))) {
      fileHandles = (int) fds.count();
    }
    String status = Files.readString(proc.resolve("status"));
    return new ProcessGauges(
        seconds,
        heapBytes(instance.managementPort()),
        (int) statusValue(status, "Threads:"),
        fileHandles,
        statusValue(status, "VmRSS:") * 1024,
        lag);
  }

  private static long heapBytes(int managementPort) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create("http://localhost:" + managementPort + "/actuator/prometheus"))
            .timeout(Duration.ofSeconds(5))
            .build();
    String metrics = HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body();
    return (long)
        metrics
            .lines()
            .filter(
                line -> line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\""))
            .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
            .sum();
  }

  private static long statusValue(String status, String field) {
    return status
        .lines()
        .filter(line -> line.startsWith(field))
        .map(line -> line.substring(field.length()).strip().split("\\s+")[0])
        .mapToLong(Long::parseLong)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("No " + field + " in /proc status"));
  }
}
