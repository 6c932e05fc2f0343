package io.github.rocketcadsdk.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.github.rocketcadsdk.testing.PrismMock;
import io.github.rocketcadsdk.testing.RocketCadMockExtension;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Request bodies shaped exactly as the vendor's game-server client sends them pass the mock's
 * validation. They differ from the documentation: {@code Hex} for {@code SteamHex}, {@code Hex:
 * false}, numeric coordinates, {@code ServerId}, empty strings.
 */
@ExtendWith(RocketCadMockExtension.class)
class VendorClientContractTest {

  @TestFactory
  Stream<DynamicTest> vendorRequestsPassValidation(PrismMock mock) throws Exception {
    List<Path> fixtures = fixtures();
    assertEquals(7, fixtures.size(), "vendor-client fixtures found: " + fixtures);

    return fixtures.stream()
        .map(
            fixture ->
                dynamicTest(
                    fixture.getFileName().toString(),
                    () -> {
                      String name = fixture.getFileName().toString();
                      String workflow = name.substring(0, name.indexOf("--"));
                      String body = Files.readString(fixture, StandardCharsets.UTF_8);

                      HttpResponse<String> response =
                          RawRequests.post(
                              mock.baseUrl(),
                              "/api/1.1/wf/" + workflow + "?api_key=DEVELOPER_TESTING",
                              body);

                      Optional<String> violations = response.headers().firstValue("sl-violations");
                      assertEquals(Optional.empty(), violations);
                      assertEquals(200, response.statusCode(), response.body());
                      assertTrue(response.body().contains("\"success\":true"), response.body());
                    }));
  }

  private static List<Path> fixtures() throws IOException, URISyntaxException {
    Path folder = Path.of(VendorClientContractTest.class.getResource("/vendor-client").toURI());
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(file -> file.toString().endsWith(".json")).sorted().toList();
    }
  }
}
