package org.sverka.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a folder of malformed input beside good files, as a user's messy folder may hold it:
 * truncated and random-byte PDF, DOCX, EPUB, ODT, RTF and HTML; zip bombs; deeply nested HTML; a 50
 * MB single line; invalid UTF-8, UTF-16 without a byte-order mark, NUL bytes; names with newlines,
 * quotes and non-Latin letters; a symlink loop, a FIFO, a dangling link, folders named like files.
 * Every file is made here from a fixed seed, so the corpus is the same on every run.
 */
final class BadInputCorpus {
  /** A file written, and whether a user would expect its text to be read. */
  record Item(Path path, String kind, boolean good) {}

  private final Path dir;
  private final SplittableRandom random = new SplittableRandom(1937);
  private final List<Item> items = new ArrayList<>();

  private BadInputCorpus(Path dir) {
    this.dir = dir;
  }

  /** Writes the corpus into the folder given as the first argument, for trying it by hand. */
  public static void main(String[] args) throws IOException {
    for (Item i : write(Path.of(args[0]), args.length < 2 || !args[1].equals("--no-huge-line"))) {
      System.out.println((i.good() ? "good\t" : "bad\t") + i.kind() + "\t" + i.path());
    }
  }

  /** Writes the corpus into {@code dir} (created) and lists what it wrote. */
  static List<Item> write(Path dir, boolean withHugeLine) throws IOException {
    Files.createDirectories(dir);
    BadInputCorpus c = new BadInputCorpus(dir);
    c.goodFiles();
    c.truncatedAndRandom();
    c.zipBombs();
    c.deepHtml();
    c.encodings();
    c.names();
    c.specialFiles();
    if (withHugeLine) {
      c.hugeLine();
    }
    return List.copyOf(c.items);
  }

  static final String GOOD_TEXT =
      "Minutes of the meeting held at Bristol on 12 March 1851.\n\n"
          + "Mr. Thomas Hardcastle said that the committee had spent 240 pounds, "
          + "not the 420 pounds the newspaper reported.\n";

  // ---------------------------------------------------------------------------------------------

  private void goodFiles() throws IOException {
    good("good-minutes.txt", "text", GOOD_TEXT.getBytes(StandardCharsets.UTF_8));
    good("good-page.html", "html", html(GOOD_TEXT).getBytes(StandardCharsets.UTF_8));
    good("good-letter.rtf", "rtf", rtf(GOOD_TEXT).getBytes(StandardCharsets.US_ASCII));
    good("good-report.docx", "docx", docx(GOOD_TEXT));
    good("good-report.odt", "odt", odt(GOOD_TEXT));
    good("good-book.epub", "epub", epub(GOOD_TEXT));
    good("good-print.pdf", "pdf", pdf(GOOD_TEXT));
    good(
        "good-cp1251.txt",
        "text",
        "Протокол заседания в Москве, 1 мая 1927 года.\n".getBytes("windows-1251"));
    good("good-utf16-bom.txt", "text", utf16(GOOD_TEXT, true));
  }

  private void truncatedAndRandom() throws IOException {
    String text = GOOD_TEXT.repeat(20);
    byte[][] formats = {
      pdf(text),
      docx(text),
      epub(text),
      odt(text),
      rtf(text).getBytes(StandardCharsets.US_ASCII),
      html(text).getBytes(StandardCharsets.UTF_8)
    };
    String[] ext = {"pdf", "docx", "epub", "odt", "rtf", "html"};
    double[] cuts = {0.01, 0.1, 0.25, 0.5, 0.75, 0.9, 0.99};
    for (int f = 0; f < formats.length; f++) {
      byte[] whole = formats[f];
      for (double cut : cuts) {
        int n = Math.max(1, (int) (whole.length * cut));
        bad(
            "truncated-" + (int) (cut * 100) + "." + ext[f],
            "truncated " + ext[f],
            Arrays.copyOf(whole, n));
      }
      for (int r = 0; r < 9; r++) {
        // the format's first bytes, then noise: detected as the type, unreadable as it
        byte[] b = new byte[200 + random.nextInt(20_000)];
        random.nextBytes(b);
        System.arraycopy(whole, 0, b, 0, Math.min(16, b.length));
        bad("random-" + r + "." + ext[f], "random bytes " + ext[f], b);
      }
      for (int r = 0; r < 10; r++) {
        // the whole file with a few bytes flipped
        byte[] b = whole.clone();
        for (int k = 0; k < 1 + random.nextInt(12); k++) {
          b[random.nextInt(b.length)] ^= (byte) (1 + random.nextInt(255));
        }
        bad("flipped-" + r + "." + ext[f], "bytes flipped " + ext[f], b);
      }
      byte[] noise = new byte[5000];
      random.nextBytes(noise);
      bad("noise-named-" + ext[f] + "." + ext[f], "noise " + ext[f], noise);
    }
  }

