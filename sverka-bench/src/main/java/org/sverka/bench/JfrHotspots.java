package org.sverka.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Summarises the CPU samples ({@code jdk.ExecutionSample}) of a Java Flight Recorder file: the
 * methods at the top of the stack (self time), the innermost {@code org.sverka} method outside the
 * benchmark (which core method the time is spent under, callees outside Sverka included) and the
 * share of samples each core method is on the stack for (inclusive time).
 *
 * <p>Usage: {@code JfrHotspots RECORDING.jfr [--top N] [--thread SUBSTRING]}. Record with {@code
 * java -XX:StartFlightRecording=filename=rec.jfr,settings=profile ...}; samples whose stack holds
 * no {@code org.sverka} frame (JIT, GC, Tika loading) are counted but not ranked.
 */
public final class JfrHotspots {
  private static final String CORE = "org.sverka.";
  private static final String BENCH = "org.sverka.bench.";

  private JfrHotspots() {}

  public static void main(String[] args) throws IOException {
    Path file = null;
    int top = 20;
    String thread = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--top" -> top = Integer.parseInt(args[++i]);
        case "--thread" -> thread = args[++i];
        default -> file = Path.of(args[i]);
      }
    }
    if (file == null) {
      System.err.println("usage: JfrHotspots RECORDING.jfr [--top N] [--thread SUBSTRING]");
      System.exit(2);
    }
    Map<String, Integer> self = new HashMap<>();
    Map<String, Integer> underCore = new HashMap<>();
    Map<String, Integer> inclusive = new HashMap<>();
    int samples = 0;
    int withCore = 0;
    for (RecordedEvent e : RecordingFile.readAllEvents(file)) {
      if (!e.getEventType().getName().equals("jdk.ExecutionSample")) {
        continue;
      }
      if (thread != null) {
        var t = e.getThread("sampledThread");
        String name = t == null ? "" : String.valueOf(t.getJavaName());
        if (!name.contains(thread)) {
          continue;
        }
      }
      RecordedStackTrace st = e.getStackTrace();
      if (st == null || st.getFrames().isEmpty()) {
        continue;
      }
      samples++;
      List<RecordedFrame> frames = st.getFrames();
      self.merge(name(frames.get(0).getMethod()), 1, Integer::sum);
      boolean found = false;
      Set<String> seen = new HashSet<>();
      for (RecordedFrame f : frames) {
        String m = name(f.getMethod());
        if (!m.startsWith(CORE) || m.startsWith(BENCH)) {
          continue;
        }
        if (!found) {
          underCore.merge(m, 1, Integer::sum);
          found = true;
        }
        if (seen.add(m)) {
          inclusive.merge(m, 1, Integer::sum);
        }
      }
      if (found) {
        withCore++;
      }
    }
    System.out.printf(
        Locale.ROOT,
        "%d CPU samples, %d of them under org.sverka core code (percentages are of all"
            + " samples)%n",
        samples,
        withCore);
    print("self time (top frame)", self, samples, top);
    print(
        "innermost org.sverka core method (its own time + library callees)",
        underCore,
        samples,
        top);
    print("inclusive time of org.sverka core methods", inclusive, samples, top);
  }

  private static String name(RecordedMethod m) {
    return m == null ? "?" : m.getType().getName() + "." + m.getName();
  }

  private static void print(String title, Map<String, Integer> counts, int total, int top) {
    System.out.println();
    System.out.println("== " + title);
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .limit(top)
        .forEach(
            e ->
                System.out.printf(
                    Locale.ROOT, "%6.1f%%  %s%n", 100.0 * e.getValue() / total, e.getKey()));
  }
}
