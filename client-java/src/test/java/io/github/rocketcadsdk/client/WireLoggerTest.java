package io.github.rocketcadsdk.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.rocketcadsdk.client.StubServer.StubResponse;
import io.github.rocketcadsdk.client.api.WorkflowsApi;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import okhttp3.Headers;
import okhttp3.OkHttpClient;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

/** What each wire log level shows, with the key masked in every line. */
class WireLoggerTest {

  private static final ApiKey KEY = new ApiKey("wire-k3y+secret");

  private static final String BODY = "{\"Name\":\"1-ADAM-12\"}";

  @Test
  void basicShowsRequestLineAndStatus() throws Exception {
    List<String> lines = exchange(WireLogLevel.BASIC, "{\"echo\":\"none\"}");

    assertEquals(2, lines.size(), lines.toString());
    assertTrue(
        lines
            .get(0)
            .matches(
                "---> POST http://127\\.0\\.0\\.1:\\d+/api/1\\.1/wf/panic"
                    + "\\?api_key=\\*\\*\\*\\*"),
        lines.get(0));
    assertTrue(
        lines
            .get(1)
            .matches(
                "<--- 200 POST .*/api/1\\.1/wf/panic\\?api_key=\\*\\*\\*\\*" + " \\(\\d+ ms\\)"),
        lines.get(1));
  }

  @Test
  void headersAddsHeadersButNoBodies() throws Exception {
    List<String> lines = exchange(WireLogLevel.HEADERS, "{\"echo\":\"none\"}");

    assertTrue(lines.contains("Accept: application/json"), lines.toString());
    assertTrue(lines.contains("Content-Type: application/json"), lines.toString());
    assertTrue(lines.contains("X-Stub: yes"), lines.toString());
    assertTrue(lines.contains("<--- END 200"), lines.toString());
    assertFalse(lines.contains(BODY), lines.toString());
  }

  @Test
  void fullAddsBodiesWithTheKeyMasked() throws Exception {
    List<String> lines = exchange(WireLogLevel.FULL, "{\"echo\":\"wire-k3y+secret\"}");

    assertTrue(lines.contains(BODY), lines.toString());
    assertTrue(lines.contains("{\"echo\":\"****\"}"), lines.toString());
    for (String line : lines) {
      assertFalse(line.contains("wire-k3y"), line);
      assertFalse(line.contains(KEY.encodedValue()), line);
    }
  }

  @Test
  void failedExchangeLogged() throws Exception {
    List<String> lines = new ArrayList<>();
    OkHttpClient http = http(WireLogLevel.BASIC, lines);
    WorkflowRequests requests = requests(StubServer.refusingBaseUrl());

    assertThrows(
        IOException.class,
        () -> http.newCall(requests.request(Workflow.PANIC, bytes(BODY))).execute());

    assertEquals(2, lines.size(), lines.toString());
    assertTrue(lines.get(1).startsWith("<--- ConnectException: "), lines.get(1));
  }

  private static List<String> exchange(WireLogLevel level, String responseBody) throws Exception {
    List<String> lines = new ArrayList<>();
    try (StubServer server = StubServer.start()) {
      server.enqueue(StubResponse.json(200, responseBody).withHeader("X-Stub", "yes"));
      Response response =
          http(level, lines)
              .newCall(requests(server.baseUrl()).request(Workflow.PANIC, bytes(BODY)))
              .execute();

      // The log reads a copy of the body, so the caller still gets all of it.
      assertEquals(responseBody, response.body().string());
    }
    return lines;
  }

  private static OkHttpClient http(WireLogLevel level, List<String> lines) {
    return new OkHttpClient.Builder()
        .retryOnConnectionFailure(false)
        .addInterceptor(new WireLogger(level, KEY, lines::add))
        .build();
  }

  private static WorkflowRequests requests(String baseUrl) {
    return new WorkflowRequests(WorkflowsApi.class, baseUrl, KEY, Headers.of());
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
