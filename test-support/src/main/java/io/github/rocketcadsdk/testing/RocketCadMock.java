package io.github.rocketcadsdk.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a test class or method with {@link RocketCadMockExtension}: a parameter of type {@link
 * io.github.rocketcadsdk.client.RocketCadClient RocketCadClient} receives a client of the Prism
 * mock, and a parameter of type {@link PrismMock} receives the mock itself.
 *
 * <pre>{@code
 * @RocketCadMock
 * class GameServerTest {
 *   @Test
 *   void pingSucceeds(RocketCadClient client) {
 *     assertTrue(client.ping().getResponse().getSuccess());
 *   }
 *
 *   @Test
 *   void rejectedKeyThrows(@MockResponse(example = "invalid-api-key") RocketCadClient client) {
 *     assertThrows(AuthenticationException.class, client::ping);
 *   }
 * }
 * }</pre>
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(RocketCadMockExtension.class)
public @interface RocketCadMock {}
