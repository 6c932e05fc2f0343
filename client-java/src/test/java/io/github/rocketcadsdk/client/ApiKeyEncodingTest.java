package io.github.rocketcadsdk.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.rocketcadsdk.client.StubServer.RecordedRequest;
import io.github.rocketcadsdk.client.StubServer.StubResponse;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The key reaches the server byte for byte, whatever characters it contains. */
class ApiKeyEncodingTest {

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(
      strings = {
        "DEVELOPER_TESTING",
        "unreserved-._~AZaz09",
        "with space",
        "plus+sign",
        "amp&and=equals",
        "percent%20literal",
        "percent%",
        "{braces}",
        "[brackets]",
        "gen-delims:/?#@",
        "sub-delims!$'()*,;",
        "quote\"back\\slash",
        "tab\tnewline\n",
        "caf\u00e9 \u043a\u043b\u044e\u0447 \u5bc6\u94a5",
        "emoji \ud83d\ude80",
        "api_key=other&api_key=second"
      })
  void keyRoundTripsOnTheWire(String key) throws Exception {
    try (StubServer server = StubServer.start()) {
      server.enqueue(StubResponse.json(200, Responses.PING_OK));
      RocketCadClient client =
          RocketCadClient.builder().baseUrl(server.baseUrl()).apiKey(key).build();

      client.ping();

      RecordedRequest request = server.takeRequest();
      String query = request.target().substring(request.target().indexOf('?') + 1);
      String[] parameters = query.split("&");
      assertEquals(
          1, parameters.length, "one query parameter expected: " + Arrays.toString(parameters));
      assertTrue(parameters[0].startsWith("api_key="), query);
      String value = parameters[0].substring("api_key=".length());
      assertTrue(
          value.matches("[A-Za-z0-9._~%-]*"), "only unreserved characters and escapes: " + value);
      assertEquals(key, URLDecoder.decode(value, StandardCharsets.UTF_8));
    }
  }
}
