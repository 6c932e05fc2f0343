package io.github.rocketcadsdk.testing;

import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A JUnit 5 extension that starts one {@link PrismMock} for the whole test run and passes it to any
 * test or lifecycle method with a {@code PrismMock} parameter.
 *
 * <p>The mock starts on first use and stops when JUnit closes the root context, after the last
 * test, whether tests passed or failed. It serves the document packaged in the {@code
 * rocketcad-openapi} artifact, or the file named by the system property {@value
 * #DOCUMENT_PROPERTY}.
 *
 * <pre>{@code
 * @ExtendWith(RocketCadMockExtension.class)
 * class GameServerTest {
 *   @Test
 *   void pingsTheMock(PrismMock mock) {
 *     RocketCadClient client =
 *         RocketCadClient.builder().baseUrl(mock.baseUrl()).apiKey("DEVELOPER_TESTING").build();
 *     assertTrue(client.ping().getResponse().getSuccess());
 *   }
 * }
 * }</pre>
 */
public final class RocketCadMockExtension implements ParameterResolver {

  /** System property naming an OpenAPI document file to serve in place of the packaged one. */
  public static final String DOCUMENT_PROPERTY = "rocketcad.openapi.bundle";

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(RocketCadMockExtension.class);

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == PrismMock.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
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
