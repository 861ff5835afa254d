package org.sverka.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;

/**
 * Turns one file into the text Sverka cites.
 *
 * <p>Plain text (text/plain and its specializations: Markdown, CSV, XML, source code, ...) is
 * decoded by this class so that the text is exactly the file's characters: line terminators are
 * kept, only a byte-order mark is removed. The charset is, in order: the one the caller declares;
 * the byte-order mark; UTF-8 when the bytes are valid UTF-8; otherwise a legacy 8-bit charset
 * guessed from the bytes (windows-1251, KOI8-R, IBM866 for Cyrillic; ISO-8859-1 / windows-1252 and
 * the other charsets ICU4J recognises for the rest). Bytes that are almost valid UTF-8 are refused
 * with the line of the first bad byte rather than guessed at.
 *
 * <p>HTML, PDF, DOCX, DOC, ODT, EPUB and RTF go through Apache Tika. Every other type is refused.
 * Every problem, whatever its cause, is reported as an {@link UnusableInputException} with a
 * one-line message, except running out of heap: the {@code OutOfMemoryError} goes to the caller,
 * which alone knows whether other files were taking the memory (the analyzer tries the file again
 * alone, then names it as too large for the heap).
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Extractor {

  static {
    quietLog4j();
  }

  /** Types handed to Tika's parsers; everything else that is not plain text is refused. */
  private static final Map<MediaType, String> TIKA_TYPES =
      Map.ofEntries(
          Map.entry(MediaType.text("html"), "HTML document"),
          Map.entry(MediaType.application("xhtml+xml"), "XHTML document"),
          Map.entry(MediaType.application("pdf"), "PDF"),
          Map.entry(
              MediaType.application("vnd.openxmlformats-officedocument.wordprocessingml.document"),
              "DOCX document"),
          Map.entry(MediaType.application("vnd.ms-word.document.macroenabled.12"), "DOCM document"),
          Map.entry(
              MediaType.application("vnd.openxmlformats-officedocument.wordprocessingml.template"),
              "DOTX document"),
          Map.entry(MediaType.application("msword"), "DOC document"),
          Map.entry(MediaType.application("vnd.oasis.opendocument.text"), "ODT document"),
          Map.entry(MediaType.application("vnd.oasis.opendocument.flat.text"), "FODT document"),
          Map.entry(MediaType.application("epub+zip"), "EPUB book"),
          Map.entry(MediaType.application("rtf"), "RTF document"));

  /** Images, read by OCR. */
  private static final Map<MediaType, String> IMAGE_TYPES =
      Map.of(
          MediaType.image("png"), "PNG image",
          MediaType.image("jpeg"), "JPEG image",
          MediaType.image("tiff"), "TIFF image");

  private static final MediaType PDF = MediaType.application("pdf");

  private static final Set<String> UNICODE_FAMILIES = Set.of("UTF-8", "UTF-16", "UTF-32");

  private final long maxBytes;
  private final Tesseract tesseract;
  private final java.util.function.IntConsumer pagesRead;

  /**
   * @param maxBytes files larger than this many bytes are refused; must be positive
   */
  public Extractor(long maxBytes) {
    this(maxBytes, null);
  }

  /** With a given Tesseract (null: the installed one, looked up when first needed). */
  public Extractor(long maxBytes, Tesseract tesseract) {
    this(maxBytes, tesseract, null);
  }

  /**
   * With a given Tesseract (null: the installed one, looked up when first needed), telling {@code
   * pagesRead} (null: nobody) of the pages OCR reads as it reads them ({@link
   * Tesseract#tellingPages}).
   */
  public Extractor(long maxBytes, Tesseract tesseract, java.util.function.IntConsumer pagesRead) {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
    }
    this.maxBytes = maxBytes;
    this.tesseract = tesseract;
    this.pagesRead = pagesRead;
  }

  private Tesseract tesseract() {
    Tesseract t = tesseract != null ? tesseract : Tesseract.system();
    return pagesRead == null ? t : t.tellingPages(pagesRead);
  }

  /** Extracts the text of {@code file}, detecting its type and (for plain text) its charset. */
  public Extracted extract(Path file) throws UnusableInputException {
    return extract(file, null);
  }

  /**
   * Extracts the text of {@code file}.
   *
   * @param declaredCharset the encoding the user declared for this file (e.g. {@code cp1251}), or
   *     null to detect it. It is used for plain text and HTML; formats that carry their own
   *     encoding (PDF, DOCX, ...) ignore it.
   */
  public Extracted extract(Path file, String declaredCharset) throws UnusableInputException {
    return extract(file, declaredCharset, OcrSettings.OFF);
  }

  /**
   * Extracts the text of {@code file}, reading images and PDF pages without a text layer by OCR as
   * {@code ocr} says (with the installed {@link Tesseract}).
   */
  public Extracted extract(Path file, String declaredCharset, OcrSettings ocr)
      throws UnusableInputException {
    Charset declared = declaredCharset == null ? null : lookUpCharset(declaredCharset);
    long size = checkReadable(file);
    if (size == 0) {
      throw new UnusableInputException("file is empty");
    }
    if (size > maxBytes) {
      throw new UnusableInputException(tooLargeMessage(size, maxBytes));
    }
    if (obviouslyPlainText(file)) {
      // the common case, without Tika's magic detection (a twentieth of ingestion time)
      return decodeText(readAll(file), declared, MediaType.TEXT_PLAIN.toString());
    }
    MediaType type = detect(file);
    String kind = TIKA_TYPES.get(type);
    if (kind != null) {
      return parseWithTika(file, type, kind, declared, ocr);
    }
    String image = IMAGE_TYPES.get(type);
    if (image != null) {
      if (ocr.mode() == OcrSettings.Mode.NEVER) {
        throw new UnusableInputException(
            "a " + image + " is read by OCR, which is off (--ocr never): not read");
      }
      return OcrReader.image(file, type.toString(), image, ocr, tesseract());
    }
    if (isPlainText(type)) {
      return decodeText(readAll(file), declared, type.toString());
    }
    if (type.equals(MediaType.OCTET_STREAM) && headLooksLikeText(file)) {
      // Tika gives up on unknown extensions with legacy 8-bit text; our decoder can do better.
      return decodeText(readAll(file), declared, MediaType.TEXT_PLAIN.toString());
    }
    throw new UnusableInputException("unsupported file type " + type);
  }

  // ---------------------------------------------------------------------------------------------
  // Reading and type detection

  private static Charset lookUpCharset(String name) throws UnusableInputException {
    try {
      return Charset.forName(name.trim());
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw new UnusableInputException(
          "unknown encoding \"" + name + "\"; use a name such as UTF-8, cp1251, koi8-r or latin1");
    }
  }

  private static long checkReadable(Path file) throws UnusableInputException {
    if (file == null) {
      throw new UnusableInputException("cannot read file: no file given");
    }
    if (Files.isDirectory(file)) {
      throw new UnusableInputException("cannot read file: it is a directory");
    }
    if (!Files.exists(file)) {
      throw new UnusableInputException("cannot read file: no such file");
    }
    if (!Files.isRegularFile(file)) {
      throw new UnusableInputException("cannot read file: not a regular file");
    }
    if (!Files.isReadable(file)) {
      throw new UnusableInputException("cannot read file: permission denied");
    }
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw cannotRead(e);
    }
  }

  private static UnusableInputException cannotRead(IOException e) {
    String reason;
    if (e instanceof NoSuchFileException) {
      reason = "no such file";
    } else if (e instanceof AccessDeniedException) {
      reason = "permission denied";
    } else if (e.getMessage() != null && !e.getMessage().isBlank()) {
      reason = e.getMessage();
    } else {
      reason = e.getClass().getSimpleName();
    }
    return new UnusableInputException("cannot read file: " + reason, 0, e);
  }

  private static byte[] readAll(Path file) throws UnusableInputException {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw cannotRead(e);
    }
    // an OutOfMemoryError goes to the caller: the analyzer tries the file again alone, then
    // names it as too large for the heap
  }

  static String tooLargeMessage(long size, long limit) {
    String s = humanSize(size);
    String l = humanSize(limit);
    if (s.equals(l)) {
      s = size + " bytes";
      l = limit + " bytes";
    }
    return "file is " + s + ", larger than the limit of " + l + " (raise it with --max-file-size)";
  }

  /** Decimal units, as on the command line: 1 MB = 1,000,000 bytes. */
  static String humanSize(long bytes) {
    if (bytes >= 1_000_000) {
      return String.format(Locale.ROOT, "%.1f MB", bytes / 1_000_000.0);
    }
    if (bytes >= 1_000) {
      return String.format(Locale.ROOT, "%.1f kB", bytes / 1_000.0);
    }
    return bytes + (bytes == 1 ? " byte" : " bytes");
  }

  /**
   * A .txt or .text file whose first 8 kB have no NUL byte and no signature of another format (PDF,
   * zip-based office formats, RTF, HTML/XML, a UTF-16/32 byte-order mark) is plain text; everything
   * else goes through Tika's detection.
   */
  private static boolean obviouslyPlainText(Path file) throws UnusableInputException {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (!name.endsWith(".txt") && !name.endsWith(".text")) {
      return false;
    }
    byte[] head = new byte[8192];
    int n;
    try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
      n = in.readNBytes(head, 0, head.length);
    } catch (IOException e) {
      throw cannotRead(e);
    }
    for (int i = 0; i < n; i++) {
      if (head[i] == 0) {
        return false;
      }
    }
    String start = new String(head, 0, Math.min(n, 16), StandardCharsets.ISO_8859_1).stripLeading();
    return !(start.startsWith("%PDF")
        || start.startsWith("PK")
        || start.startsWith("{\\rtf")
        || start.startsWith("<")
        || start.startsWith("\u00fe\u00ff")
        || start.startsWith("\u00ff\u00fe"));
  }

  private static MediaType detect(Path file) throws UnusableInputException {
    Metadata metadata = new Metadata();
    metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
    try (TikaInputStream in = TikaInputStream.get(file, metadata)) {
      MediaType type = TikaHolder.DETECTOR.detect(in, metadata);
      if (type == null) {
        return MediaType.OCTET_STREAM;
      }
      return TikaHolder.REGISTRY.normalize(type.getBaseType());
    } catch (IOException e) {
      throw cannotRead(e);
    } catch (RuntimeException e) {
      throw new UnusableInputException("cannot determine the file type: " + describe(e), 0, e);
    }
  }

  private static boolean isPlainText(MediaType type) {
    return type.equals(MediaType.TEXT_PLAIN)
        || TikaHolder.REGISTRY.isSpecializationOf(type, MediaType.TEXT_PLAIN)
        || "text".equals(type.getType());
  }

  /** True when the first 64 kB look like text in some ASCII-compatible charset. */
  private static boolean headLooksLikeText(Path file) throws UnusableInputException {
    byte[] head = new byte[65536];
    int n = 0;
    try (InputStream in = Files.newInputStream(file)) {
      int r;
      while (n < head.length && (r = in.read(head, n, head.length - n)) > 0) {
        n += r;
      }
    } catch (IOException e) {
      throw cannotRead(e);
    }
    if (n == 0 || startsWithUtf16or32Bom(head, n)) {
      return n > 0;
    }
    int controls = 0;
    for (int i = 0; i < n; i++) {
      int b = head[i] & 0xFF;
      if (b == 0) {
        return false;
      }
      if (isBinaryControl(b)) {
        controls++;
      }
    }
    return controls * 100L <= n;
  }

  private static boolean startsWithUtf16or32Bom(byte[] b, int n) {
    return n >= 2
        && (((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE)
            || ((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF)
            || (n >= 4
                && b[0] == 0
                && b[1] == 0
                && (b[2] & 0xFF) == 0xFE
                && (b[3] & 0xFF) == 0xFF));
  }

  /** Control characters that do not occur in text (tab, line breaks, form feed, ESC do). */
  private static boolean isBinaryControl(int c) {
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x0B && c != 0x1B
            && c != 0x1A)
        || c == 0x7F;
  }

  // ---------------------------------------------------------------------------------------------
  // Tika

  /**
   * What, besides its bytes, decides the text of {@code file} when OCR may read it (an image or a
   * PDF): the OCR settings and Tesseract's version; null for every other file.
   */
  public String ocrStamp(Path file, OcrSettings ocr) {
    return mayNeedOcr(file) ? ocr.stamp(tesseract()) : null;
  }

  /**
   * Whether OCR may be what reads this file (an image, or a PDF), judged from its first bytes: the
   * OCR settings then belong to what decides whether it must be read again.
   */
  public static boolean mayNeedOcr(Path file) {
    byte[] head = new byte[8];
    int n;
    try (InputStream in = Files.newInputStream(file)) {
      n = in.readNBytes(head, 0, head.length);
    } catch (IOException e) {
      return false;
    }
    String h = new String(head, 0, n, StandardCharsets.ISO_8859_1);
    return h.startsWith("%PDF")
        || h.startsWith("\u0089PNG")
        || h.startsWith("\u00ff\u00d8\u00ff")
        || h.startsWith("II*\u0000")
        || h.startsWith("MM\u0000*");
  }

  private Extracted parseWithTika(
      Path file, MediaType type, String kind, Charset declared, OcrSettings ocr)
      throws UnusableInputException {
    Metadata metadata = new Metadata();
    metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
    ParseContext context = new ParseContext();
    // Tika's own OCR stays off: OcrReader OCRs the pages, keeping their boxes and confidences
    TesseractOCRConfig tikaOcr = new TesseractOCRConfig();
    tikaOcr.setSkipOcr(true);
    context.set(TesseractOCRConfig.class, tikaOcr);
    PDFParserConfig pdf = new PDFParserConfig();
    pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
    pdf.setExtractInlineImages(false);
    context.set(PDFParserConfig.class, pdf);
    if (declared != null) {
      EncodingDetector fixed = (in, m) -> declared;
      context.set(EncodingDetector.class, fixed);
    }
    PageSplitter pages = new PageSplitter();
    BodyContentHandler handler = new BodyContentHandler(pages);
    try (TikaInputStream in = TikaInputStream.get(file, metadata)) {
      TikaHolder.PARSER.parse(in, handler, metadata, context);
    } catch (EncryptedDocumentException e) {
      throw new UnusableInputException(
          kind + " is password-protected; remove the protection and try again", 0, e);
    } catch (NoSuchFileException | AccessDeniedException e) {
      throw cannotRead(e);
    } catch (Exception | LinkageError | StackOverflowError e) {
      if (type.equals(PDF) && encryptedForCertificate(e)) {
        throw new UnusableInputException(
            kind
                + " is encrypted for a certificate (public-key security), not with a password;"
                + " remove the protection and try again",
            0,
            e);
      }
      throw new UnusableInputException("not a valid " + kind + ": " + describe(e), 0, e);
    }
    String text = handler.toString();
    if (type.equals(PDF) && (ocr.mode() != OcrSettings.Mode.NEVER || !text.isBlank())) {
      return OcrReader.pdf(file, text, pages.starts(), type.toString(), ocr, tesseract());
    }
    if (text.isBlank()) {
      String hint = type.equals(PDF) ? " (a scanned PDF needs OCR: --ocr auto)" : "";
      throw new UnusableInputException(
          "file is empty: no text could be extracted from this " + kind + hint);
    }
    return new Extracted(text, type.toString(), null);
  }

  /**
   * Whether PDFBox failed in its public-key security handler: a PDF encrypted for the holders of
   * certificates, which opens only with a recipient's private key. PDFBox needs BouncyCastle for
   * that handler, which the distribution leaves out (it is used for nothing else), so there the
   * failure is a missing {@code org.bouncycastle} class rather than a wrong key.
   */
  static boolean encryptedForCertificate(Throwable e) {
    Throwable t = e;
    for (int depth = 0; t != null && depth < 20; depth++, t = t.getCause()) {
      if (t instanceof NoClassDefFoundError
          && String.valueOf(t.getMessage()).startsWith("org/bouncycastle/")) {
        return true;
      }
      for (StackTraceElement f : t.getStackTrace()) {
        if (f.getClassName()
            .equals("org.apache.pdfbox.pdmodel.encryption.PublicKeySecurityHandler")) {
          return true;
        }
      }
    }
    return false;
  }

  /** The most specific message in a chain of causes, for one line of user-facing text. */
  static String describe(Throwable e) {
    String best = null;
    Throwable t = e;
    for (int depth = 0; t != null && depth < 20; depth++, t = t.getCause()) {
      String m = t.getMessage();
      if (m != null && !m.isBlank() && !isWrapperMessage(m)) {
        best = m;
      }
    }
    if (best == null) {
      best =
          e.getMessage() != null && !e.getMessage().isBlank()
              ? e.getMessage()
              : e.getClass().getSimpleName();
    }
    return UnusableInputException.oneLine(best);
  }

  /** Messages such as "java.io.IOException: ..." that Java builds when wrapping a cause. */
  private static boolean isWrapperMessage(String m) {
    return m.matches("^(?:[a-z_$][\\w$]*\\.)+[A-Z][\\w$]*(?:: .*)?$") && m.contains("Exception");
  }

  /** Tika's configuration is costly to load (about a second), so it is loaded once, lazily. */
  private static final class TikaHolder {
    static final TikaConfig CONFIG = TikaConfig.getDefaultConfig();
    static final Detector DETECTOR = CONFIG.getDetector();
    static final MediaTypeRegistry REGISTRY = CONFIG.getMediaTypeRegistry();
    static final AutoDetectParser PARSER = new AutoDetectParser(CONFIG);
  }

  /**
   * POI logs through Log4j's API, which prints "could not find a logging provider" to stderr when
   * no Log4j implementation is present. Unless the application configured Log4j itself, route it to
   * the API's built-in simple logger, switched off.
   */
  private static void quietLog4j() {
    try {
      if (System.getProperty("log4j2.loggerContextFactory") != null
          || System.getProperty("log4j.provider") != null
          || System.getProperty("log4j2.provider") != null) {
        return;
      }
      try {
        Class.forName(
            "org.apache.logging.log4j.core.LoggerContext", false, Extractor.class.getClassLoader());
        return; // a real Log4j is there: leave it alone
      } catch (ClassNotFoundException expected) {
        // no implementation: quiet the API
      }
      System.setProperty(
          "log4j2.loggerContextFactory",
          "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
      if (System.getProperty("org.apache.logging.log4j.simplelog.level") == null) {
        System.setProperty("org.apache.logging.log4j.simplelog.level", "OFF");
      }
    } catch (SecurityException ignored) {
      // cannot set properties: Log4j may print one line, no harm done
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Plain text

  private record Bom(Charset charset, int length) {}

  private static Bom bom(byte[] b) {
    int n = b.length;
    int b0 = n > 0 ? b[0] & 0xFF : -1;
    int b1 = n > 1 ? b[1] & 0xFF : -1;
    int b2 = n > 2 ? b[2] & 0xFF : -1;
    int b3 = n > 3 ? b[3] & 0xFF : -1;
    if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
      return new Bom(StandardCharsets.UTF_8, 3);
    }
    if (b0 == 0 && b1 == 0 && b2 == 0xFE && b3 == 0xFF && n % 4 == 0) {
      return new Bom(Charset.forName("UTF-32BE"), 4);
    }
    if (b0 == 0xFF && b1 == 0xFE && b2 == 0 && b3 == 0 && n % 4 == 0) {
      return new Bom(Charset.forName("UTF-32LE"), 4);
    }
    if (b0 == 0xFE && b1 == 0xFF) {
      return new Bom(StandardCharsets.UTF_16BE, 2);
    }
    if (b0 == 0xFF && b1 == 0xFE) {
      return new Bom(StandardCharsets.UTF_16LE, 2);
    }
    return null;
  }

  private static String family(Charset cs) {
    String name = cs.name().toUpperCase(Locale.ROOT);
    for (String f : UNICODE_FAMILIES) {
      if (name.startsWith(f)) {
        return f;
      }
    }
    return name;
  }

  private static Extracted decodeText(byte[] b, Charset declared, String mediaType)
      throws UnusableInputException {
    Bom bom = bom(b);
    Charset cs;
    int offset = 0;
    if (declared != null) {
      if (bom != null) {
        if (!family(bom.charset()).equals(family(declared))) {
          throw new UnusableInputException(
              "file starts with a "
                  + bom.charset().name()
                  + " byte-order mark but its encoding is declared as "
                  + declared.name()
                  + "; remove the encoding from sources.yaml");
        }
        cs = bom.charset();
        offset = bom.length();
      } else {
        cs = declared;
      }
    } else if (bom != null) {
      cs = bom.charset();
      offset = bom.length();
    } else {
      checkRawBytesAreText(b);
      Utf8Scan scan = Utf8Scan.of(b);
      if (scan.firstInvalid < 0) {
        cs = StandardCharsets.UTF_8;
      } else if (scan.validMultiByte > 0 && scan.validMultiByte * 4L >= scan.invalidBytes) {
        throw new UnusableInputException(
            "invalid UTF-8 at line "
                + scan.invalidLine
                + " (byte offset "
                + scan.firstInvalid
                + "); re-save the file as UTF-8 or declare its encoding in sources.yaml"
                + " (encoding: cp1251)",
            scan.invalidLine);
      } else {
        cs = LegacyCharsets.guess(b);
      }
    }
    if (offset == b.length) {
      throw new UnusableInputException("file is empty");
    }
    String text = new String(b, offset, b.length - offset, cs);
    if (text.indexOf('\uFFFD') >= 0) {
      checkStrictly(b, offset, cs, declared != null);
    }
    checkDecodedText(text);
    return new Extracted(text, mediaType, cs.name());
  }

  /** NUL bytes, or many control bytes, mean this is not text in an ASCII-compatible charset. */
  private static void checkRawBytesAreText(byte[] b) throws UnusableInputException {
    long controls = 0;
    for (byte x : b) {
      int c = x & 0xFF;
      if (c == 0) {
        String utf16 = utf16WithoutBom(b);
        throw new UnusableInputException(
            "file is not text (binary content)"
                + (utf16 == null
                    ? ""
                    : "; if it is "
                        + utf16
                        + " text without a byte-order mark, declare"
                        + " encoding: "
                        + utf16
                        + " in sources.yaml"));
      }
      if (c < 0x20 || c == 0x7F) {
        if (isBinaryControl(c)) {
          controls++;
        }
      }
    }
    if (controls * 20 > b.length) {
      throw new UnusableInputException("file is not text (binary content)");
    }
  }

  /** "UTF-16LE" or "UTF-16BE" when the NUL bytes look like ASCII text in UTF-16, else null. */
  private static String utf16WithoutBom(byte[] b) {
    int n = Math.min(b.length, 65536) & ~1;
    if (n < 4) {
      return null;
    }
    int evenZeros = 0;
    int oddZeros = 0;
    for (int i = 0; i < n; i += 2) {
      if (b[i] == 0) {
        evenZeros++;
      }
      if (b[i + 1] == 0) {
        oddZeros++;
      }
    }
    int pairs = n / 2;
    if (oddZeros * 10 >= pairs * 6 && evenZeros * 20 <= pairs) {
      return "UTF-16LE";
    }
    if (evenZeros * 10 >= pairs * 6 && oddZeros * 20 <= pairs) {
      return "UTF-16BE";
    }
    return null;
  }

  private static void checkDecodedText(String text) throws UnusableInputException {
    if (text.isBlank()) {
      throw new UnusableInputException("file is empty");
    }
    long controls = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
        if (c == 0) {
          throw new UnusableInputException("file is not text (binary content)");
        }
        if (c >= 0x7F || isBinaryControl(c)) {
          controls++;
        }
      }
    }
    if (controls * 20 > n) {
      throw new UnusableInputException("file is not text (binary content)");
    }
  }

  /**
   * Decodes again, reporting errors, to find where the bytes are not valid in {@code cs}. Throws if
   * they are not; returns if the replacement characters were in the file itself.
   */
  private static void checkStrictly(byte[] b, int offset, Charset cs, boolean declared)
      throws UnusableInputException {
    CharsetDecoder decoder =
        cs.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(b, offset, b.length - offset);
    CharBuffer out = CharBuffer.allocate(8192);
    int line = 1;
    while (true) {
      CoderResult r = decoder.decode(in, out, true);
      if (r.isUnderflow()) {
        r = decoder.flush(out);
      }
      out.flip();
      for (int i = 0; i < out.limit(); i++) {
        if (out.get(i) == '\n') {
          line++;
        }
      }
      out.clear();
      if (r.isError()) {
        int at = in.position();
        String how = declared ? "the encoding declared in sources.yaml" : "the detected encoding";
        String fix =
            declared
                ? "correct the encoding in sources.yaml or re-save the file as UTF-8"
                : "re-save the file as UTF-8 or declare its encoding in sources.yaml";
        throw new UnusableInputException(
            String.format(
                Locale.ROOT,
                "byte 0x%02X at line %d (byte offset %d) is not valid %s, %s; %s",
                b[at] & 0xFF,
                line,
                at,
                cs.name(),
                how,
                fix),
            line);
      }
      if (r.isUnderflow()) {
        return;
      }
      if (!r.isOverflow()) {
        try {
          r.throwException();
        } catch (CharacterCodingException e) {
          throw new UnusableInputException("cannot decode the file as " + cs.name(), 0, e);
        }
      }
    }
  }

  /** One pass over the bytes: are they UTF-8, and if not, how nearly. */
  static final class Utf8Scan {
    /** Byte offset of the first byte that is not part of valid UTF-8, or -1. */
    long firstInvalid = -1;

    /** The 1-based line of {@link #firstInvalid}. */
    int invalidLine;

    long validMultiByte;
    long invalidBytes;

    static Utf8Scan of(byte[] b) {
      Utf8Scan s = new Utf8Scan();
      int n = b.length;
      int line = 1;
      int i = 0;
      while (i < n) {
        int c = b[i];
        if (c >= 0) {
          if (c == '\n') {
            line++;
          }
          i++;
          continue;
        }
        int len = sequenceLength(b, i, n);
        if (len > 0) {
          s.validMultiByte++;
          i += len;
        } else {
          if (s.firstInvalid < 0) {
            s.firstInvalid = i;
            s.invalidLine = line;
          }
          s.invalidBytes++;
          i++;
        }
      }
      return s;
    }

    /** Length of the valid multi-byte sequence starting at {@code i}, or 0 if it is invalid. */
    private static int sequenceLength(byte[] b, int i, int n) {
      int b0 = b[i] & 0xFF;
      if (b0 >= 0xC2 && b0 <= 0xDF) {
        return i + 1 < n && isCont(b[i + 1]) ? 2 : 0;
      }
      if (b0 >= 0xE0 && b0 <= 0xEF) {
        if (i + 2 >= n) {
          return 0;
        }
        int b1 = b[i + 1] & 0xFF;
        boolean ok1 =
            b0 == 0xE0
                ? b1 >= 0xA0 && b1 <= 0xBF
                : b0 == 0xED ? b1 >= 0x80 && b1 <= 0x9F : isCont(b[i + 1]);
        return ok1 && isCont(b[i + 2]) ? 3 : 0;
      }
      if (b0 >= 0xF0 && b0 <= 0xF4) {
        if (i + 3 >= n) {
          return 0;
        }
        int b1 = b[i + 1] & 0xFF;
        boolean ok1 =
            b0 == 0xF0
                ? b1 >= 0x90 && b1 <= 0xBF
                : b0 == 0xF4 ? b1 >= 0x80 && b1 <= 0x8F : isCont(b[i + 1]);
        return ok1 && isCont(b[i + 2]) && isCont(b[i + 3]) ? 4 : 0;
      }
      return 0;
    }

    private static boolean isCont(byte x) {
      return (x & 0xC0) == 0x80;
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Legacy 8-bit charsets

  /**
   * Guesses the charset of text that is not UTF-8 and has no byte-order mark.
   *
   * <p>ICU4J's detector (and Tika's copy of it, and juniversalchardet) get most Russian sentences
   * of a few words wrong (Big5, ISO-8859-7, Shift_JIS, or the wrong one of windows-1251 and
   * KOI8-R), so Cyrillic is decided here: words made only of non-ASCII bytes are a sign of a
   * non-Latin script; each Cyrillic candidate is then scored by the Russian letter frequencies and
   * the letter case pattern of the words it decodes to (KOI8-R read as windows-1251 swaps the case:
   * "пРИВЕТ"). Words that mix ASCII letters with non-ASCII bytes are a sign of a Latin script
   * (garçon, Brücke); there ICU4J chooses among the Latin charsets.
   */
  static final class LegacyCharsets {
    private LegacyCharsets() {}

    static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
    static final Charset KOI8_R = Charset.forName("KOI8-R");
    static final Charset IBM866 = charsetOrNull("IBM866");
    static final Charset ISO_8859_1 = StandardCharsets.ISO_8859_1;
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private static final Set<String> LATIN_CHARSETS =
        Set.of(
            "ISO-8859-1",
            "windows-1252",
            "ISO-8859-2",
            "windows-1250",
            "ISO-8859-9",
            "windows-1254");

    /** Relative frequencies of Russian letters, а..я (ё separately). */
    private static final double[] RUSSIAN = {
      0.0801, 0.0159, 0.0454, 0.0170, 0.0298, 0.0845, 0.0094, 0.0165, // а б в г д е ж з
      0.0735, 0.0121, 0.0349, 0.0440, 0.0321, 0.0670, 0.1097, 0.0281, // и й к л м н о п
      0.0473, 0.0547, 0.0626, 0.0262, 0.0026, 0.0097, 0.0048, 0.0144, // р с т у ф х ц ч
      0.0073, 0.0036, 0.0004, 0.0190, 0.0174, 0.0032, 0.0064, 0.0201 // ш щ ъ ы ь э ю я
    };

    private static final String PUNCTUATION = "«»„“”‘’‚–—…•№§©®°±·\u00A0™€‰";

    private static final Set<String> CYRILLIC_CHARSETS =
        Set.of("windows-1251", "KOI8-R", "ISO-8859-5", "IBM866");

    /** Below this many non-ASCII bytes ICU4J's guesses are too often wrong to be trusted. */
    static final int MIN_HIGH_FOR_ICU = 80;

    /** Average score per non-ASCII byte above which a Cyrillic reading is accepted. */
    static final double PLAUSIBLE = -5.0;

    static Charset guess(byte[] b) {
      long latin = 0;
      long nonLatin = 0;
      long high = 0;
      int n = b.length;
      int i = 0;
      while (i < n) {
        if (!isWordByte(b[i])) {
          if (b[i] < 0) {
            high++;
          }
          i++;
          continue;
        }
        int start = i;
        int ascii = 0;
        int wordHigh = 0;
        while (i < n && isWordByte(b[i])) {
          if (b[i] < 0) {
            wordHigh++;
          } else {
            ascii++;
          }
          i++;
        }
        high += wordHigh;
        if (wordHigh == 0) {
          continue;
        }
        if (ascii > 0) {
          latin += wordHigh;
        } else if (i - start >= 2) {
          nonLatin += wordHigh;
        }
      }
      com.ibm.icu.text.CharsetMatch[] icu = icuMatches(b);
      if (high >= MIN_HIGH_FOR_ICU) {
        // On a long enough text ICU4J reliably recognises Greek, Hebrew, Arabic, CJK, ...
        for (com.ibm.icu.text.CharsetMatch m : icu) {
          if (m.getName().startsWith("UTF-")) {
            continue;
          }
          if (m.getConfidence() >= 50
              && !CYRILLIC_CHARSETS.contains(m.getName())
              && !LATIN_CHARSETS.contains(m.getName())) {
            Charset cs = javaCharset(m.getName());
            if (cs != null) {
              return cs;
            }
          }
          break;
        }
      }
      if (nonLatin > latin) {
        Charset best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (Charset cs : new Charset[] {WINDOWS_1251, KOI8_R, IBM866}) {
          if (cs == null) {
            continue;
          }
          double s = cyrillicScore(b, cs);
          if (s > bestScore) {
            bestScore = s;
            best = cs;
          }
        }
        if (bestScore >= PLAUSIBLE) {
          return best;
        }
        Charset other = firstMatch(icu, null, 10);
        return other != null ? other : best;
      }
      Charset cs = firstMatch(icu, LATIN_CHARSETS, 1);
      if (cs == null || cs.equals(ISO_8859_1) || cs.equals(WINDOWS_1252)) {
        return hasC1Bytes(b) ? WINDOWS_1252 : ISO_8859_1;
      }
      return cs;
    }

    /** ASCII letters and all non-ASCII bytes make up words. */
    private static boolean isWordByte(byte x) {
      return x < 0 || (x >= 'a' && x <= 'z') || (x >= 'A' && x <= 'Z');
    }

    private static boolean hasC1Bytes(byte[] b) {
      for (byte x : b) {
        int c = x & 0xFF;
        if (c >= 0x80 && c <= 0x9F) {
          return true;
        }
      }
      return false;
    }

    /**
     * Average plausibility, per non-ASCII byte, of {@code b} read as Russian in {@code cs}: the log
     * frequency of each letter, a fixed cost for punctuation, a high one for anything else, and a
     * penalty for each word with a lower-case letter followed by an upper-case one.
     */
    static double cyrillicScore(byte[] b, Charset cs) {
      char[] table = highTable(cs);
      double[] cost = new double[128];
      for (int k = 0; k < 128; k++) {
        cost[k] = charCost(table[k]);
      }
      double score = 0;
      long high = 0;
      boolean inWord = false;
      boolean sawLower = false;
      boolean badCase = false;
      for (int i = 0; i <= b.length; i++) {
        char c;
        if (i == b.length) {
          c = ' ';
        } else if (b[i] < 0) {
          int k = b[i] & 0x7F;
          c = table[k];
          score += cost[k];
          high++;
        } else {
          c = (char) b[i];
        }
        if (Character.isLetter(c)) {
          if (!inWord) {
            inWord = true;
            sawLower = false;
            badCase = false;
          }
          if (Character.isLowerCase(c)) {
            sawLower = true;
          } else if (sawLower && Character.isUpperCase(c)) {
            badCase = true;
          }
        } else if (inWord) {
          inWord = false;
          if (badCase) {
            score -= 4;
          }
        }
      }
      return high == 0 ? 0 : score / high;
    }

    private static double charCost(char c) {
      char lower = Character.toLowerCase(c);
      if (lower >= 'а' && lower <= 'я') {
        return Math.log(RUSSIAN[lower - 'а']);
      }
      switch (lower) {
        case 'ё':
          return Math.log(0.002);
        case 'і':
          return Math.log(0.005);
        case 'ї':
        case 'є':
        case 'ў':
          return Math.log(0.001);
        default:
          break;
      }
      if (Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC) {
        return Math.log(0.0005);
      }
      if (PUNCTUATION.indexOf(c) >= 0) {
        return -5;
      }
      return -12;
    }

    private static char[] highTable(Charset cs) {
      byte[] high = new byte[128];
      for (int k = 0; k < 128; k++) {
        high[k] = (byte) (0x80 + k);
      }
      char[] table = new String(high, cs).toCharArray();
      return table.length == 128 ? table : Arrays.copyOf(table, 128);
    }

    private static com.ibm.icu.text.CharsetMatch[] icuMatches(byte[] b) {
      try {
        com.ibm.icu.text.CharsetDetector detector = new com.ibm.icu.text.CharsetDetector();
        detector.setText(sample(b, 256 * 1024));
        com.ibm.icu.text.CharsetMatch[] matches = detector.detectAll();
        return matches == null ? new com.ibm.icu.text.CharsetMatch[0] : matches;
      } catch (RuntimeException e) {
        return new com.ibm.icu.text.CharsetMatch[0];
      }
    }

    /**
     * ICU4J's best guess among {@code allowed} (or, when null, among all the charsets Java knows
     * except UTF-16/32 without a byte-order mark) with at least {@code minConfidence}.
     */
    private static Charset firstMatch(
        com.ibm.icu.text.CharsetMatch[] matches, Set<String> allowed, int minConfidence) {
      for (com.ibm.icu.text.CharsetMatch m : matches) {
        String name = m.getName();
        if (allowed != null ? !allowed.contains(name) : name.startsWith("UTF-")) {
          continue;
        }
        Charset cs = javaCharset(name);
        if (cs != null && m.getConfidence() >= minConfidence) {
          return cs;
        }
      }
      return null;
    }

    private static Charset javaCharset(String icuName) {
      String name = icuName;
      if (name.endsWith("-I")) {
        name = name.substring(0, name.length() - 2); // ISO-8859-8-I: logical order
      }
      Charset cs = charsetOrNull(name);
      return cs != null && cs.canEncode() ? cs : null;
    }

    /** Lines that contain non-ASCII bytes, up to {@code max} bytes. */
    private static byte[] sample(byte[] b, int max) {
      if (b.length <= max) {
        return b;
      }
      byte[] out = new byte[max];
      int o = 0;
      int start = 0;
      boolean high = false;
      for (int i = 0; i < b.length && o < max; i++) {
        if (b[i] < 0) {
          high = true;
        }
        if (b[i] == '\n' || i == b.length - 1 || i - start >= 4096) {
          if (high) {
            int len = Math.min(i + 1 - start, max - o);
            System.arraycopy(b, start, out, o, len);
            o += len;
          }
          start = i + 1;
          high = false;
        }
      }
      return o == max ? out : Arrays.copyOf(out, o);
    }

    private static Charset charsetOrNull(String name) {
      try {
        return Charset.forName(name);
      } catch (IllegalArgumentException e) {
        return null;
      }
    }
  }
}
