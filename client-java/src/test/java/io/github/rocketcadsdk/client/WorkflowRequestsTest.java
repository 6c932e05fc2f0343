package io.github.rocketcadsdk.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import feign.Headers;
import feign.RequestLine;
import io.github.rocketcadsdk.client.api.WorkflowsApi;
import io.github.rocketcadsdk.client.model.PingRequest;
import io.github.rocketcadsdk.client.model.WorkflowEnvelope;
import java.nio.charset.StandardCharsets;
import okhttp3.Request;
import okio.Buffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The requests read from the generated interface, and the interfaces that are rejected. */
class WorkflowRequestsTest {

  private static final ApiKey KEY = new ApiKey("k3y+&/");

  @ParameterizedTest
  @EnumSource(Workflow.class)
  void requestCarriesGeneratedPathHeadersAndKey(Workflow workflow) throws Exception {
    okhttp3.Headers extra = new okhttp3.Headers.Builder().add("Prefer", "code=200").build();
    WorkflowRequests requests =
        new WorkflowRequests(WorkflowsApi.class, "https://example.test/prefix", KEY, extra);

    Request request = requests.request(workflow, "{\"a\":1}".getBytes(StandardCharsets.UTF_8));

    assertEquals("POST", request.method());
    assertEquals(
        "https://example.test/prefix/api/1.1/wf/"
            + workflow.workflowName()
            + "?api_key=k3y%2B%26%2F",
        request.url().toString());
    assertEquals("application/json", request.header("Accept"));
    assertEquals("code=200", request.header("Prefer"));
    assertEquals("application/json", String.valueOf(request.body().contentType()));
    Buffer body = new Buffer();
    request.body().writeTo(body);
    assertEquals("{\"a\":1}", body.readUtf8());
  }

  @Test
  void interfaceMissingWorkflowsRejected() {
    IllegalStateException error =
        assertThrows(IllegalStateException.class, () -> requests(PingOnly.class));

    assertTrue(
        error.getMessage().contains("describes [ping], not every workflow"), error.getMessage());
  }

  @Test
  void headerTemplateRejected() {
    IllegalStateException error =
        assertThrows(IllegalStateException.class, () -> requests(TemplatedHeader.class));

    assertTrue(error.getMessage().contains("has a header template"), error.getMessage());
  }

  @Test
  void repeatedWorkflowRejected() {
    IllegalStateException error =
        assertThrows(IllegalStateException.class, () -> requests(RepeatedPing.class));

    assertTrue(error.getMessage().contains("is not one workflow with a body"), error.getMessage());
    assertFalse(error.getMessage().contains("k3y"), error.getMessage());
  }

  private static WorkflowRequests requests(Class<?> api) {
    return new WorkflowRequests(api, "https://example.test", KEY, okhttp3.Headers.of());
  }

  interface PingOnly {
    @RequestLine("POST /api/1.1/wf/ping")
    @Headers("Content-Type: application/json")
    WorkflowEnvelope ping(PingRequest body);
  }

  interface TemplatedHeader {
    @RequestLine("POST /api/1.1/wf/ping")
    @Headers("X-Server: {server}")
    WorkflowEnvelope ping(PingRequest body);
  }

  interface RepeatedPing {
    @RequestLine("POST /api/1.1/wf/ping")
    WorkflowEnvelope ping(PingRequest body);

    @RequestLine("POST /api/1.1/wf/ping")
    WorkflowEnvelope pingAgain(PingRequest body);
  }
}
