package dev.claimledger.server;

import static org.junit.jupiter.api.Assertions.*;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.protobuf.Descriptors;
import com.google.protobuf.DynamicMessage;
import com.google.protobuf.util.JsonFormat;
import io.grpc.CallOptions;
import io.grpc.ManagedChannel;
import io.grpc.MethodDescriptor;
import io.grpc.StatusRuntimeException;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.grpc.protobuf.ProtoUtils;
import io.grpc.stub.ClientCalls;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Replays every grpcurl example of the README against a freshly seeded server over a socket, the
 * way grpcurl would send it (request JSON in, canonical proto JSON out), and compares the output
 * with the block that follows the command as JSON. Record times (createTime, updateTime, and a
 * ClaimReview's datePublished) and page tokens (signed with each database's own key) differ from
 * run to run: compared by presence.
 *
 * <p>A command is one of a few shapes, recognised exactly ({@link Command#parse}); any other shape
 * fails the test rather than being replayed approximately:
 * <ul>
 *   <li>{@code grpcurl -plaintext [-d 'JSON'] localhost:50051 (list | package.Service/Method)};
 *   <li>{@code jq -Rs '{article: {text: .}}' FILE | grpcurl -plaintext -d @ localhost:50051 ...}: the
 *       request is the whole file (relative to the repository root, read as UTF-8, trailing newline
 *       and all) as one JSON string, as jq's {@code -R} (raw input) with {@code -s} (slurp) builds it,
 *       and grpcurl's {@code -d @} reads it from stdin;
 *   <li>either of them {@code | jq 'PROGRAM'}, PROGRAM in the small part of jq {@link JqSubset}
 *       knows; only then may grpcurl have {@code -emit-defaults}, which prints fields at their
 *       default values ({@code "recorded": false}) that grpcurl otherwise leaves out.
 * </ul>
 */
class ReadmeExamplesTest {
  private static final Path REPO = Path.of(System.getProperty("claimledger.repo.dir", "."));
  private static final Pattern BLOCK = Pattern.compile("```(\\w*)\\n(.*?)```", Pattern.DOTALL);
  private static final List<String> VARYING = List.of("createTime", "updateTime", "nextPageToken", "datePublished");
  /** The one jq program a README command may feed grpcurl with: an ingest request of a whole file. */
  static final String ARTICLE_FROM_FILE = "{article: {text: .}}";

  @TempDir static Path dir;
  static Ledger ledger;

  /** A freshly seeded server on its own database file, as `make run` starts it the first time. */
  record Ledger(ClaimLedgerServer server, ManagedChannel channel) implements AutoCloseable {
    static Ledger seeded(Path db) throws Exception {
      ClaimLedgerServer server = ClaimLedgerServer.start(ServerConfig.parse(new String[] {"--port", "0", "--db",
          db.toString(), "--seed-file", REPO.resolve("seeds/annotations.txtpb").toString()}, Map.of()));
      return new Ledger(server, NettyChannelBuilder.forAddress("127.0.0.1", server.port()).usePlaintext().build());
    }

    @Override
    public void close() throws Exception {
      channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
      server.close();
    }
  }

  @BeforeAll
  static void start() throws Exception {
    ledger = Ledger.seeded(dir.resolve("readme.db"));
  }

  @AfterAll
  static void stop() throws Exception {
    ledger.close();
  }

  /** A grpcurl command and the output the README shows for it. */
  record Example(String command, String expected) {}

  static List<Example> examples() throws Exception {
    String readme = Files.readString(REPO.resolve("README.md"));
    List<String[]> blocks = new ArrayList<>();
    Matcher m = BLOCK.matcher(readme);
    while (m.find()) blocks.add(new String[] {m.group(1), m.group(2)});
    List<Example> out = new ArrayList<>();
    for (int i = 0; i < blocks.size(); i++) {
      String body = blocks.get(i)[1].strip();
      if (!isCommand(body)) continue;
      assertTrue(i + 1 < blocks.size(), "no output block after " + body);
      out.add(new Example(body.replace("\\\n", " "), blocks.get(i + 1)[1].strip()));
      i++;
    }
    return out;
  }

  @TestFactory
  Stream<DynamicTest> readmeExample_replayedAgainstSeededServer_givesTheOutputShown() throws Exception {
    if (Boolean.getBoolean("readme.update")) updateReadme();
    List<Example> examples = examples();
    assertTrue(examples.size() >= 5, "the README should show at least five grpcurl examples");
    return examples.stream().map(e -> DynamicTest.dynamicTest(e.command(), () -> replay(e)));
  }

  /**
   * With -Dreadme.update=true (make readme), rewrites each output block of the README with what
   * the service answers now; the replay that follows then checks the rewritten README. The answers
   * come from a seeded server of their own, so that the examples that write (an ingest) leave the
   * replay's ledger as the reader's: fresh, then changed by the examples above it only.
   */
  private static void updateReadme() throws Exception {
    try (Ledger fresh = Ledger.seeded(dir.resolve("update.db"))) {
      updateReadme(fresh.channel());
    }
  }

  private static void updateReadme(ManagedChannel channel) throws Exception {
    Path file = REPO.resolve("README.md");
    String readme = Files.readString(file);
    StringBuilder out = new StringBuilder();
    Matcher m = BLOCK.matcher(readme);
    int at = 0;
    String pendingCommand = null;
    while (m.find()) {
      String body = m.group(2).strip();
      if (pendingCommand != null) {
        out.append(readme, at, m.start());
        String answer = answer(channel, pendingCommand);
        if (sameOutput(body, answer)) {
          // Only times or page tokens differ: keep the block, so the README changes only where the answer did.
          out.append(m.group());
        } else {
          out.append("```").append(isJson(answer) ? "json" : "text").append("\n").append(answer).append("\n```");
        }
        at = m.end();
        pendingCommand = null;
      } else if (isCommand(body)) {
        pendingCommand = body.replace("\\\n", " ");
      }
    }
    out.append(readme.substring(at));
    Files.writeString(file, out.toString());
  }

  /**
   * Whether a code block is a command to replay: it starts with grpcurl or jq, or mentions grpcurl
   * at all (so a pipeline of an unknown shape is not silently left out; {@link Command#parse}
   * rejects it).
   */
  static boolean isCommand(String body) {
    return body.startsWith("grpcurl ") || body.startsWith("jq ") || body.contains("grpcurl");
  }

  /**
   * A README command, parsed strictly: the grpcurl address, its verb ({@code list} or a full method
   * name), the request JSON it sends, whether it prints default values (-emit-defaults), and the
   * jq program its output goes through, if any.
   */
  record Command(String address, String verb, String data, boolean emitDefaults, JqSubset output,
      Map<String, String> headers) {

    static Command parse(String command) {
      List<List<String>> stages = new ArrayList<>();
      for (String stage : pipeline(command)) stages.add(shellWords(stage));
      String stdin = null;
      int at = 0;
      if (!stages.isEmpty() && !stages.get(0).isEmpty() && stages.get(0).get(0).equals("jq")) {
        stdin = articleRequest(stages.get(0), command);
        at++;
      }
      if (at >= stages.size() || stages.get(at).isEmpty() || !stages.get(at).get(0).equals("grpcurl")) {
        fail("not a command shape the README test knows ([jq -Rs '" + ARTICLE_FROM_FILE
            + "' FILE |] grpcurl ... [| jq 'PROGRAM']): " + command);
      }
      Command c = grpcurl(stages.get(at), stdin, command);
      at++;
      if (at < stages.size()) {
        List<String> jq = stages.get(at);
        if (jq.size() != 2 || !jq.get(0).equals("jq") || jq.get(1).startsWith("-")) {
          fail("grpcurl's output may only go through jq 'PROGRAM', without options: " + command);
        }
        assertNotEquals("list", c.verb(), () -> "list prints text, not JSON for jq: " + command);
        try {
          c = new Command(c.address(), c.verb(), c.data(), c.emitDefaults(), JqSubset.parse(jq.get(1)), c.headers());
        } catch (IllegalArgumentException e) {
          fail(e.getMessage() + ": " + command);
        }
        at++;
      }
      if (at != stages.size()) fail("too many stages in the pipeline: " + command);
      // grpcurl prints an unset message field as null under -emit-defaults, the replay leaves it out:
      // the same to a jq program (.field of a missing key is null), not in the output itself.
      assertTrue(!c.emitDefaults() || c.output() != null,
          () -> "-emit-defaults is replayed only with its output going through jq: " + command);
      return c;
    }

    /**
     * {@code jq -Rs '{article: {text: .}}' FILE}: -R reads raw text instead of JSON, -s slurps all of
     * it into one string, so {@code .} is the whole file, trailing newline included.
     */
    private static String articleRequest(List<String> words, String command) {
      if (words.size() != 4 || !words.get(1).equals("-Rs") || !words.get(2).equals(ARTICLE_FROM_FILE)) {
        fail("the only jq input the README test knows is jq -Rs '" + ARTICLE_FROM_FILE + "' FILE: " + command);
      }
      String file = words.get(3);
      if (file.isEmpty() || file.startsWith("-") || file.startsWith("/") || file.startsWith("~")
          || file.matches(".*[*?\\[\\]{}$`\\\\].*")) {
        fail("jq's input must be one plain file name relative to the repository root: " + file);
      }
      Path root = REPO.toAbsolutePath().normalize();
      Path path = root.resolve(file).normalize();
      assertTrue(path.startsWith(root), "outside the repository: " + file);
      assertTrue(Files.isRegularFile(path), "no such file (relative to the repository root): " + file);
      String text;
      try {
        text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(Files.readAllBytes(path)))
            .toString();
      } catch (java.io.IOException e) {
        throw new AssertionError("cannot read " + file + " as UTF-8 (jq would replace bad bytes)", e);
      }
      JsonObject article = new JsonObject();
      article.addProperty("text", text);
      JsonObject request = new JsonObject();
      request.add("article", article);
      return request.toString();
    }

    /**
     * {@code grpcurl -plaintext [-emit-defaults] [-H 'NAME: VALUE']... [-d DATA] ADDRESS (list | METHOD)},
     * flags before the
     * positional arguments as Go's flag package wants them; {@code -d @} reads the request from
     * stdin, which must then be the output of a jq stage (and only then).
     */
    private static Command grpcurl(List<String> words, String stdin, String command) {
      boolean plaintext = false;
      boolean emitDefaults = false;
      String data = null;
      Map<String, String> headers = new java.util.LinkedHashMap<>();
      int i = 1;
      for (; i < words.size() && words.get(i).startsWith("-"); i++) {
        String flag = words.get(i);
        if (flag.equals("-plaintext") && !plaintext) {
          plaintext = true;
        } else if (flag.equals("-emit-defaults") && !emitDefaults) {
          emitDefaults = true;
        } else if (flag.equals("-d") && data == null && i + 1 < words.size()) {
          data = words.get(++i);
        } else if (flag.equals("-H") && i + 1 < words.size() && words.get(i + 1).matches("[a-z0-9-]+: .+")) {
          String[] h = words.get(++i).split(": ", 2);
          headers.put(h[0], h[1]);
        } else {
          fail("grpcurl flag the README test does not know (or repeated, or without its value): " + flag
              + " in " + command);
        }
      }
      List<String> positional = words.subList(i, words.size());
      assertTrue(plaintext, "the server speaks plaintext; grpcurl needs -plaintext: " + command);
      assertEquals(2, positional.size(), () -> "grpcurl wants ADDRESS and list or a method: " + command);
      String verb = positional.get(1);
      if (!verb.equals("list") && !verb.matches("[A-Za-z_][\\w.]*\\.[A-Za-z_]\\w*/[A-Za-z_]\\w*")) {
        fail("not list nor a full method name: " + verb + " in " + command);
      }
      if ("@".equals(data)) {
        assertNotNull(stdin, () -> "grpcurl -d @ reads stdin, but nothing is piped into it: " + command);
        data = stdin;
      } else {
        assertNull(stdin, () -> "jq's output is piped into a grpcurl that does not read stdin (-d @): " + command);
      }
      if (verb.equals("list")) {
        assertNull(data, () -> "list takes no request data: " + command);
        assertFalse(emitDefaults, () -> "-emit-defaults is for JSON responses: " + command);
      }
      return new Command(positional.get(0), verb, data == null ? "{}" : data, emitDefaults, null, Map.copyOf(headers));
    }
  }

  /**
   * What the command would print: grpcurl's output, or what jq makes of it. On an error grpcurl
   * prints the error (on stderr) and jq, given nothing, prints nothing: the error is what shows.
   */
  private static String answer(ManagedChannel channel, String command) throws Exception {
    Command c = Command.parse(command);
    if (c.verb().equals("list")) return String.join("\n", ReflectionClient.listServices(channel));
    JsonElement response;
    try {
      response = JsonParser.parseString(call(channel, c.verb(), c.data(), c.emitDefaults(), c.headers()));
    } catch (StatusRuntimeException ex) {
      return grpcurlError(ex);
    }
    if (c.output() != null) {
      List<JsonElement> outputs = c.output().apply(response);
      assertEquals(1, outputs.size(), () -> "the README's jq programs give one JSON value; this gives "
          + outputs.size() + ": " + command);
      response = outputs.get(0);
      assertFalse(hasFraction(response), () -> "jq prints numbers its own way (1.0 as 1); the README test does not "
          + "replay numbers other than whole ones through jq: " + command);
    }
    // Laid out as grpcurl and jq lay out JSON: two-space indents, one array element a line.
    return new com.google.gson.GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create()
        .toJson(response);
  }

  /** Whether a number with a fraction or an exponent is in {@code e}: whole numbers print alike everywhere. */
  private static boolean hasFraction(JsonElement e) {
    if (e.isJsonPrimitive()) {
      return e.getAsJsonPrimitive().isNumber() && !e.getAsJsonPrimitive().getAsString().matches("-?\\d+");
    }
    if (e.isJsonArray()) {
      for (JsonElement x : e.getAsJsonArray()) if (hasFraction(x)) return true;
    }
    if (e.isJsonObject()) {
      for (var x : e.getAsJsonObject().entrySet()) if (hasFraction(x.getValue())) return true;
    }
    return false;
  }

  private static boolean isJson(String output) {
    return output.startsWith("{") || output.startsWith("[");
  }

  /** An error as grpcurl prints it: code, message, then each detail message as JSON. */
  private static String grpcurlError(StatusRuntimeException ex) throws Exception {
    StringBuilder sb = new StringBuilder("ERROR:\n  Code: " + grpcurlCode(ex.getStatus().getCode())
        + "\n  Message: " + ex.getStatus().getDescription());
    com.google.rpc.Status status = io.grpc.protobuf.StatusProto.fromThrowable(ex);
    if (status != null && status.getDetailsCount() > 0) {
      sb.append("\n  Details:");
      JsonFormat.Printer printer = JsonFormat.printer().usingTypeRegistry(JsonFormat.TypeRegistry.newBuilder()
          .add(com.google.rpc.ErrorInfo.getDescriptor()).add(com.google.rpc.BadRequest.getDescriptor()).build());
      for (int i = 0; i < status.getDetailsCount(); i++) {
        String[] lines = printer.print(status.getDetails(i)).split("\n");
        String prefix = "  " + (i + 1) + ")";
        sb.append("\n").append(prefix).append("\t").append(lines[0]);
        for (int j = 1; j < lines.length; j++) sb.append("\n").append(" ".repeat(prefix.length())).append("\t").append(lines[j]);
      }
    }
    return sb.toString();
  }

  private static void replay(Example e) throws Exception {
    assertEquals("localhost:50051", Command.parse(e.command()).address(),
        () -> "examples talk to the default address: " + e.command());
    String actual = answer(ledger.channel(), e.command());
    if (!isJson(e.expected())) {
      assertEquals(e.expected(), actual);
      return;
    }
    assertTrue(isJson(actual), () -> "README shows JSON; the service now answers:\n" + actual);
    assertEquals(normalised(e.expected()), normalised(actual),
        () -> "README output differs; the service now answers:\n" + actual);
  }

  /** Whether the README's output block shows {@code actual}, up to times and page tokens. */
  private static boolean sameOutput(String shown, String actual) {
    if (!isJson(shown) || !isJson(actual)) return shown.equals(actual);
    try {
      return normalised(shown).equals(normalised(actual));
    } catch (com.google.gson.JsonParseException e) {
      return false;
    }
  }

  private static JsonElement normalised(String json) {
    JsonElement e = JsonParser.parseString(json);
    normalise(e);
    return e;
  }

  /** grpcurl prints codes in Go's CamelCase (NotFound, InvalidArgument). */
  private static String grpcurlCode(io.grpc.Status.Code code) {
    StringBuilder sb = new StringBuilder();
    for (String part : code.name().split("_")) sb.append(part.charAt(0)).append(part.substring(1).toLowerCase());
    return sb.toString();
  }

  /**
   * Calls a unary method with a JSON request, as grpcurl does, and prints the response as proto3
   * JSON; with emitDefaults also the fields at their default values (grpcurl's -emit-defaults),
   * though unset message fields stay out where grpcurl would print them as null.
   */
  private static String call(ManagedChannel channel, String fullMethod, String json, boolean emitDefaults,
      Map<String, String> headers) throws Exception {
    String[] parts = fullMethod.split("/");
    Descriptors.MethodDescriptor method = null;
    for (Descriptors.FileDescriptor f : files()) {
      for (Descriptors.ServiceDescriptor s : f.getServices()) {
        if (s.getFullName().equals(parts[0])) method = s.findMethodByName(parts[1]);
      }
    }
    assertNotNull(method, "no such method " + fullMethod);
    DynamicMessage.Builder request = DynamicMessage.newBuilder(method.getInputType());
    JsonFormat.parser().merge(json, request);
    MethodDescriptor<DynamicMessage, DynamicMessage> md = MethodDescriptor.<DynamicMessage, DynamicMessage>newBuilder()
        .setType(MethodDescriptor.MethodType.UNARY)
        .setFullMethodName(fullMethod)
        .setRequestMarshaller(ProtoUtils.marshaller(DynamicMessage.getDefaultInstance(method.getInputType())))
        .setResponseMarshaller(ProtoUtils.marshaller(DynamicMessage.getDefaultInstance(method.getOutputType())))
        .build();
    io.grpc.Metadata metadata = new io.grpc.Metadata();
    headers.forEach((k, v) -> metadata.put(io.grpc.Metadata.Key.of(k, io.grpc.Metadata.ASCII_STRING_MARSHALLER), v));
    DynamicMessage response = ClientCalls.blockingUnaryCall(
        io.grpc.ClientInterceptors.intercept(channel, io.grpc.stub.MetadataUtils.newAttachHeadersInterceptor(metadata)),
        md, CallOptions.DEFAULT, request.build());
    JsonFormat.Printer printer = JsonFormat.printer();
    return (emitDefaults ? printer.alwaysPrintFieldsWithNoPresence() : printer).print(response);
  }

  private static List<Descriptors.FileDescriptor> files() {
    return List.of(dev.claimledger.v1.ActorProto.getDescriptor(), dev.claimledger.v1.SourceProto.getDescriptor(),
        dev.claimledger.v1.ClaimProto.getDescriptor(), dev.claimledger.v1.StanceProto.getDescriptor(),
        dev.claimledger.v1.AttributionProto.getDescriptor(), dev.claimledger.v1.ContradictionProto.getDescriptor(),
        dev.claimledger.v1.IngestProto.getDescriptor(), dev.claimledger.v1.ProvenanceProto.getDescriptor(),
        dev.claimledger.v1.VerificationProto.getDescriptor(), dev.claimledger.v1.AuditProto.getDescriptor(),
        dev.claimledger.v1.RelationProto.getDescriptor(), dev.claimledger.v1.WatchProto.getDescriptor());
  }

  /** Replaces record times by a marker, so only their presence is compared. */
  private static void normalise(JsonElement e) {
    if (e.isJsonObject()) {
      JsonObject o = e.getAsJsonObject();
      for (String key : List.copyOf(o.keySet())) {
        if (VARYING.contains(key)) o.addProperty(key, "<varies>");
        else normalise(o.get(key));
      }
    } else if (e.isJsonArray()) {
      e.getAsJsonArray().forEach(ReadmeExamplesTest::normalise);
    }
  }

  /** Splits a command line at the pipes that are not inside quotes. */
  static List<String> pipeline(String line) {
    List<String> stages = new ArrayList<>();
    int from = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\'' || c == '"') {
        int end = line.indexOf(c, i + 1);
        assertTrue(end > 0, () -> "unterminated quote in " + line);
        String quoted = line.substring(i + 1, end);
        assertFalse(c == '"' && quoted.matches("(?s).*[$`\\\\].*"),
            () -> "$, ` or \\ in double quotes, which the README test does not expand: " + line);
        i = end;
      } else if (c == '|') {
        assertFalse(i + 1 < line.length() && line.charAt(i + 1) == '|', () -> "|| in " + line);
        stages.add(line.substring(from, i));
        from = i + 1;
      } else if (c == ';' || c == '&' || c == '<' || c == '>' || c == '`' || c == '$' || c == '\n' || c == '\\') {
        fail("shell syntax the README test does not replay (" + c + "): " + line);
      }
    }
    stages.add(line.substring(from));
    return stages;
  }

  /** Splits a command line the way a POSIX shell does for single- and double-quoted words. */
  static List<String> shellWords(String line) {
    List<String> words = new ArrayList<>();
    StringBuilder w = new StringBuilder();
    boolean inWord = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\'') {
        int end = line.indexOf('\'', i + 1);
        w.append(line, i + 1, end);
        i = end;
        inWord = true;
      } else if (c == '"') {
        int end = line.indexOf('"', i + 1);
        w.append(line, i + 1, end);
        i = end;
        inWord = true;
      } else if (Character.isWhitespace(c)) {
        if (inWord) words.add(w.toString());
        w.setLength(0);
        inWord = false;
      } else {
        w.append(c);
        inWord = true;
      }
    }
    if (inWord) words.add(w.toString());
    return words;
  }
}
