package io.github.rocketcadsdk.testing;

import io.github.rocketcadsdk.client.RetryPolicy;
import io.github.rocketcadsdk.client.RocketCadClient;
import java.lang.reflect.AnnotatedElement;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * A JUnit 5 extension that starts one {@link PrismMock} for the whole test run and passes it, or a
 * {@link RocketCadClient} configured for it, to test and lifecycle method parameters. Apply it with
 * {@link RocketCadMock @RocketCadMock} or {@code @ExtendWith(RocketCadMockExtension.class)}.
 *
 * <p>The mock starts on first use and stops when JUnit closes the root context, after the last
 * test, whether tests passed or failed. It serves the document packaged in the {@code
 * rocketcad-openapi} artifact, or the file named by the system property {@value
 * #DOCUMENT_PROPERTY}.
 *
 * <p>An injected client uses the mock's base URL, the placeholder key {@value #PLACEHOLDER_API_KEY}
 * and {@link RetryPolicy#none()}, so that each call sends exactly one request. A {@link
 * MockResponse} on the parameter, method or class sets the {@code Prefer} header that picks the
 * mock's response.
 *
 * <pre>{@code
 * @RocketCadMock
 * class GameServerTest {
 *   @Test
 *   void pingSucceeds(RocketCadClient client) {
 *     assertTrue(client.ping().getResponse().getSuccess());
 *   }
 * }
 * }</pre>
 */
public final class RocketCadMockExtension implements ParameterResolver {

  /** System property naming an OpenAPI document file to serve in place of the packaged one. */
  public static final String DOCUMENT_PROPERTY = "rocketcad.openapi.bundle";

  /** The API key of every injected client. Prism accepts any non-empty key. */
  public static final String PLACEHOLDER_API_KEY = "DEVELOPER_TESTING";

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(RocketCadMockExtension.class);

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == PrismMock.class || type == RocketCadClient.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    PrismMock mock = sharedMock(context);
    if (parameter.getParameter().getType() == PrismMock.class) {
      return mock;
    }

    RocketCadClient.Builder builder =
        RocketCadClient.builder()
            .baseUrl(mock.baseUrl())
            .apiKey(PLACEHOLDER_API_KEY)
            .retryPolicy(RetryPolicy.none());
    findMockResponse(parameter, context)
        .map(RocketCadMockExtension::preferHeader)
        .filter(value -> !value.isEmpty())
        .ifPresent(value -> builder.header("Prefer", value));
    return builder.build();
  }

  /**
   * Returns the value of Prism's {@code Prefer} header for a response, such as {@code code=400,
   * example=missing-api-key}, or an empty string when the response sets nothing.
   */
  static String preferHeader(MockResponse response) {
    StringBuilder value = new StringBuilder();
    if (response.code() != 0) {
      value.append("code=").append(response.code());
    }
    if (!response.example().isEmpty()) {
      if (value.length() > 0) {
        value.append(", ");
      }
      value.append("example=").append(response.example());
    }
    return value.toString();
  }

  private static Optional<MockResponse> findMockResponse(
      ParameterContext parameter, ExtensionContext context) {
    Optional<MockResponse> onParameter = parameter.findAnnotation(MockResponse.class);
    if (onParameter.isPresent()) {
      return onParameter;
    }
    Optional<MockResponse> onMethod = find(context.getTestMethod().orElse(null));
    if (onMethod.isPresent()) {
      return onMethod;
    }
    return find(context.getTestClass().orElse(null));
  }

  private static Optional<MockResponse> find(AnnotatedElement element) {
    return AnnotationSupport.findAnnotation(element, MockResponse.class);
  }

  private static PrismMock sharedMock(ExtensionContext context) {
    return context
        .getRoot()
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(StartedMock.class, type -> startMock(), StartedMock.class)
        .mock();
  }

  private static StartedMock startMock() {
    String document = System.getProperty(DOCUMENT_PROPERTY);
    PrismMock mock =
        document == null || document.isBlank()
            ? PrismMock.start()
            : PrismMock.start(Path.of(document));
    return new StartedMock(mock);
  }

  /** Lets JUnit stop the mock when the root context closes; JUnit 5.13+ closes AutoCloseable. */
  private record StartedMock(PrismMock mock)
      implements ExtensionContext.Store.CloseableResource, AutoCloseable {
    @Override
    public void close() {
      mock.close();
    }
  }
}
