package io.github.rocketcadsdk.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Opens the rendered reference, openapi/target/docs/index.html, in headless Chromium. Checks that a
 * reader can see every operation of the bundle, with its parameters, request body fields and
 * examples, and that the page sends no request to the network.
 *
 * <p>The selectors match the page that Redoc 3 renders for the pinned @redocly/cli 2.77.0.
 */
class DocsPageBrowserTest {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  private static final String INSTALL_HINT =
      "Install Chromium and chromedriver with `apt-get update && apt-get install -y chromium"
          + " chromium-driver`, or run .ci/install-browser.";

  private static final Duration RENDER_TIMEOUT = Duration.ofSeconds(10);

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static final List<String> METHODS =
      List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

  /**
   * Selenium warns that it has no DevTools bindings for the installed Chromium version. The test
   * uses only WebDriver and the performance log, so the warning is silenced. The field keeps the
   * logger, and so its level, from being garbage-collected.
   */
  private static final Logger CDP_VERSION_LOGGER =
      Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

  @TempDir static Path profile;

  private static WebDriver browser;

  private static WebDriverWait wait;

  /** Why the page cannot be checked in a browser, or null when Chromium and its driver exist. */
  private static String missingBrowserMessage;

  record Example(String name, String label, JsonNode value) {}

  record Operation(
      String method,
      String path,
      String summary,
      String tag,
      List<String> parameterNames,
      List<String> bodyPropertyNames,
      List<Example> requestExamples,
      Map<String, List<Example>> responseExamples) {
    @Override
    public String toString() {
      return method.toUpperCase() + " " + path;
    }
  }

  @BeforeAll
  static void openDocsPage() {
    missingBrowserMessage = findMissingBrowser();
    if (missingBrowserMessage != null) {
      // An assumption that fails here would skip the class without any output, so each test
      // makes it in requireBrowser() instead, and the reason is printed once.
      System.err.println("WARNING: " + missingBrowserMessage);
      return;
    }
    CDP_VERSION_LOGGER.setLevel(Level.OFF);

    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--user-data-dir=" + profile,
        "--window-size=1400,1000",
        // Chromium resolves no host name, so nothing the page requests can reach a server. The
        // performance log still records every request the page makes.
        "--host-resolver-rules=MAP * ~NOTFOUND");
    LoggingPreferences logging = new LoggingPreferences();
    logging.enable(LogType.PERFORMANCE, Level.ALL);
    options.setCapability("goog:loggingPrefs", logging);

    // With the driver's path given, Selenium does not run Selenium Manager, which downloads
    // drivers and browsers.
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .withLogOutput(OutputStream.nullOutputStream())
            .build();
    browser = new ChromeDriver(service, options);
    wait = new WebDriverWait(browser, RENDER_TIMEOUT);
    wait.pollingEvery(Duration.ofMillis(50));

