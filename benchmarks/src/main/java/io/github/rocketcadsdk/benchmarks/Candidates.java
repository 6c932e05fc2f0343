package io.github.rocketcadsdk.benchmarks;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.rocketcadsdk.benchmarks.stock.api.WorkflowsApi;
import io.github.rocketcadsdk.benchmarks.stock.invoker.ApiClient;
import io.github.rocketcadsdk.client.RocketCadClient;
import io.github.rocketcadsdk.client.model.WorkflowEnvelope;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * The four ways of calling {@code ping} that the benchmarks compare. Each sends the same POST with
 * the body {@code {}} and parses the response into an envelope object; each is built as its users
 * would build it, with default settings.
 */
final class Candidates {

  private static final String EMPTY_OBJECT = "{}";

  private Candidates() {}

  /** Returns the SDK client, configured with only the base URL and the key. */
  static RocketCadClient sdk(LoopbackServer server) {
    return RocketCadClient.builder()
        .baseUrl(server.baseUrl())
        .apiKey(LoopbackServer.API_KEY)
        .build();
  }

  /** Returns the Feign client that openapi-generator's stock templates produce. */
  static WorkflowsApi stock(LoopbackServer server) {
    return new ApiClient("api_key", LoopbackServer.API_KEY)
        .setBasePath(server.baseUrl())
        .buildClient(WorkflowsApi.class);
  }

  /** An OkHttp client with default settings, and Jackson to parse the response. */
  static final class RawOkHttp {
    private static final MediaType JSON = MediaType.get("application/json");

    private final OkHttpClient http = new OkHttpClient();
    private final ObjectMapper mapper = lenientMapper();
    private final String url;

    RawOkHttp(LoopbackServer server) {
      this.url = server.pingUrl();
    }

    WorkflowEnvelope ping() throws IOException {
      Request request =
          new Request.Builder().url(url).post(RequestBody.create(EMPTY_OBJECT, JSON)).build();
      try (Response response = http.newCall(request).execute()) {
        if (response.code() != 200) {
          throw new IOException("Unexpected HTTP status " + response.code());
        }
        try (InputStream body = response.body().byteStream()) {
          return mapper.readValue(body, WorkflowEnvelope.class);
        }
      }
    }
  }

  /**
   * A {@code java.net.http.HttpClient} with default settings except HTTP/1.1: its default, HTTP/2,
   * adds an {@code Upgrade: h2c} header to every plain-HTTP request.
   */
  static final class RawJdkHttp {
    private final HttpClient http =
        HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final ObjectMapper mapper = lenientMapper();
    private final URI uri;

    RawJdkHttp(LoopbackServer server) {
      this.uri = URI.create(server.pingUrl());
    }

    /**
     * Sends the ping, and once more after an {@link IOException}: at 64 threads the JDK 17 client
     * fails a few requests with "HTTP/1.1 header parser received no bytes" on reused connections,
     * and JMH drops the rest of a fork after one exception.
     */
    WorkflowEnvelope ping() throws IOException, InterruptedException {
      try {
        return send();
      } catch (IOException e) {
        return send();
      }
    }

    private WorkflowEnvelope send() throws IOException, InterruptedException {
      HttpRequest request =
          HttpRequest.newBuilder(uri)
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(EMPTY_OBJECT))
              .build();
      HttpResponse<InputStream> response =
          http.send(request, HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream body = response.body()) {
        if (response.statusCode() != 200) {
          throw new IOException("Unexpected HTTP status " + response.statusCode());
        }
        return mapper.readValue(body, WorkflowEnvelope.class);
      }
    }
  }

  private static ObjectMapper lenientMapper() {
    return new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
  }
}
