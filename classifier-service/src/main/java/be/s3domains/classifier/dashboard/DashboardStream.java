package be.s3domains.classifier.dashboard;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends the {@link LiveTally}'s view to every open page once a second, however fast the events
 * come: a page draws at most one update a second. Stops first on shutdown and closes the streams,
 * so that open pages do not hold up the web server's graceful shutdown (they reconnect to the next
 * instance by themselves). Thread-safe.
 */
final class DashboardStream implements SmartLifecycle {

  private static final long TICK_MILLIS = 1000;
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final LiveTally tally;
  private final List<SseEmitter> pages = new CopyOnWriteArrayList<>();
  private ScheduledExecutorService ticks;

  DashboardStream(LiveTally tally) {
    this.tally = tally;
  }

  /** A stream for one more page; it gets the current view at once. */
  SseEmitter open() {
    SseEmitter page = new SseEmitter(0L);
    page.onCompletion(() -> pages.remove(page));
    page.onTimeout(() -> pages.remove(page));
    page.onError(failure -> pages.remove(page));
    pages.add(page);
    send(page, JSON.writeValueAsString(tally.view(System.currentTimeMillis())));
    return page;
  }

  private void tick() {
    if (pages.isEmpty()) {
      return;
    }
    String view = JSON.writeValueAsString(tally.view(System.currentTimeMillis()));
    pages.forEach(page -> send(page, view));
  }

  private void send(SseEmitter page, String view) {
    try {
      page.send(SseEmitter.event().name("view").data(view, MediaType.APPLICATION_JSON));
    } catch (IOException | IllegalStateException gone) {
      pages.remove(page);
    }
  }

  @Override
  public synchronized void start() {
    ticks = Executors.newSingleThreadScheduledExecutor(runnable -> daemon(runnable));
    ticks.scheduleAtFixedRate(this::tick, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
  }

  private static Thread daemon(Runnable runnable) {
    Thread thread = new Thread(runnable, "dashboard-stream");
    thread.setDaemon(true);
    return thread;
  }

  @Override
  public synchronized void stop() {
    if (ticks != null) {
      ticks.shutdownNow();
      ticks = null;
    }
    pages.forEach(SseEmitter::complete);
    pages.clear();
  }

  @Override
  public synchronized boolean isRunning() {
    return ticks != null;
  }

  /** Before everything else, the web server's graceful shutdown included. */
  @Override
  public int getPhase() {
    return Integer.MAX_VALUE;
  }
}
