package io.github.rocketcadsdk.testing;

import io.github.rocketcadsdk.openapi.RocketCadOpenApi;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A Prism mock of the RocketCAD API, started from the bundled OpenAPI document on a free port of
 * 127.0.0.1 and stopped by {@link #close()}.
 *
 * <p>Prism runs with {@code --errors}, so it rejects a request that breaks the document with the
 * document's 400 response and lists the reasons in an {@code sl-violations} header. A request
 * without {@code api_key} gets HTTP 401, the document's 401 example and the reason "Invalid
 * security scheme used".
 *
 * <p>Prism is a Node program. It is found, in order, at the path in the system property {@value
 * #PRISM_CLI_PROPERTY}, in the environment variable {@value #PRISM_CLI_ENV}, or as {@code
 * node_modules/@stoplight/prism-cli/dist/index.js} in the working directory or one of its parents.
 * The {@code node} executable is the one named by the system property {@value #NODE_PROPERTY} or
 * the environment variable {@value #NODE_ENV}, or else the first {@code node} on the {@code PATH}.
 */
public final class PrismMock implements AutoCloseable {

  public static final String PRISM_CLI_PROPERTY = "rocketcad.prism.cli";
  public static final String PRISM_CLI_ENV = "ROCKETCAD_PRISM_CLI";
  public static final String NODE_PROPERTY = "rocketcad.node";
  public static final String NODE_ENV = "ROCKETCAD_NODE";

  private static final String PRISM_CLI_PATH = "node_modules/@stoplight/prism-cli/dist/index.js";
  private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
  private static final int MAX_OUTPUT_LINES = 200;

  /** JDK platform logging, so that the mock adds no logging dependency to users' tests. */
  private static final System.Logger LOG = System.getLogger(PrismMock.class.getName());

  private final Process process;
  private final int port;
  private final List<String> output;

  private PrismMock(Process process, int port, List<String> output) {
    this.process = process;
    this.port = port;
    this.output = output;
  }

  /** Starts Prism on the document packaged in the {@code rocketcad-openapi} artifact. */
  public static PrismMock start() {
    return start(packagedDocument());
  }

  /**
   * Starts Prism on the given OpenAPI document and waits until it listens.
   *
   * @throws IllegalStateException if Node or Prism is missing, or Prism does not start in time
   */
  public static PrismMock start(Path document) {
    String configuredNode = System.getProperty(NODE_PROPERTY, System.getenv(NODE_ENV));
    Path node = findNode(configuredNode, System.getenv("PATH"));
    Path prismCli = findPrismCli();
    int port = freeLoopbackPort();
    List<String> command =
        List.of(
            node.toString(),
            prismCli.toString(),
            "mock",
            document.toString(),
            "--host",
            "127.0.0.1",
            "--port",
            Integer.toString(port),
            "--errors");

    Process process;
    try {
      process = new ProcessBuilder(command).redirectErrorStream(true).start();
    } catch (IOException e) {
      throw new IllegalStateException(
          "Starting Prism failed because Node.js could not be run ("
              + e.getMessage()
              + "). Install Node.js 18.20 or later and put `node` on the PATH.",
          e);
    }

    List<String> output = new ArrayList<>();
    CountDownLatch outputDone = new CountDownLatch(1);
    AtomicBoolean listening = new AtomicBoolean();
    Thread reader =
        new Thread(() -> readOutput(process.getInputStream(), output, listening, outputDone));
    reader.setDaemon(true);
    reader.setName("prism-output-" + port);
    reader.start();

    PrismMock mock = new PrismMock(process, port, output);
    try {
      outputDone.await(START_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (!listening.get() || !process.isAlive()) {
      mock.close();
      throw new IllegalStateException(
          "Prism did not start listening on 127.0.0.1:"
              + port
              + (listening.get() || process.isAlive()
                  ? " within " + START_TIMEOUT.toSeconds() + " s"
                  : ": it exited first")
              + ". Its output:\n"
              + mock.output());
    }
    LOG.log(
        System.Logger.Level.INFO,
        "Prism mock of {0} listening at {1} (pid {2})",
        document.getFileName(),
        mock.baseUrl(),
        String.valueOf(process.pid()));
    return mock;
  }

  /** Returns the base URL to give {@code RocketCadClient.builder().baseUrl(...)}. */
  public String baseUrl() {
    return "http://127.0.0.1:" + port;
  }

  public int port() {
    return port;
  }

  /** Returns what Prism has printed so far, for diagnostics. */
  public String output() {
    synchronized (output) {
      return String.join("\n", output);
    }
  }

  /** Stops Prism and any process it started, and waits for them to exit. */
  @Override
  public void close() {
    List<ProcessHandle> processes = new ArrayList<>();
    process.descendants().forEach(processes::add);
    processes.add(process.toHandle());
    processes.forEach(ProcessHandle::destroy);
    for (ProcessHandle handle : processes) {
      try {
        handle.onExit().get(10, TimeUnit.SECONDS);
      } catch (Exception e) {
        handle.destroyForcibly();
      }
    }
    LOG.log(System.Logger.Level.INFO, "Prism mock at {0} stopped", baseUrl());
  }

  /**
   * Collects Prism's output and counts {@code done} down once Prism listens or its output ends, so
   * that a Prism that exits early is reported at once instead of after the start timeout.
   */
  private static void readOutput(
      InputStream stream, List<String> output, AtomicBoolean listening, CountDownLatch done) {
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        synchronized (output) {
          if (output.size() < MAX_OUTPUT_LINES) {
            output.add(line);
          }
        }
        if (line.contains("Prism is listening")) {
          listening.set(true);
          done.countDown();
        }
      }
    } catch (IOException e) {
      // The stream closes when Prism exits; start() reports what was read.
    } finally {
      done.countDown();
    }
  }

  /**
   * Returns the {@code node} executable: {@code configured} when set, else the first one in the
   * directories of {@code pathVariable}.
   *
   * @throws IllegalStateException with how to install or name Node.js, when none is found
   */
  static Path findNode(String configured, String pathVariable) {
    if (configured != null && !configured.isBlank()) {
      Path path = Path.of(configured);
      if (!Files.isRegularFile(path) || !Files.isExecutable(path)) {
        throw new IllegalStateException(
            "Node.js was not found at "
                + path
                + ", set by "
                + NODE_PROPERTY
                + " or "
                + NODE_ENV
                + ". Prism, the mock server, runs on Node.js: point "
                + NODE_PROPERTY
                + " at an executable `node` of Node.js 18.20 or later, or unset it to use the PATH.");
      }
      return path;
    }
    String executable = isWindows() ? "node.exe" : "node";
    String directories = pathVariable == null ? "" : pathVariable;
    for (String directory : directories.split(File.pathSeparator)) {
      if (directory.isEmpty()) {
        continue;
      }
      Path candidate = Path.of(directory, executable);
      if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException(
        "Node.js was not found on the PATH. Prism, the mock server, runs on Node.js: install"
            + " Node.js 18.20 or later and put `node` on the PATH, or set the system property "
            + NODE_PROPERTY
            + " to the path of the `node` executable.");
  }

  private static boolean isWindows() {
    return System.getProperty("os.name", "").startsWith("Windows");
  }

  private static Path findPrismCli() {
    String configured = System.getProperty(PRISM_CLI_PROPERTY, System.getenv(PRISM_CLI_ENV));
    if (configured != null && !configured.isBlank()) {
      Path path = Path.of(configured);
      if (!Files.isRegularFile(path)) {
        throw new IllegalStateException(
            "Prism was not found at "
                + path
                + ", set by "
                + PRISM_CLI_PROPERTY
                + " or "
                + PRISM_CLI_ENV
                + ".");
      }
      return path;
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve(PRISM_CLI_PATH);
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException(
        "Prism was not found. Install it next to your build with"
            + " `npm install --save-dev @stoplight/prism-cli@5.14.2`, or set the system property "
            + PRISM_CLI_PROPERTY
            + " to the path of prism-cli's dist/index.js.");
  }

  /** Copies the packaged document to a file, since Prism cannot read from inside a jar. */
  private static Path packagedDocument() {
    try (InputStream in = RocketCadOpenApi.bundle().openStream()) {
      Path file = Files.createTempFile("rocketcad-api-", ".yaml");
      file.toFile().deleteOnExit();
      Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("Copying the packaged OpenAPI document failed", e);
    }
  }

  private static int freeLoopbackPort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("Finding a free port on 127.0.0.1 failed", e);
    }
  }
}
