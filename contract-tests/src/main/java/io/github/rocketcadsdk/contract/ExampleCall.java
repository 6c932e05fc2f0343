package io.github.rocketcadsdk.contract;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.rocketcadsdk.client.CallEvent;
import io.github.rocketcadsdk.client.RetryPolicy;
import io.github.rocketcadsdk.client.RocketCadClient;
import io.github.rocketcadsdk.client.Workflow;
import io.github.rocketcadsdk.client.exception.RocketCadException;
import io.github.rocketcadsdk.client.model.EmergencyCallRequest;
import io.github.rocketcadsdk.client.model.LocationpingRequest;
import io.github.rocketcadsdk.client.model.PanicRequest;
import io.github.rocketcadsdk.client.model.PingRequest;
import io.github.rocketcadsdk.client.model.WorkflowEnvelope;
import java.util.concurrent.atomic.AtomicInteger;

/** Sends one example through the client to a mock and records what came back. */
public final class ExampleCall {

  /** The documentation's placeholder key; the mock accepts any key. */
  public static final String PLACEHOLDER_KEY = "DEVELOPER_TESTING";

  private static final ObjectMapper MAPPER =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  /**
   * The result of one call: a workflow result, or the client's exception.
   *
   * @param httpStatus the HTTP status received, or 0 when none was
   * @param envelope the decoded result, or {@code null} when the call threw
   * @param error the exception, or {@code null} when the call returned
   */
  public record Outcome(int httpStatus, WorkflowEnvelope envelope, RocketCadException error) {}

  private ExampleCall() {}

  /**
   * Sends {@code body} (null for none) to the workflow, asking the mock with Prism's {@code Prefer}
   * header for the given status and example.
   */
  public static Outcome send(
      String baseUrl, Workflow workflow, JsonNode body, int status, String exampleName) {
    AtomicInteger httpStatus = new AtomicInteger();
    String prefer =
        status == 200 ? "example=" + exampleName : "code=" + status + ", example=" + exampleName;
    RocketCadClient client =
        RocketCadClient.builder()
            .baseUrl(baseUrl)
            .apiKey(PLACEHOLDER_KEY)
            .retryPolicy(RetryPolicy.none())
            .header("Prefer", prefer)
            .callListener((CallEvent event) -> httpStatus.set(event.httpStatus()))
            .build();

    try {
      WorkflowEnvelope envelope = call(client, workflow, body);
      return new Outcome(httpStatus.get(), envelope, null);
    } catch (RocketCadException e) {
      return new Outcome(httpStatus.get(), null, e);
    }
  }

  private static WorkflowEnvelope call(RocketCadClient client, Workflow workflow, JsonNode body) {
    try {
      return switch (workflow) {
        case PING -> body == null ? client.ping() : client.ping(as(body, PingRequest.class));
        case PANIC -> client.panic(as(body, PanicRequest.class));
        case LOCATIONPING -> client.locationping(as(body, LocationpingRequest.class));
        case EMERGENCY_CALL -> client.emergencyCall(as(body, EmergencyCallRequest.class));
      };
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException(
          "The example body does not fit the " + workflow + " request model: " + e.getMessage(), e);
    }
  }

  private static <T> T as(JsonNode body, Class<T> type)
      throws com.fasterxml.jackson.core.JsonProcessingException {
    return body == null ? null : MAPPER.treeToValue(body, type);
  }
}
