package io.github.rocketcadsdk.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import picocli.CommandLine;

/** One in-process run of the {@code rocketcad} command, with its exit code and captured output. */
record CliRun(int exitCode, String out, String err) {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Runs the command with the given environment and arguments. */
  static CliRun run(Map<String, String> environment, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = RocketCadCli.commandLine(environment);
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));

    int exitCode = cli.execute(args);

    return new CliRun(exitCode, out.toString(), err.toString());
  }

  /** Parses standard output as one JSON document. */
  JsonNode json() {
    try {
      return JSON.readTree(out);
    } catch (IOException e) {
      throw new UncheckedIOException("Standard output is not JSON: " + out, e);
    }
  }

  /** Returns both streams, for assertions about everything the command printed. */
  String allOutput() {
    return out + err;
  }
}
