package be.s3domains.classifier.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import be.s3domains.classifier.contract.InputPolicy;
import be.s3domains.classifier.engine.Classifications;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.kafka.core.KafkaOperations;

class ProposalListenerTest {

  @SuppressWarnings("unchecked")
  private final KafkaOperations<String, byte[]> template = mock(KafkaOperations.class);

  private final Classifications classifications = mock(Classifications.class);
  private final DeadLetters deadLetters = mock(DeadLetters.class);

  @Test
  void copiesEachRecordUnclassifiedInPassthroughMode() {
    when(template.send(any(ProducerRecord.class)))
        .thenReturn(CompletableFuture.completedFuture(null));
    byte[] notEvenJson = "not json".getBytes(StandardCharsets.UTF_8);

    passthroughListener()
        .on(
            List.of(new ConsumerRecord<>("proposals", 0, 7L, "p-1", notEvenJson)),
            mock(Consumer.class));

    @SuppressWarnings("unchecked")
    ArgumentCaptor<ProducerRecord<String, byte[]>> sent =
        ArgumentCaptor.forClass(ProducerRecord.class);
    verify(template).send(sent.capture());
    assertThat(sent.getValue().topic()).isEqualTo("domain-matches");
    assertThat(sent.getValue().key()).isEqualTo("p-1");
    assertThat(sent.getValue().value()).isEqualTo(notEvenJson);
    verifyNoInteractions(classifications, deadLetters);
  }

  private ProposalListener passthroughListener() {
    return new ProposalListener(
        new ProposalRecords(new InputPolicy(1024 * 1024)),
        classifications,
        new DomainMatchEvents("domain-matches", "/test", "be.s3domains.domain-match.v1"),
        deadLetters,
        template,
        new SimpleMeterRegistry(),
        new BatchWorkers(1),
        true);
  }
}
