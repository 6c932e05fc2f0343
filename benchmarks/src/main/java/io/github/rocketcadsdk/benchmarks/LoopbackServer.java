package io.github.rocketcadsdk.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/** A {@link PingServer} in a child JVM, started once per benchmark fork. */
@State(Scope.Benchmark)
public class LoopbackServer {

  /** The key every client sends; the server ignores it. */
  static final String API_KEY = "BENCHMARK_KEY";

  private Process process;
  private String baseUrl;

  @Setup(Level.Trial)
  public void start() throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command =
        List.of(
            java,
            "-Xmx256m",
            // Without it the server's separate writes of headers and body meet Nagle's algorithm
            // and the client's delayed ACK, which adds about 40 ms to every call.
            "-Dsun.net.httpserver.nodelay=true",
            "-cp",
            System.getProperty("java.class.path"),
            PingServer.class.getName());
    process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();

    BufferedReader out =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    String line = out.readLine();
    if (line == null || !line.startsWith("LISTENING ")) {
      process.destroyForcibly();
      throw new IllegalStateException("The ping server failed to start; its output: " + line);
    }
    baseUrl = "http://127.0.0.1:" + line.substring("LISTENING ".length()).trim();
  }

  @TearDown(Level.Trial)
  public void stop() throws Exception {
    process.getOutputStream().close();
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
  }

  /** Returns the server's base URL, such as {@code http://127.0.0.1:41234}. */
  public String baseUrl() {
    return baseUrl;
  }

  /** Returns the ping URL with the key, for the raw clients. */
  public String pingUrl() {
    return baseUrl + "/api/1.1/wf/ping?api_key=" + API_KEY;
  }
}
