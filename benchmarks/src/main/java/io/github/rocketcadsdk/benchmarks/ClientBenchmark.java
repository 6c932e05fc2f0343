package io.github.rocketcadsdk.benchmarks;

import io.github.rocketcadsdk.benchmarks.stock.api.WorkflowsApi;
import io.github.rocketcadsdk.benchmarks.stock.model.PingRequest;
import io.github.rocketcadsdk.client.RocketCadClient;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One {@code ping} call per operation through each candidate, all against the same {@link
 * PingServer}. The mode, threads and iterations come from {@link BenchmarkReport} or the command
 * line.
 */
public class ClientBenchmark {

  /** The SDK client, shared by all benchmark threads as the README advises. */
  @State(Scope.Benchmark)
  public static class Sdk {
    RocketCadClient client;

    @Setup
    public void build(LoopbackServer server) {
      client = Candidates.sdk(server);
    }
  }

  /** The stock generated client, shared by all benchmark threads. */
  @State(Scope.Benchmark)
  public static class Stock {
    WorkflowsApi client;

    @Setup
    public void build(LoopbackServer server) {
      client = Candidates.stock(server);
    }
  }

  /** Raw OkHttp, shared by all benchmark threads. */
  @State(Scope.Benchmark)
  public static class OkHttp {
    Candidates.RawOkHttp client;

    @Setup
    public void build(LoopbackServer server) {
      client = new Candidates.RawOkHttp(server);
    }
  }

  /** The raw JDK HttpClient, shared by all benchmark threads. */
  @State(Scope.Benchmark)
  public static class JdkHttp {
    Candidates.RawJdkHttp client;

    @Setup
    public void build(LoopbackServer server) {
      client = new Candidates.RawJdkHttp(server);
    }
  }

  @Benchmark
  public Object sdk(Sdk state) {
    return state.client.ping();
  }

  @Benchmark
  public Object stockGenerated(Stock state) {
    return state.client.ping(new PingRequest());
  }

  @Benchmark
  public Object rawOkHttp(OkHttp state) throws Exception {
    return state.client.ping();
  }

  @Benchmark
  public Object rawJdkHttpClient(JdkHttp state) throws Exception {
    return state.client.ping();
  }
}
