package io.github.rocketcadsdk.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.rocketcadsdk.client.RocketCadClient;
import io.github.rocketcadsdk.client.exception.AuthenticationException;
import io.github.rocketcadsdk.client.exception.WorkflowNotFoundException;
import io.github.rocketcadsdk.client.model.PanicRequest;
import io.github.rocketcadsdk.client.model.WorkflowEnvelope;
import java.lang.reflect.Method;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@RocketCadMock
class RocketCadMockExtensionTest {

  @Test
  void mockListensOnLoopback(PrismMock mock) {
    assertTrue(mock.baseUrl().startsWith("http://127.0.0.1:"), mock.baseUrl());
  }

  @Test
  void injectedClientPingsMock(RocketCadClient client) {
    WorkflowEnvelope envelope = client.ping();

    assertTrue(envelope.getResponse().getSuccess());
    assertEquals("OLV213JN6XL1BLS", envelope.getResponse().getRequestID());
  }

  @Test
  void clientAndMockShareOnePort(RocketCadClient client, PrismMock mock) {
    assertTrue(client.toString().contains(mock.baseUrl()), client.toString());
  }

  @Test
  void parameterExamplePicksCodedFailure(
      @MockResponse(example = "invalid-api-key") RocketCadClient client) {
    AuthenticationException error =
        assertThrows(AuthenticationException.class, () -> client.panic(new PanicRequest()));

    assertEquals("1A", error.code());
    assertEquals(200, error.httpStatus());
  }

  @Test
  @MockResponse(code = 404)
  void methodCodePicksNotFound(RocketCadClient client) {
    WorkflowNotFoundException error = assertThrows(WorkflowNotFoundException.class, client::ping);

    assertEquals(404, error.httpStatus());
  }

  @Test
  @MockResponse(code = 404)
  void parameterOverridesMethod(@MockResponse(example = "ping-success") RocketCadClient client) {
    assertTrue(client.ping().getResponse().getSuccess());
  }

  @Test
  void codeAndExamplePickMissingKey(
      @MockResponse(code = 400, example = "missing-api-key") RocketCadClient client) {
    AuthenticationException error = assertThrows(AuthenticationException.class, client::ping);

    assertEquals(400, error.httpStatus());
  }

  @Test
  void codeAndExampleCombine() throws Exception {
    Method method = Annotated.class.getDeclaredMethod("missingKey");
    MockResponse response = method.getAnnotation(MockResponse.class);

    assertEquals(
        "code=400, example=missing-api-key", RocketCadMockExtension.preferHeader(response));
  }

  @Nested
  @MockResponse(example = "invalid-api-key")
  class ClassLevelResponse {

    @Test
    void classExampleAppliesToClient(RocketCadClient client) {
      assertThrows(AuthenticationException.class, client::ping);
    }
  }

  private static final class Annotated {
    @MockResponse(code = 400, example = "missing-api-key")
    void missingKey() {}
  }
}
