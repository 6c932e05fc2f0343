package io.github.rocketcadsdk.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.rocketcadsdk.testing.PrismMock;
import io.github.rocketcadsdk.testing.RocketCadMockExtension;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The mock rejects requests that break the document, and lists the reasons in {@code
 * sl-violations}.
 */
@ExtendWith(RocketCadMockExtension.class)
class InvalidRequestContractTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void missingKeyIsRejectedAsUnauthorized(PrismMock mock) throws Exception {
    HttpResponse<String> response = RawRequests.post(mock.baseUrl(), "/api/1.1/wf/ping", "{}");

    assertEquals(401, response.statusCode());
    JsonNode violation = onlyViolation(response);
    assertEquals("Invalid security scheme used", violation.path("message").asText());
    assertEquals("request", violation.path("location").path(0).asText());
  }

  @Test
  void wrongFieldTypeIsRejectedWithItsLocation(PrismMock mock) throws Exception {
    HttpResponse<String> response =
        RawRequests.post(
            mock.baseUrl(), "/api/1.1/wf/panic?api_key=DEVELOPER_TESTING", "{\"Street\": 5}");

    assertEquals(400, response.statusCode());
    JsonNode violation = onlyViolation(response);
    assertEquals("[\"request\",\"body\",\"Street\"]", violation.path("location").toString());
    assertEquals("Request body property Street must be string", violation.path("message").asText());
  }

  @Test
  void nonObjectBodyIsRejected(PrismMock mock) throws Exception {
    HttpResponse<String> response =
        RawRequests.post(
            mock.baseUrl(), "/api/1.1/wf/locationping?api_key=DEVELOPER_TESTING", "[]");

    assertEquals(400, response.statusCode());
    JsonNode violation = onlyViolation(response);
    assertTrue(
        violation.path("message").asText().contains("must be object"), "violation: " + violation);
  }

  @Test
  void hexOfWrongTypeIsRejected(PrismMock mock) throws Exception {
    HttpResponse<String> response =
        RawRequests.post(
            mock.baseUrl(),
            "/api/1.1/wf/locationping?api_key=DEVELOPER_TESTING",
            "{\"Hex\": true}");

    assertEquals(400, response.statusCode());
    JsonNode violations = violations(response);
    boolean oneOfReported = false;
    for (JsonNode violation : violations) {
      assertEquals("[\"request\",\"body\",\"Hex\"]", violation.path("location").toString());
      oneOfReported |= violation.path("code").asText().equals("oneOf");
    }
    assertTrue(oneOfReported, "no oneOf violation among " + violations);
  }

  private static JsonNode onlyViolation(HttpResponse<String> response) throws Exception {
    JsonNode violations = violations(response);
    assertEquals(1, violations.size(), "violations: " + violations);
    return violations.get(0);
  }

  private static JsonNode violations(HttpResponse<String> response) throws Exception {
    String header =
        response
            .headers()
            .firstValue("sl-violations")
            .orElseThrow(
                () -> new AssertionError("no sl-violations header: " + response.headers()));
    return MAPPER.readTree(header);
  }
}
