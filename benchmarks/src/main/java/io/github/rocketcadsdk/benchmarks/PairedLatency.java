package io.github.rocketcadsdk.benchmarks;

import io.github.rocketcadsdk.benchmarks.stock.api.WorkflowsApi;
import io.github.rocketcadsdk.benchmarks.stock.model.PingRequest;
import io.github.rocketcadsdk.client.RocketCadClient;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Measures the latency of the SDK, raw OkHttp and the stock generated client in turn, call by call,
 * against one loopback server.
 *
 * <p>JMH measures one candidate after another, minutes apart, so a change in the machine's load
 * between them shows up as a difference between candidates. Here each round sends one {@code ping}
 * with every candidate, in a rotating order, so all three see the same conditions and the ratios of
 * their percentiles are not shifted by drift.
 */
public final class PairedLatency {

  private static final List<String> CANDIDATES = List.of("sdk", "rawOkHttp", "stockGenerated");

  private PairedLatency() {}

  /** Runs the measurement alone; {@code --quick} runs a tenth of the rounds. */
  public static void main(String[] args) throws Exception {
    run(args.length > 0 && args[0].equals("--quick"));
  }

  /** Measures and prints: 20,000 warm-up and 100,000 measured rounds, or a tenth when quick. */
  static void run(boolean quick) throws Exception {
    print(measure(quick ? 2_000 : 20_000, quick ? 10_000 : 100_000));
  }

  /** Returns the sorted call times in nanoseconds, one array per candidate in CANDIDATES order. */
  static long[][] measure(int warmupRounds, int rounds) throws Exception {
    LoopbackServer server = new LoopbackServer();
    server.start();
    try {
      RocketCadClient sdk = Candidates.sdk(server);
      Candidates.RawOkHttp raw = new Candidates.RawOkHttp(server);
      WorkflowsApi stock = Candidates.stock(server);
      Call[] calls = {sdk::ping, raw::ping, () -> stock.ping(new PingRequest())};

      long[][] nanos = new long[calls.length][rounds];
      for (int round = -warmupRounds; round < rounds; round++) {
        for (int turn = 0; turn < calls.length; turn++) {
          int candidate = Math.floorMod(round + turn, calls.length);
          long started = System.nanoTime();
          calls[candidate].send();
          long took = System.nanoTime() - started;
          if (round >= 0) {
            nanos[candidate][round] = took;
          }
        }
      }
      for (long[] times : nanos) {
        Arrays.sort(times);
      }
      return nanos;
    } finally {
      server.stop();
    }
  }

  /** Prints p50 and p99 per candidate and the SDK's ratios, as a Markdown table. */
  static void print(long[][] nanos) {
    System.out.println();
    System.out.println("| paired, 1 thread | p50 latency (µs) | p99 latency (µs) |");
    System.out.println("|---|---|---|");
    for (int i = 0; i < CANDIDATES.size(); i++) {
      System.out.printf(
          Locale.ROOT,
          "| %s | %.1f | %.1f |%n",
          CANDIDATES.get(i),
          percentile(nanos[i], 50) / 1000,
          percentile(nanos[i], 99) / 1000);
    }
    for (int base = 1; base < CANDIDATES.size(); base++) {
      System.out.printf(
          Locale.ROOT,
          "| sdk / %s | %.2f× | %.2f× |%n",
          CANDIDATES.get(base),
          percentile(nanos[0], 50) / percentile(nanos[base], 50),
          percentile(nanos[0], 99) / percentile(nanos[base], 99));
    }
  }

  private static double percentile(long[] sorted, int percent) {
    int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, index)];
  }

  /** One call of one candidate. */
  private interface Call {
    void send() throws Exception;
  }
}
