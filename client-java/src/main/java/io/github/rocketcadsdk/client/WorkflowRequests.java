package io.github.rocketcadsdk.client;

import feign.Contract;
import feign.MethodMetadata;
import io.github.rocketcadsdk.client.api.WorkflowsApi;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * The HTTP request of each workflow, read once from the generated {@link WorkflowsApi} interface
 * and completed with the base URL, the key and the configured headers.
 *
 * <p>Feign's contract parses the interface's {@code @RequestLine} and {@code @Headers}, so the
 * method, path and headers come from the OpenAPI document as generated. Feign's per-call templating
 * is not used: it cost about three times the CPU time per call of the HTTP exchange itself (see
 * {@code docs/benchmarks.md}), and the four requests have no path or header values to fill in. Each
 * call only adds its JSON body to the prepared parts.
 */
final class WorkflowRequests {

  private static final String CONTENT_TYPE = "Content-Type";

  private final Map<Workflow, Prepared> prepared = new EnumMap<>(Workflow.class);

  /**
   * @param api the generated interface, {@link WorkflowsApi} except in tests
   * @param baseUrl the validated base URL, without a trailing slash
   * @param extraHeaders headers the caller configured, sent after the generated ones
   * @throws IllegalStateException if the generated interface does not describe each workflow
   *     exactly once as a request with a body and fixed headers
   */
  WorkflowRequests(Class<?> api, String baseUrl, ApiKey apiKey, Headers extraHeaders) {
    for (MethodMetadata metadata : new Contract.Default().parseAndValidateMetadata(api)) {
      String path = metadata.template().path();
      Workflow workflow = Workflow.fromPath(path);
      if (workflow == null || prepared.containsKey(workflow) || metadata.bodyIndex() == null) {
        throw new IllegalStateException(
            "The generated " + metadata.configKey() + " is not one workflow with a body: " + path);
      }

      Headers.Builder headers = new Headers.Builder();
      MediaType contentType = null;
      for (Map.Entry<String, Collection<String>> header :
          metadata.template().headers().entrySet()) {
        for (String value : header.getValue()) {
          if (value.contains("{")) {
            throw new IllegalStateException(
                "The generated " + metadata.configKey() + " has a header template: " + value);
          }
          if (header.getKey().equalsIgnoreCase(CONTENT_TYPE)) {
            contentType = MediaType.get(value);
          } else {
            headers.add(header.getKey(), value);
          }
        }
      }
      headers.addAll(extraHeaders);

      // ApiKey percent-encodes every byte outside RFC 3986's unreserved set, and HttpUrl keeps
      // those escapes as they are.
      HttpUrl url = keyedUrl(baseUrl + path, apiKey);
      prepared.put(
          workflow, new Prepared(metadata.template().method(), url, headers.build(), contentType));
    }
    if (prepared.size() != Workflow.values().length) {
      throw new IllegalStateException(
          "The generated "
              + api.getSimpleName()
              + " describes "
              + prepared.keySet()
              + ", not every workflow");
    }
  }

  /**
   * Returns the URL with the key as its query. OkHttp's parser accepts less than {@link
   * java.net.URI}, which checked the base URL, so its error is turned into one without the key.
   */
  private static HttpUrl keyedUrl(String url, ApiKey apiKey) {
    try {
      return HttpUrl.get(url + "?api_key=" + apiKey.encodedValue());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "The base URL is invalid: the request URL "
              + url
              + " cannot be parsed ("
              + apiKey.redact(e.getMessage())
              + "). Check the base URL's host and port.");
    }
  }

  /** Returns the workflow's request with {@code json} as its body. */
  Request request(Workflow workflow, byte[] json) {
    Prepared parts = prepared.get(workflow);
    return new Request.Builder()
        .url(parts.url)
        .headers(parts.headers)
        .method(parts.method, RequestBody.create(json, parts.contentType))
        .build();
  }

  /** The parts of a request that are the same for every call. */
  private record Prepared(String method, HttpUrl url, Headers headers, MediaType contentType) {

    @Override
    public String toString() {
      return method + " " + url.encodedPath();
    }
  }
}