    // Drops what the browser logged before the page was opened, such as its start page.
    browser.manage().logs().get(LogType.PERFORMANCE);
    browser.get(BuildPaths.docs().toUri().toString());
    wait.until(driver -> !driver.findElements(By.cssSelector("span[data-text]")).isEmpty());
  }

  /** Returns why the page cannot be checked in a browser, or null when it can. */
  private static String findMissingBrowser() {
    for (Path executable : List.of(CHROMIUM, CHROMEDRIVER)) {
      if (!Files.isExecutable(executable)) {
        return executable
            + " is not installed, so the docs page was not checked in a browser. "
            + INSTALL_HINT;
      }
    }
    return null;
  }

  @BeforeEach
  void requireBrowser() {
    assumeTrue(missingBrowserMessage == null, missingBrowserMessage);
  }

  @AfterAll
  static void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  /** Fails the test whose page actions made the page request anything from the network. */
  @AfterEach
  void checkNoNetworkRequest() {
    if (browser == null) {
      return;
    }
    assertEquals(
        List.of(),
        networkRequestsNotBlocked(),
        "The docs page requested these URLs from the network. It must work offline: inline the"
            + " resource or keep it blocked by the Content-Security-Policy in"
            + " openapi/docs/page-template.hbs.");
  }

  static Stream<Operation> operations() {
    JsonNode document = YAMLMapper.builder().build().readTree(BuildPaths.bundle().toFile());
    List<Operation> operations = new ArrayList<>();
    for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
      for (String method : METHODS) {
        JsonNode operation = path.getValue().path(method);
        if (!operation.isMissingNode()) {
          operations.add(readOperation(document, method, path.getKey(), operation));
        }
      }
    }
    return operations.stream();
  }

  @ParameterizedTest
  @MethodSource("operations")
  void operationIsVisible(Operation operation) {
    WebElement section = openOperation(operation);

    WebElement heading = section.findElement(By.tagName("h2"));
    assertTrue(heading.isDisplayed(), "heading of " + operation);
    assertEquals(operation.summary(), heading.getText());

    WebElement requestPanel = section.findElement(By.cssSelector(".panel-request-samples"));
    assertTrue(
        requestPanel.getText().contains(operation.path()),
        "path " + operation.path() + " not shown in the request panel: " + requestPanel.getText());
  }

  @ParameterizedTest
  @MethodSource("operations")
  void parametersAreVisible(Operation operation) {
    WebElement section = openOperation(operation);

    // The api_key query parameter is a security scheme, shown in the operation's Security box.
    assertVisibleText(section, "api_key", operation);
    for (String name : operation.parameterNames()) {
      assertVisibleText(section, name, operation);
    }
    for (String name : operation.bodyPropertyNames()) {
      assertVisibleText(section, name, operation);
    }
  }

  @ParameterizedTest
  @MethodSource("operations")
  void examplesAreVisible(Operation operation) {
    WebElement section = openOperation(operation);

    WebElement requestPanel = section.findElement(By.cssSelector(".panel-request-samples"));
    for (Example example : operation.requestExamples()) {
      showExample(requestPanel, example, operation + " request body");
    }

    WebElement responsePanel = section.findElement(By.cssSelector(".panel-response-samples"));
    for (Map.Entry<String, List<Example>> response : operation.responseExamples().entrySet()) {
      String status = response.getKey();
      responsePanel.findElement(By.xpath(".//button[normalize-space(.)='" + status + "']")).click();

      for (Example example : response.getValue()) {
        showExample(responsePanel, example, operation + " response " + status);
      }
    }
  }

  /**
   * Opens the operation from the sidebar, as a reader would, and returns its section once Redoc has
   * rendered it.
   */
  private static WebElement openOperation(Operation operation) {
    // A collapsed tag group in the sidebar does not render its operations, so the tag is clicked
    // to expand it.
    if (findSidebarLabel(operation.summary()).filter(WebElement::isDisplayed).isEmpty()) {
      findSidebarLabel(operation.tag())
          .orElseThrow(() -> new AssertionError("No sidebar entry for tag " + operation.tag()))
          .click();
    }
    wait.until(
            driver ->
                findSidebarLabel(operation.summary()).filter(WebElement::isDisplayed).orElse(null))
        .click();

    return wait.until(
        driver ->
            driver.findElements(By.cssSelector("div[data-item-kind='httpItem']")).stream()
                .filter(section -> headingText(section).equals(operation.summary()))
                .filter(section -> section.findElement(By.tagName("h2")).isDisplayed())
                .findFirst()
                .orElse(null));
  }

  private static Optional<WebElement> findSidebarLabel(String text) {
    String quoted = '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    return browser.findElements(By.cssSelector("span[data-text=" + quoted + "]")).stream()
        .findFirst();
  }

  private static String headingText(WebElement section) {
    List<WebElement> headings = section.findElements(By.tagName("h2"));
    return headings.isEmpty() ? "" : headings.get(0).getText();
  }

  private static void assertVisibleText(WebElement section, String text, Operation operation) {
    List<WebElement> matches =
        section.findElements(By.xpath(".//*[normalize-space(text())=" + xpathLiteral(text) + "]"));

    assertTrue(
        matches.stream().anyMatch(WebElement::isDisplayed),
        "\"" + text + "\" is not visible in the section of " + operation);
  }

  /**
   * Selects the example in the panel's example menu by its label, when the panel has a menu, and
   * checks that the panel's JSON viewer shows every scalar of the example.
   */
  private static void showExample(WebElement panel, Example example, String where) {
    List<WebElement> menuButtons =
        panel.findElements(By.cssSelector("button[aria-label='Example']"));
    if (!menuButtons.isEmpty()) {
      if (example.label() == null) {
        throw new AssertionError(
            "The unnamed example of " + where + " cannot be picked from the example menu.");
      }
      menuButtons.get(0).click();
      // Redoc renders the open menu outside the panel, so it is looked up in the whole page.
      WebElement item =
          wait.until(
              driver ->
                  driver
                      .findElements(
                          By.xpath(
                              "//*[@role='menuitem'][normalize-space(.)="
                                  + xpathLiteral(example.label())
                                  + "]"))
                      .stream()
                      .filter(WebElement::isDisplayed)
                      .findFirst()
                      .orElse(null));
      item.click();
      wait.until(driver -> menuButtons.get(0).getText().trim().equals(example.label()));
    }

    String shown =
        collapseWhitespace(
            panel.findElement(By.cssSelector("[data-testid='json-viewer']")).getText());
    for (String pair : leafPairs(example.value())) {
      assertTrue(
          shown.contains(pair),
          "Example \""
              + example.name()
              + "\" of "
              + where
              + ": "
              + pair
              + " is not shown in "
              + shown);
    }
  }

  /**
   * Returns the text the JSON viewer shows for each scalar in the value: {@code "name": value} for
   * an object property, and the value alone for an array element or a scalar example.
   */
  private static List<String> leafPairs(JsonNode value) {
    List<String> pairs = new ArrayList<>();
    if (value.isObject()) {
      for (Map.Entry<String, JsonNode> property : value.properties()) {
        JsonNode child = property.getValue();
        if (child.isContainer()) {
          pairs.addAll(leafPairs(child));
        } else {
          pairs.add(
              JSON.writeValueAsString(property.getKey()) + ": " + JSON.writeValueAsString(child));
        }
      }
    } else if (value.isArray()) {
      for (JsonNode element : value) {
        pairs.addAll(leafPairs(element));
      }
    } else {
      pairs.add(JSON.writeValueAsString(value));
    }
    return pairs;
  }

  /** Quotes text as an XPath 1.0 string literal, which has no escape for its quote characters. */
  private static String xpathLiteral(String text) {
    if (!text.contains("'")) {
      return "'" + text + "'";
    }
    if (!text.contains("\"")) {
      return '"' + text + '"';
    }
    return "concat('" + text.replace("'", "', \"'\", '") + "')";
  }

  private static String collapseWhitespace(String text) {
    return text.replaceAll("\\s+", " ");
  }

  /**
   * Returns the http, https, ws and wss URLs that the page requested since the last call, except
   * those that the page's Content-Security-Policy blocked before they were sent.
   */
  private static List<String> networkRequestsNotBlocked() {
    Map<String, String> urlByRequestId = new LinkedHashMap<>();
    Set<String> blockedRequestIds = new HashSet<>();
    for (LogEntry entry : browser.manage().logs().get(LogType.PERFORMANCE)) {
      JsonNode message = JSON.readTree(entry.getMessage()).path("message");
      JsonNode params = message.path("params");
      String requestId = params.path("requestId").asString();
      switch (message.path("method").asString()) {
        case "Network.requestWillBeSent" ->
            urlByRequestId.put(requestId, params.path("request").path("url").asString());
        case "Network.webSocketCreated" ->
            urlByRequestId.put(requestId, params.path("url").asString());
        case "Network.loadingFailed" -> {
          if (params.path("blockedReason").asString().equals("csp")) {
            blockedRequestIds.add(requestId);
          }
        }
        default -> {}
      }
    }

    urlByRequestId.keySet().removeAll(blockedRequestIds);
    return urlByRequestId.values().stream()
        .filter(url -> Set.of("http", "https", "ws", "wss").contains(URI.create(url).getScheme()))
        .toList();
  }

  private static Operation readOperation(
      JsonNode document, String method, String path, JsonNode operation) {
    List<String> parameterNames = new ArrayList<>();
    for (JsonNode parameter : operation.path("parameters")) {
      parameterNames.add(resolve(document, parameter).path("name").asString());
    }

    List<String> bodyPropertyNames = new ArrayList<>();
    List<Example> requestExamples = new ArrayList<>();
    JsonNode requestBody = resolve(document, operation.path("requestBody"));
    if (!requestBody.isMissingNode()) {
      JsonNode mediaType = onlyMediaType(requestBody, method + " " + path + " request body");
      JsonNode schema = resolve(document, mediaType.path("schema"));
      bodyPropertyNames.addAll(schema.path("properties").propertyNames());
      requestExamples.addAll(readExamples(document, mediaType));
    }

    Map<String, List<Example>> responseExamples = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> response : operation.path("responses").properties()) {
      JsonNode body = resolve(document, response.getValue());
      if (body.has("content")) {
        JsonNode mediaType =
            onlyMediaType(body, method + " " + path + " response " + response.getKey());
        responseExamples.put(response.getKey(), readExamples(document, mediaType));
      }
    }

    return new Operation(
        method,
        path,
        operation.path("summary").asString(),
        operation.path("tags").path(0).asString(),
        parameterNames,
        bodyPropertyNames,
        requestExamples,
        responseExamples);
  }

  /**
   * Returns the body's only media type. The page shows one media type at a time, and this test does
   * not switch between them, so a body with several fails here instead of going unchecked.
   */
  private static JsonNode onlyMediaType(JsonNode body, String where) {
    JsonNode content = body.path("content");
    assertEquals(
        1, content.size(), where + " has several media types; teach this test to pick one");
    return content.properties().iterator().next().getValue();
  }

  private static List<Example> readExamples(JsonNode document, JsonNode mediaType) {
    List<Example> examples = new ArrayList<>();
    if (mediaType.has("example")) {
      examples.add(new Example("example", null, mediaType.get("example")));
    }
    for (Map.Entry<String, JsonNode> entry : mediaType.path("examples").properties()) {
      JsonNode example = resolve(document, entry.getValue());
      String label = example.has("summary") ? example.get("summary").asString() : entry.getKey();
      examples.add(new Example(entry.getKey(), label, example.path("value")));
    }
    return examples;
  }

  /**
   * Returns the node that a local {@code $ref}, such as {@code #/components/responses/MissingData},
   * points to, or the node itself when it is not a reference.
   */
  private static JsonNode resolve(JsonNode document, JsonNode node) {
    if (node.has("$ref")) {
      return document.at(node.get("$ref").asString().substring(1));
    }
    return node;
  }
}
