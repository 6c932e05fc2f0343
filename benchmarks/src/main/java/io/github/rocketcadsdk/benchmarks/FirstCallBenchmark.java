package io.github.rocketcadsdk.benchmarks;

import org.openjdk.jmh.annotations.Benchmark;

/**
 * The first call after JVM start: building the client and sending one {@code ping}, class loading
 * and initialisation included. Run in {@code SingleShotTime} mode with many forks, so every
 * measurement is in a fresh JVM.
 */
public class FirstCallBenchmark {

  @Benchmark
  public Object sdk(LoopbackServer server) {
    return Candidates.sdk(server).ping();
  }

  @Benchmark
  public Object stockGenerated(LoopbackServer server) {
    return Candidates.stock(server)
        .ping(new io.github.rocketcadsdk.benchmarks.stock.model.PingRequest());
  }

  @Benchmark
  public Object rawOkHttp(LoopbackServer server) throws Exception {
    return new Candidates.RawOkHttp(server).ping();
  }

  @Benchmark
  public Object rawJdkHttpClient(LoopbackServer server) throws Exception {
    return new Candidates.RawJdkHttp(server).ping();
  }
}