  private void zipBombs() throws IOException {
    // one entry of 1 GB of spaces, a few megabytes compressed
    bad(
        "bomb-big-entry.docx",
        "zip bomb",
        zip(List.of(docxContentTypes(), docxRels()), "word/document.xml", 1L << 30));
    bad(
        "bomb-big-entry.odt",
        "zip bomb",
        zip(List.<String[]>of(odtMimetype()), "content.xml", 1L << 30));
    bad(
        "bomb-big-entry.epub",
        "zip bomb",
        zip(List.<String[]>of(epubMimetype()), "OEBPS/text.xhtml", 1L << 30));
    // many entries
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(bytes)) {
      z.putNextEntry(new ZipEntry("[Content_Types].xml"));
      z.write(docxContentTypes()[1].getBytes(StandardCharsets.UTF_8));
      for (int i = 0; i < 20_000; i++) {
        z.putNextEntry(new ZipEntry("word/media/x" + i + ".bin"));
        z.write(new byte[16]);
      }
    }
    bad("bomb-many-entries.docx", "zip bomb", bytes.toByteArray());
  }

  private void deepHtml() throws IOException {
    for (int depth : new int[] {100_000, 300_000}) {
      StringBuilder b = new StringBuilder("<html><body>");
      b.append("<div>".repeat(depth)).append("deep text").append("</div>".repeat(depth));
      b.append("</body></html>");
      bad("deep-" + depth + ".html", "deep HTML", b.toString().getBytes(StandardCharsets.UTF_8));
    }
    bad(
        "unclosed-tags.html",
        "unclosed HTML",
        ("<html><body>" + "<p><b><i><span>".repeat(50_000) + "text")
            .getBytes(StandardCharsets.UTF_8));
    bad(
        "entity-flood.html",
        "entity flood",
        ("<html><body>" + "&amp;&#x10FFFF;&#0;&bogus;".repeat(100_000) + "</body></html>")
            .getBytes(StandardCharsets.UTF_8));
  }

  private void encodings() throws IOException {
    byte[] invalid = GOOD_TEXT.getBytes(StandardCharsets.UTF_8).clone();
    invalid[20] = (byte) 0xC3; // a lead byte with no continuation
    invalid[21] = (byte) 0x28;
    bad("invalid-utf8.txt", "invalid UTF-8", invalid);
    byte[] noise = new byte[30_000];
    random.nextBytes(noise);
    bad("binary-noise.txt", "random bytes named .txt", noise);
    bad("utf16le-no-bom.txt", "UTF-16 without BOM", utf16(GOOD_TEXT, false));
    bad("utf16be-no-bom.txt", "UTF-16 without BOM", GOOD_TEXT.getBytes(StandardCharsets.UTF_16BE));
    byte[] nuls = GOOD_TEXT.getBytes(StandardCharsets.UTF_8).clone();
    for (int i = 5; i < nuls.length; i += 7) {
      nuls[i] = 0;
    }
    bad("nul-bytes.txt", "NUL bytes", nuls);
    bad("only-nuls.txt", "NUL bytes", new byte[4096]);
    bad("empty.txt", "empty", new byte[0]);
    bad("only-bom.txt", "only a BOM", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    bad(
        "lone-surrogates.txt",
        "encoded surrogates",
        new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80, 'a', '\n'});
    bad("overlong.txt", "overlong UTF-8", new byte[] {(byte) 0xC0, (byte) 0xAF, 'a', 'b', '\n'});
    bad(
        "control-chars.txt",
        "control characters",
        "a\u0001\u0002\u001b[31mred\u0007\n".getBytes(StandardCharsets.UTF_8));
    bad(
        "bidi-override.txt",
        "bidi controls",
        "Paid \u202E0021\u202C pounds to Mr. Smith.\n".getBytes(StandardCharsets.UTF_8));
    for (int i = 0; i < 20; i++) {
      // text with random bytes sprinkled in
      byte[] b = GOOD_TEXT.repeat(5).getBytes(StandardCharsets.UTF_8);
      for (int k = 0; k < 3 + random.nextInt(30); k++) {
        b[random.nextInt(b.length)] = (byte) (0x80 + random.nextInt(128));
      }
      bad("sprinkled-" + i + ".txt", "stray high bytes", b);
    }
  }

  private void names() throws IOException {
    String[] names = {
      "line\nbreak.txt",
      "tab\there.txt",
      "quote\"double.txt",
      "quote'single.txt",
      "back\\slash.txt",
      "Протокол допроса.txt",
      "會議記錄.txt",
      "محضر.txt",
      "emoji-\uD83D\uDCDC.txt",
      " leading space.txt",
      "trailing space .txt",
      "-dash-first.txt",
      "semi;colon$dollar`tick`.txt",
      "percent%20encoded.txt",
      "very-long-" + "x".repeat(200) + ".txt",
      "no-extension",
    };
    for (String n : names) {
      // good content under a hard name: it must be read, and named right in any message
      good(
          n,
          "odd name",
          ("Notes under a hard name.\n\n" + GOOD_TEXT).getBytes(StandardCharsets.UTF_8));
    }
  }

  private void specialFiles() throws IOException {
    Path loopDir = Files.createDirectories(dir.resolve("loop"));
    Files.writeString(loopDir.resolve("inside-loop.txt"), GOOD_TEXT);
    items.add(new Item(loopDir.resolve("inside-loop.txt"), "file beside a symlink loop", true));
    try {
      Files.createSymbolicLink(loopDir.resolve("back-to-top"), dir);
      Files.createSymbolicLink(dir.resolve("self-link"), dir.resolve("self-link"));
      Files.createSymbolicLink(dir.resolve("dangling-link.txt"), dir.resolve("nowhere.txt"));
      items.add(new Item(dir.resolve("dangling-link.txt"), "dangling symlink", false));
    } catch (UnsupportedOperationException | IOException e) {
      // a file system without symbolic links: nothing to test there
    }
    Path fifo = dir.resolve("a-fifo.txt");
    try {
      Process p = new ProcessBuilder("mkfifo", fifo.toString()).start();
      if (p.waitFor() == 0) {
        items.add(new Item(fifo, "FIFO", false));
      }
    } catch (IOException e) {
      // no mkfifo: skip
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    Files.createDirectories(dir.resolve("looks-like-a-file.pdf"));
    Files.createDirectories(dir.resolve("looks-like-a-file.txt"));
    Files.writeString(dir.resolve("looks-like-a-file.txt").resolve("real.txt"), GOOD_TEXT);
    items.add(
        new Item(
            dir.resolve("looks-like-a-file.txt").resolve("real.txt"),
            "file in a folder named like a file",
            true));
  }

  private void hugeLine() throws IOException {
    Path p = dir.resolve("huge-single-line.txt");
    try (OutputStream out = Files.newOutputStream(p)) {
      byte[] chunk = new byte[1 << 20];
      for (int mb = 0; mb < 50; mb++) {
        for (int i = 0; i < chunk.length; i++) {
          int r = random.nextInt(7);
          chunk[i] = r == 0 ? (byte) ' ' : (byte) ('a' + random.nextInt(26));
        }
        out.write(chunk);
      }
    }
    items.add(new Item(p, "50 MB single line", false));
  }

  // ---------------------------------------------------------------------------------------------
  // Writers

  private void good(String name, String kind, byte[] bytes) throws IOException {
    Path p = dir.resolve(name);
    Files.write(p, bytes);
    items.add(new Item(p, kind, true));
  }

  private void bad(String name, String kind, byte[] bytes) throws IOException {
    Path p = dir.resolve(name);
    Files.write(p, bytes);
    items.add(new Item(p, kind, false));
  }

  private static byte[] utf16(String s, boolean bom) {
    byte[] b = s.getBytes(StandardCharsets.UTF_16LE);
    if (!bom) {
      return b;
    }
    byte[] out = new byte[b.length + 2];
    out[0] = (byte) 0xFF;
    out[1] = (byte) 0xFE;
    System.arraycopy(b, 0, out, 2, b.length);
    return out;
  }

  static String html(String text) {
    StringBuilder b =
        new StringBuilder("<!DOCTYPE html><html><head><title>Minutes</title></head><body>");
    for (String para : text.split("\n\n")) {
      b.append("<p>").append(para.replace("&", "&amp;").replace("<", "&lt;")).append("</p>\n");
    }
    return b.append("</body></html>\n").toString();
  }

  static String rtf(String text) {
    return "{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times;}}\\f0 "
        + text.replace("\\", "\\\\")
            .replace("{", "\\{")
            .replace("}", "\\}")
            .replace("\n", "\\par\n")
        + "}";
  }

  static String xml(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;");
  }

  private static String[] docxContentTypes() {
    return new String[] {
      "[Content_Types].xml",
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
          + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
          + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
          + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
          + "</Types>"
    };
  }

  private static String[] docxRels() {
    return new String[] {
      "_rels/.rels",
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
          + "</Relationships>"
    };
  }

  static byte[] docx(String text) throws IOException {
    StringBuilder body = new StringBuilder();
    for (String para : text.split("\n")) {
      body.append("<w:p><w:r><w:t xml:space=\"preserve\">")
          .append(xml(para))
          .append("</w:t></w:r></w:p>");
    }
    String doc =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
            + body
            + "</w:body></w:document>";
    return zip(
        List.of(docxContentTypes(), docxRels(), new String[] {"word/document.xml", doc}), null, 0);
  }

  private static String[] odtMimetype() {
    return new String[] {"mimetype", "application/vnd.oasis.opendocument.text"};
  }

  static byte[] odt(String text) throws IOException {
    StringBuilder body = new StringBuilder();
    for (String para : text.split("\n")) {
      body.append("<text:p>").append(xml(para)).append("</text:p>");
    }
    String content =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\"><office:body><office:text>"
            + body
            + "</office:text></office:body></office:document-content>";
    String manifest =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.2\">"
            + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
            + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/></manifest:manifest>";
    return zip(
        List.of(
            odtMimetype(),
            new String[] {"content.xml", content},
            new String[] {"META-INF/manifest.xml", manifest}),
        null,
        0);
  }

  private static String[] epubMimetype() {
    return new String[] {"mimetype", "application/epub+zip"};
  }

  static byte[] epub(String text) throws IOException {
    String container =
        "<?xml version=\"1.0\"?><container version=\"1.0\" xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\"><rootfiles>"
            + "<rootfile full-path=\"OEBPS/content.opf\" media-type=\"application/oebps-package+xml\"/></rootfiles></container>";
    String opf =
        "<?xml version=\"1.0\"?><package xmlns=\"http://www.idpf.org/2007/opf\" version=\"2.0\" unique-identifier=\"id\">"
            + "<metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>Minutes</dc:title><dc:identifier id=\"id\">x</dc:identifier></metadata>"
            + "<manifest><item id=\"t\" href=\"text.xhtml\" media-type=\"application/xhtml+xml\"/></manifest>"
            + "<spine><itemref idref=\"t\"/></spine></package>";
    String xhtml =
        html(text)
            .replace(
                "<!DOCTYPE html><html>",
                "<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\">");
    return zip(
        List.of(
            epubMimetype(),
            new String[] {"META-INF/container.xml", container},
            new String[] {"OEBPS/content.opf", opf},
            new String[] {"OEBPS/text.xhtml", xhtml}),
        null,
        0);
  }

  /**
   * A zip of the given (name, text) entries, the first stored uncompressed (as ODF and EPUB want
   * their mimetype); with {@code bombName}, one more entry of {@code bombBytes} spaces.
   */
  private static byte[] zip(List<String[]> entries, String bombName, long bombBytes)
      throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(bytes)) {
      boolean first = true;
      for (String[] e : entries) {
        byte[] data = e[1].getBytes(StandardCharsets.UTF_8);
        ZipEntry ze = new ZipEntry(e[0]);
        if (first) {
          ze.setMethod(ZipEntry.STORED);
          ze.setSize(data.length);
          CRC32 crc = new CRC32();
          crc.update(data);
          ze.setCrc(crc.getValue());
          first = false;
        }
        z.putNextEntry(ze);
        z.write(data);
        z.closeEntry();
      }
      if (bombName != null) {
        z.setLevel(9);
        z.putNextEntry(new ZipEntry(bombName));
        byte[] spaces = new byte[1 << 20];
        Arrays.fill(spaces, (byte) ' ');
        for (long n = 0; n < bombBytes; n += spaces.length) {
          z.write(spaces);
        }
        z.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  /** A one-page PDF whose content stream shows the text, with a correct cross-reference table. */
  static byte[] pdf(String text) {
    StringBuilder content = new StringBuilder("BT /F1 11 Tf 72 760 Td 14 TL\n");
    for (String line : text.split("\n")) {
      for (int i = 0; i < line.length(); i += 90) {
        String part = line.substring(i, Math.min(line.length(), i + 90));
        content
            .append('(')
            .append(part.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)"))
            .append(") '\n");
      }
    }
    content.append("ET\n");
    String stream = content.toString();
    List<String> objects =
        List.of(
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length " + stream.length() + " >>\nstream\n" + stream + "endstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman >>");
    StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
    List<Integer> offsets = new ArrayList<>();
    for (int i = 0; i < objects.size(); i++) {
      offsets.add(pdf.length());
      pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
    }
    int xref = pdf.length();
    pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
    for (int o : offsets) {
      pdf.append(String.format("%010d 00000 n \n", o));
    }
    pdf.append("trailer\n<< /Size ")
        .append(objects.size() + 1)
        .append(" /Root 1 0 R >>\nstartxref\n");
    pdf.append(xref).append("\n%%EOF\n");
    return pdf.toString().getBytes(StandardCharsets.ISO_8859_1);
  }
}
