package io.github.rocketcadsdk.testing;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Prism failures at start are reported at once, with Prism's own output. */
class PrismMockStartTest {

  @Test
  void missingDocumentFailsFast(@TempDir Path folder) {
    Path missing = folder.resolve("missing.yaml");

    IllegalStateException error =
        assertTimeoutPreemptively(
            Duration.ofSeconds(30),
            () -> assertThrows(IllegalStateException.class, () -> PrismMock.start(missing)));

    assertTrue(error.getMessage().contains("it exited first"), error.getMessage());
    assertTrue(error.getMessage().contains("missing.yaml"), error.getMessage());
  }
}
