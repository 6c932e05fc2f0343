package io.github.rocketcadsdk.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Picks the mock's response for an injected {@code RocketCadClient}, by sending Prism's {@code
 * Prefer} header with every request of that client.
 *
 * <p>Put it on the client parameter, the test method or the test class; the nearest one wins. With
 * neither attribute set, Prism answers with the operation's first example of its lowest 2xx status.
 *
 * <p>Named examples of the packaged document: {@code ping-success}, {@code panic-success}, {@code
 * locationping-success}, {@code emergency-call-success}, {@code invalid-api-key} (a coded failure
 * {@code 1A} in an HTTP 200, on every workflow), {@code missing-api-key} (400), {@code
 * unauthorized} (401) and {@code workflow-not-found} (404).
 *
 * <p>NOTE: Prism looks for the example among the responses of the chosen status, 200 by default, so
 * an error example needs its {@code code}. A name it cannot find there gets Prism's own 404, which
 * the client reports as {@code WorkflowNotFoundException}.
 */
@Target({ElementType.PARAMETER, ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface MockResponse {

  /** Name of the example to return, such as {@code invalid-api-key}; empty for Prism's choice. */
  String example() default "";

  /** HTTP status to return, such as {@code 404}; 0 for Prism's choice. */
  int code() default 0;
}
