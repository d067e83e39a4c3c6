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
 * with the block that follows the command as JSON. Record times (createTime, updateTime) and
 * page tokens (signed with each database's own key) differ from run to run: compared by presence.
 */
class ReadmeExamplesTest {
  private static final Path REPO = Path.of(System.getProperty("claimledger.repo.dir", "."));
  private static final Pattern BLOCK = Pattern.compile("```(\\w*)\\n(.*?)```", Pattern.DOTALL);
  private static final List<String> VARYING = List.of("createTime", "updateTime", "nextPageToken");

  @TempDir static Path dir;
  static ClaimLedgerServer server;
  static ManagedChannel channel;

  @BeforeAll
  static void start() throws Exception {
    server = ClaimLedgerServer.start(ServerConfig.parse(new String[] {"--port", "0", "--db",
        dir.resolve("readme.db").toString(), "--seed-file", REPO.resolve("seeds/annotations.txtpb").toString()},
        Map.of()));
    channel = NettyChannelBuilder.forAddress("127.0.0.1", server.port()).usePlaintext().build();
  }

  @AfterAll
  static void stop() throws Exception {
    channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    server.close();
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
      if (!body.startsWith("grpcurl ")) continue;
      assertTrue(i + 1 < blocks.size(), "no output block after " + body);
      out.add(new Example(body.replace("\\\n", " "), blocks.get(i + 1)[1].strip()));
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
   * the service answers now; the replay that follows then checks the rewritten README.
   */
  private static void updateReadme() throws Exception {
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
        String answer = answer(pendingCommand);
        out.append("```").append(answer.startsWith("{") ? "json" : "text").append("\n").append(answer).append("\n```");
        at = m.end();
        pendingCommand = null;
      } else if (body.startsWith("grpcurl ")) {
        pendingCommand = body.replace("\\\n", " ");
      }
    }
    out.append(readme.substring(at));
    Files.writeString(file, out.toString());
  }

  /** What grpcurl would print for the command. */
  private static String answer(String command) throws Exception {
    List<String> args = shellWords(command);
    String data = "{}";
    List<String> positional = new ArrayList<>();
    for (int i = 1; i < args.size(); i++) {
      String a = args.get(i);
      if (a.equals("-d")) data = args.get(++i);
      else if (!a.startsWith("-")) positional.add(a);
    }
    if (positional.get(1).equals("list")) return String.join("\n", ReflectionClient.listServices(channel));
    try {
      // Laid out as grpcurl lays out its JSON: two-space indents, one array element a line.
      return new com.google.gson.GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create()
          .toJson(JsonParser.parseString(call(positional.get(1), data)));
    } catch (StatusRuntimeException ex) {
      return grpcurlError(ex);
    }
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
    List<String> args = shellWords(e.command());
    assertTrue(args.contains("localhost:50051"), "examples talk to the default address: " + e.command());
    String actual = answer(e.command());
    if (!e.expected().startsWith("{")) {
      assertEquals(e.expected(), actual);
      return;
    }
    JsonElement want = JsonParser.parseString(e.expected());
    JsonElement got = JsonParser.parseString(actual);
    normalise(want);
    normalise(got);
    assertEquals(want, got, () -> "README output differs; the service now answers:\n" + actual);
  }

  /** grpcurl prints codes in Go's CamelCase (NotFound, InvalidArgument). */
  private static String grpcurlCode(io.grpc.Status.Code code) {
    StringBuilder sb = new StringBuilder();
    for (String part : code.name().split("_")) sb.append(part.charAt(0)).append(part.substring(1).toLowerCase());
    return sb.toString();
  }

  private static String call(String fullMethod, String json) throws Exception {
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
    DynamicMessage response = ClientCalls.blockingUnaryCall(channel, md, CallOptions.DEFAULT, request.build());
    return JsonFormat.printer().print(response);
  }

  private static List<Descriptors.FileDescriptor> files() {
    return List.of(dev.claimledger.v1.ActorProto.getDescriptor(), dev.claimledger.v1.SourceProto.getDescriptor(),
        dev.claimledger.v1.ClaimProto.getDescriptor(), dev.claimledger.v1.StanceProto.getDescriptor(),
        dev.claimledger.v1.AttributionProto.getDescriptor(), dev.claimledger.v1.ContradictionProto.getDescriptor(),
        dev.claimledger.v1.IngestProto.getDescriptor());
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
