package io.github.rocketcadsdk.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.rocketcadsdk.client.StubServer.RecordedRequest;
import io.github.rocketcadsdk.client.StubServer.StubResponse;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/** Any key reaches the server byte for byte: the stub decodes the same string the client got. */
class ApiKeyProperties {

  @Property(tries = 200)
  void keyRoundTripsOnTheWire(@ForAll("keys") String key) throws Exception {
    try (StubServer server = StubServer.start()) {
      server.setHandler(request -> StubResponse.json(200, Responses.PING_OK));
      RocketCadClient client =
          RocketCadClient.builder()
              .baseUrl(server.baseUrl())
              .apiKey(key)
              .retryPolicy(RetryPolicy.none())
              .build();

      client.ping();

      RecordedRequest request = server.takeRequest();
      String query = request.target().substring(request.target().indexOf('?') + 1);
      assertTrue(query.startsWith("api_key="), query);
      String value = query.substring("api_key=".length());
      assertTrue(value.matches("[A-Za-z0-9._~%-]*"), "only unreserved characters and escapes");
      assertEquals(key, URLDecoder.decode(value, StandardCharsets.UTF_8));
    }
  }

  /**
   * Provides non-empty strings of whole code points, so never an unpaired surrogate, weighted
   * towards the characters that break naive query encoding: reserved ASCII, percent signs,
   * controls, non-ASCII BMP characters and supplementary characters such as emoji.
   */
  @Provide
  Arbitrary<String> keys() {
    Arbitrary<Integer> codePoint =
        Arbitraries.frequencyOf(
            Tuple.of(4, Arbitraries.integers().between(0x20, 0x7E)),
            Tuple.of(3, Arbitraries.of(List.of((int) '%', (int) '&', (int) '=', (int) '+'))),
            Tuple.of(1, Arbitraries.of(List.of((int) '?', (int) '#', (int) '/', (int) ' '))),
            Tuple.of(1, Arbitraries.integers().between(0x00, 0x1F)),
            Tuple.of(2, Arbitraries.integers().between(0x80, 0xD7FF)),
            Tuple.of(1, Arbitraries.integers().between(0xE000, 0xFFFF)),
            Tuple.of(2, Arbitraries.integers().between(0x10000, 0x10FFFF)));
    return codePoint
        .list()
        .ofMinSize(1)
        .ofMaxSize(40)
        .map(
            codePoints -> {
              StringBuilder key = new StringBuilder();
              codePoints.forEach(key::appendCodePoint);
              return key.toString();
            });
  }
}
