package be.s3domains.classifier.messaging;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationListener;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.event.ConsumerStoppedEvent;
import org.springframework.kafka.listener.MessageListenerContainer;

/**
 * Restarts the proposal listener after its transactional producer was fenced while the consumer
 * kept its partitions. That happens when the broker aborts a transaction that outlived {@code
 * transaction.timeout.ms}, for instance across a broker restart. Spring Kafka would otherwise log
 * the fencing and go on polling from the positions after the aborted batch, so those records would
 * never be classified unless a rebalance came. The containers stop when fenced; the restarted
 * consumer rejoins under the same group instance id and reads again from the committed offsets.
 */
final class FencedListenerRestart
    implements ApplicationListener<ConsumerStoppedEvent>, DisposableBean {

  private static final Logger LOG = LoggerFactory.getLogger(FencedListenerRestart.class);

  private final KafkaListenerEndpointRegistry registry;
  private final ExecutorService restarts =
      Executors.newSingleThreadExecutor(runnable -> new Thread(runnable, "listener-restart"));

  FencedListenerRestart(KafkaListenerEndpointRegistry registry) {
    this.registry = registry;
  }

  @Override
  public void onApplicationEvent(ConsumerStoppedEvent event) {
    if (event.getReason() != ConsumerStoppedEvent.Reason.FENCED) {
      return;
    }
    MessageListenerContainer container = registry.getListenerContainer(ProposalListener.ID);
    if (container == null) {
      return;
    }
    LOG.warn(
        "The proposal listener's producer was fenced; restarting the listener so that it reads"
            + " again from the committed offsets");
    restarts.execute(() -> container.stop(() -> restarts.execute(container::start)));
  }

  @Override
  public void destroy() {
    restarts.shutdownNow();
  }
}
