package io.github.rocketcadsdk.benchmarks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every benchmark of this module in one go and prints the measured values and the SDK's ratios
 * to the other candidates, as a Markdown table.
 *
 * <p>Four JMH runs: latency percentiles ({@code SampleTime}, 1 thread), throughput and allocation
 * per call at 1 thread ({@code Throughput} with the GC profiler), throughput at 64 threads, and the
 * first call after JVM start ({@code SingleShotTime}, one fresh JVM per sample). Then {@link
 * PairedLatency} measures the latency ratios again with the candidates' calls interleaved. With no
 * argument the whole run takes about 11 minutes on 2 cores; {@code --quick} checks the setup in
 * about 2 minutes, with numbers too noisy to quote.
 */
public final class BenchmarkReport {

  private static final List<String> CANDIDATES =
      List.of("sdk", "rawOkHttp", "rawJdkHttpClient", "stockGenerated");

  private static final String ALLOCATION = "gc.alloc.rate.norm";

  private BenchmarkReport() {}

  public static void main(String[] args) throws Exception {
    boolean quick = args.length > 0 && args[0].equals("--quick");
    int forks = quick ? 1 : 2;
    int warmups = quick ? 1 : 5;
    int measurements = quick ? 1 : 5;
    int firstCallForks = quick ? 2 : 10;
    String clientBenchmark = ClientBenchmark.class.getName() + ".";

    Map<String, RunResult> latency =
        run(
            timed(clientBenchmark, forks, warmups, measurements)
                .mode(org.openjdk.jmh.annotations.Mode.SampleTime)
                .timeUnit(TimeUnit.MICROSECONDS)
                .threads(1));
    Map<String, RunResult> oneThread =
        run(
            timed(clientBenchmark, forks, warmups, measurements)
                .mode(org.openjdk.jmh.annotations.Mode.Throughput)
                .timeUnit(TimeUnit.SECONDS)
                .threads(1)
                .addProfiler(GCProfiler.class));
    Map<String, RunResult> manyThreads =
        run(
            timed(clientBenchmark, forks, warmups, measurements)
                .mode(org.openjdk.jmh.annotations.Mode.Throughput)
                .timeUnit(TimeUnit.SECONDS)
                .threads(64));
    Map<String, RunResult> firstCall =
        run(
            new OptionsBuilder()
                .include(FirstCallBenchmark.class.getName() + ".")
                .mode(org.openjdk.jmh.annotations.Mode.SingleShotTime)
                .timeUnit(TimeUnit.MILLISECONDS)
                .forks(firstCallForks)
                .warmupIterations(0)
                .measurementIterations(1)
                .threads(1));

    Map<String, double[]> rows = new LinkedHashMap<>();
    for (String candidate : CANDIDATES) {
      Result<?> sample = latency.get(candidate).getPrimaryResult();
      Result<?> allocation = oneThread.get(candidate).getSecondaryResults().get(ALLOCATION);
      rows.put(
          candidate,
          new double[] {
            sample.getStatistics().getPercentile(50),
            sample.getStatistics().getPercentile(99),
            oneThread.get(candidate).getPrimaryResult().getScore(),
            manyThreads.get(candidate).getPrimaryResult().getScore(),
            allocation == null ? Double.NaN : allocation.getScore(),
            firstCall.get(candidate).getPrimaryResult().getScore()
          });
    }
    print(rows);
    PairedLatency.run(quick);
  }

  private static ChainedOptionsBuilder timed(
      String include, int forks, int warmups, int measurements) {
    return new OptionsBuilder()
        .include(include)
        .forks(forks)
        .warmupIterations(warmups)
        .warmupTime(TimeValue.seconds(2))
        .measurementIterations(measurements)
        .measurementTime(TimeValue.seconds(2))
        .jvmArgsAppend("-Xms1g", "-Xmx1g");
  }

  /** Runs the options and returns each result by benchmark method name. */
  private static Map<String, RunResult> run(ChainedOptionsBuilder options) throws RunnerException {
    Collection<RunResult> results = new Runner(options.build()).run();
    Map<String, RunResult> byMethod = new LinkedHashMap<>();
    for (RunResult result : results) {
      String benchmark = result.getParams().getBenchmark();
      byMethod.put(benchmark.substring(benchmark.lastIndexOf('.') + 1), result);
    }
    return byMethod;
  }

  private static void print(Map<String, double[]> rows) {
    String[] columns = {
      "p50 latency (µs)",
      "p99 latency (µs)",
      "throughput, 1 thread (ops/s)",
      "throughput, 64 threads (ops/s)",
      "allocation (B/call)",
      "first call (ms)"
    };
    System.out.println();
    System.out.println("| candidate | " + String.join(" | ", columns) + " |");
    System.out.println("|---|" + "---|".repeat(columns.length));
    rows.forEach(
        (candidate, values) -> {
          List<String> cells = new ArrayList<>();
          for (double value : values) {
            cells.add(String.format(Locale.ROOT, "%.1f", value));
          }
          System.out.println("| " + candidate + " | " + String.join(" | ", cells) + " |");
        });

    // A ratio has no unit, so its table names each column without the one in parentheses.
    List<String> ratioColumns = new ArrayList<>();
    for (String column : columns) {
      ratioColumns.add(column.substring(0, column.lastIndexOf(" (")));
    }
    System.out.println();
    System.out.println("| ratio | " + String.join(" | ", ratioColumns) + " |");
    System.out.println("|---|" + "---|".repeat(columns.length));
    printRatios(rows, "sdk", "rawOkHttp");
    printRatios(rows, "sdk", "rawJdkHttpClient");
    printRatios(rows, "sdk", "stockGenerated");
    printRatios(rows, "stockGenerated", "rawJdkHttpClient");
    printRatios(rows, "stockGenerated", "rawOkHttp");
  }

  private static void printRatios(Map<String, double[]> rows, String numerator, String base) {
    double[] top = rows.get(numerator);
    double[] bottom = rows.get(base);
    List<String> cells = new ArrayList<>();
    for (int i = 0; i < top.length; i++) {
      cells.add(String.format(Locale.ROOT, "%.2f×", top[i] / bottom[i]));
    }
    System.out.println("| " + numerator + " / " + base + " | " + String.join(" | ", cells) + " |");
  }
}
