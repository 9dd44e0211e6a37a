package fi.hanke.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OrderedPipelineTest {
  @Test
  void resultsAreConsumedInSubmissionOrderEvenWhenLaterTasksFinishFirst() {
    List<Integer> consumed = new ArrayList<>();
    try (OrderedPipeline<Integer> pipeline = new OrderedPipeline<>(3, 5, consumed::add)) {
      for (int i = 0; i < 60; i++) {
        int task = i;
        pipeline.submit(() -> {
          Thread.sleep((60 - task) % 7); // the earlier tasks of a window sleep longer
          return task;
        });
      }
      pipeline.finish();
    }
    assertEquals(IntStream.range(0, 60).boxed().toList(), consumed);
  }

  @Test
  void noMoreThanTheWindowIsSubmittedAndNotYetConsumed() {
    AtomicInteger submitted = new AtomicInteger();
    AtomicInteger consumed = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    try (OrderedPipeline<Integer> pipeline = new OrderedPipeline<>(2, 4, r -> consumed.incrementAndGet())) {
      for (int i = 0; i < 100; i++) {
        pipeline.submit(() -> 1);
        most.accumulateAndGet(submitted.incrementAndGet() - consumed.get(), Math::max);
      }
      pipeline.finish();
    }
    assertEquals(100, consumed.get());
    assertEquals(4, most.get());
  }

  @Test
  void aTasksExceptionComesOutOfTheCallThatConsumesIt() {
    List<Integer> consumed = new ArrayList<>();
    try (OrderedPipeline<Integer> pipeline = new OrderedPipeline<>(1, 1, consumed::add)) {
      pipeline.submit(() -> 1);
      pipeline.submit(() -> {
        throw new IllegalArgumentException("bad batch");
      });
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, pipeline::finish);
      assertEquals("bad batch", e.getMessage());
    }
    assertEquals(List.of(1), consumed);
  }

  @Test
  void aWindowSmallerThanTheThreadsIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new OrderedPipeline<Integer>(2, 1, r -> { }));
    assertTrue(e.getMessage().contains("window 1"), e.getMessage());
  }
}
