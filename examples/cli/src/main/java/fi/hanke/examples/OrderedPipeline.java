package fi.hanke.examples;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * An ordered pipeline of batches (<i>järjestetty liukuhihna</i>, sv. <i>ordnad löpande band</i>): tasks run on a
 * fixed pool of worker threads, and their results are handed to one consumer, on the submitting thread, in the
 * order the tasks were submitted. At most {@code window} tasks are submitted but not yet consumed: submitting
 * one more first waits for the oldest and consumes it, so memory stays bounded whatever the input's size, and
 * the submitting thread both feeds the workers and consumes their results (no unbounded queue anywhere).
 *
 * <p>Not thread-safe: one submitting thread. Closing stops the workers; a task's exception is rethrown, unwrapped
 * when unchecked, from the {@code submit} or {@link #finish()} that consumes it.
 *
 * @param <R> a task's result
 */
final class OrderedPipeline<R> implements AutoCloseable {
  private final ExecutorService pool;
  private final int window;
  private final Consumer<? super R> consumer;
  private final Deque<Future<R>> inFlight = new ArrayDeque<>();

  /**
   * @param threads the number of worker threads, at least 1
   * @param window the most tasks in flight, at least {@code threads}
   * @param consumer what takes each result, in submission order, on the submitting thread
   */
  OrderedPipeline(int threads, int window, Consumer<? super R> consumer) {
    if (threads < 1 || window < threads) {
      throw new IllegalArgumentException("threads " + threads + " and window " + window);
    }
    this.pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "hanke-pipeline");
      t.setDaemon(true);
      return t;
    });
    this.window = window;
    this.consumer = consumer;
  }

  /**
   * Submits a task, first consuming the oldest result if the window is full.
   *
   * @param task the task
   */
  void submit(Callable<R> task) {
    if (inFlight.size() >= window) {
      consumeOldest();
    }
    inFlight.addLast(pool.submit(task));
  }

  /** Consumes every result still in flight, in order. */
  void finish() {
    while (!inFlight.isEmpty()) {
      consumeOldest();
    }
  }

  private void consumeOldest() {
    Future<R> oldest = inFlight.removeFirst();
    R result;
    try {
      result = oldest.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a batch", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      if (cause instanceof Error) {
        throw (Error) cause;
      }
      throw new IllegalStateException(cause);
    }
    consumer.accept(result);
  }

  @Override
  public void close() {
    inFlight.forEach(f -> f.cancel(true));
    inFlight.clear();
    pool.shutdownNow();
  }
}
