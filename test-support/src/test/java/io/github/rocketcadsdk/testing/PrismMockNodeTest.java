package io.github.rocketcadsdk.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrismMockNodeTest {

  @Test
  void pathWithoutNodeFailsWithHowTo(@TempDir Path emptyDirectory) {
    IllegalStateException error =
        assertThrows(
            IllegalStateException.class, () -> PrismMock.findNode(null, emptyDirectory.toString()));

    assertTrue(error.getMessage().contains("not found on the PATH"), error.getMessage());
    assertTrue(error.getMessage().contains("install Node.js 18.20 or later"), error.getMessage());
    assertTrue(error.getMessage().contains(PrismMock.NODE_PROPERTY), error.getMessage());
  }

  @Test
  void nodeFoundInPathDirectory(@TempDir Path directory) throws Exception {
    Path node = Files.createFile(directory.resolve("node"));
    node.toFile().setExecutable(true);

    Path found = PrismMock.findNode(null, "/no/such/directory:" + directory);

    assertEquals(node, found);
  }

  @Test
  void configuredMissingNodeFails(@TempDir Path directory) {
    String missing = directory.resolve("node").toString();

    IllegalStateException error =
        assertThrows(IllegalStateException.class, () -> PrismMock.findNode(missing, null));

    assertTrue(error.getMessage().contains(missing), error.getMessage());
    assertTrue(error.getMessage().contains(PrismMock.NODE_PROPERTY), error.getMessage());
  }

  @Test
  void startFailsFastWithoutNode(@TempDir Path directory) {
    String previous = System.getProperty(PrismMock.NODE_PROPERTY);
    System.setProperty(PrismMock.NODE_PROPERTY, directory.resolve("node").toString());
    try {
      long started = System.nanoTime();

      IllegalStateException error = assertThrows(IllegalStateException.class, PrismMock::start);

      Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
      assertTrue(error.getMessage().startsWith("Node.js was not found"), error.getMessage());
      assertTrue(elapsed.compareTo(Duration.ofSeconds(5)) < 0, "took " + elapsed);
    } finally {
      if (previous == null) {
        System.clearProperty(PrismMock.NODE_PROPERTY);
      } else {
        System.setProperty(PrismMock.NODE_PROPERTY, previous);
      }
    }
  }
}
