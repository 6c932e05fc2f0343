package io.github.rocketcadsdk.client;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * A recognisable API key for tests, and checks that it appears nowhere the client writes text: in
 * exception messages, {@code toString()}, causes, suppressed exceptions and the test log file.
 */
final class KeyCanary {

  /** Contains reserved characters, so its percent-encoded form differs from the raw one. */
  static final String KEY = "CANARY-7f3e+key/secret=\u00e9&x";

  static final String ENCODED_KEY = ApiKey.percentEncode(KEY);

  /** The file the surefire configuration sends every SLF4J line of the tests to. */
  private static final String LOG_FILE_PROPERTY = "org.slf4j.simpleLogger.logFile";

  private KeyCanary() {}

  /** Fails if the key, raw or encoded, is in any text that {@code error} or its causes show. */
  static void assertAbsent(Throwable error) {
    Map<Throwable, Boolean> seen = new IdentityHashMap<>();
    assertAbsentIn(error, seen);

    StringWriter trace = new StringWriter();
    error.printStackTrace(new PrintWriter(trace));
    assertAbsent("stack trace", trace.toString());
  }

  /** Fails if the key, raw or encoded, is in {@code text}. */
  static void assertAbsent(String where, String text) {
    assertFalse(text.contains(KEY), () -> "raw key in " + where + ": " + text);
    assertFalse(text.contains(ENCODED_KEY), () -> "encoded key in " + where + ": " + text);
  }

  /** Fails if the key, raw or encoded, is in the test log file. Passes when there is no file. */
  static void assertAbsentFromLog() throws IOException {
    String file = System.getProperty(LOG_FILE_PROPERTY);
    if (file == null || !Files.isRegularFile(Path.of(file))) {
      return;
    }
    assertAbsent("log file " + file, Files.readString(Path.of(file), StandardCharsets.UTF_8));
  }

  private static void assertAbsentIn(Throwable error, Map<Throwable, Boolean> seen) {
    if (error == null || seen.put(error, Boolean.TRUE) != null) {
      return;
    }
    assertAbsent(error.getClass().getName() + " message", String.valueOf(error.getMessage()));
    assertAbsent(error.getClass().getName() + " toString()", error.toString());
    assertAbsentIn(error.getCause(), seen);
    for (Throwable suppressed : error.getSuppressed()) {
      assertAbsentIn(suppressed, seen);
    }
  }
}
