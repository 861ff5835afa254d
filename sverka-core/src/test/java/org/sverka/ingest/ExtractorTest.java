package org.sverka.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.ProtectionPolicy;
import org.apache.pdfbox.pdmodel.encryption.PublicKeyProtectionPolicy;
import org.apache.pdfbox.pdmodel.encryption.PublicKeyRecipient;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExtractorTest {
  private static final Charset CP1251 = Charset.forName("windows-1251");
  private static final Charset KOI8_R = Charset.forName("KOI8-R");

  private static final String RUSSIAN_SHORT = "Свидетель утверждает обратное.";
  private static final String RUSSIAN_TWO =
      "Письмо от 12 марта 1921 г. Здравствуйте, Анна Сергеевна!\r\nМы получили ваше письмо.\r\n";
  private static final String RUSSIAN_LONG =
      "Свидетель показал, что видел обвиняемого возле дома около полуночи.\n"
          + "Однако другие очевидцы утверждают, что в это время он находился в Москве у своей"
          + " сестры, и это подтверждается письмами того периода.\n"
          + "Газета «Правда» сообщила об этом лишь через неделю — 19 марта.\n"
          + "ТЕЛЕГРАММА. ПРИБЫВАЮ ЗАВТРА ВЕЧЕРОМ. ВСТРЕЧАЙТЕ.\n"
          + "Историки до сих пор спорят о достоверности этих показаний; ещё не всё ясно.\n";

  @TempDir Path dir;

  private final Extractor extractor = new Extractor(60_000_000L);

  // --- plain text and charsets -------------------------------------------------------------

  @Test
  void utf8() throws Exception {
    String text = "Hello, мир!\r\nÇa va? 日本語\n\tend";
    Extracted e = extractor.extract(write("a.txt", text.getBytes(StandardCharsets.UTF_8)));
    assertThat(e.text()).isEqualTo(text);
    assertThat(e.mediaType()).isEqualTo("text/plain");
    assertThat(e.charset()).isEqualTo("UTF-8");
  }

  @Test
  void pureAsciiIsUtf8() throws Exception {
    Extracted e = extractor.extract(write("notes.md", "# Title\n\nJust ASCII.\n".getBytes()));
    assertThat(e.text()).isEqualTo("# Title\n\nJust ASCII.\n");
    assertThat(e.charset()).isEqualTo("UTF-8");
    assertThat(e.mediaType()).startsWith("text/");
  }

  @Test
  void utf8WithBom() throws Exception {
    byte[] body = "Привет\r\nмир\r\n".getBytes(StandardCharsets.UTF_8);
    Extracted e = extractor.extract(write("bom.txt", concat(bytes(0xEF, 0xBB, 0xBF), body)));
    assertThat(e.text()).isEqualTo("Привет\r\nмир\r\n");
    assertThat(e.charset()).isEqualTo("UTF-8");
  }

  @Test
  void utf16LeWithBom() throws Exception {
    byte[] body = "Привет, мир\r\nline two €".getBytes(StandardCharsets.UTF_16LE);
    Extracted e = extractor.extract(write("le.txt", concat(bytes(0xFF, 0xFE), body)));
    assertThat(e.text()).isEqualTo("Привет, мир\r\nline two €");
    assertThat(e.charset()).isEqualTo("UTF-16LE");
    assertThat(e.mediaType()).isEqualTo("text/plain");
  }

  @Test
  void utf16BeWithBom() throws Exception {
    byte[] body = "Grüße aus Köln\nи Москвы".getBytes(StandardCharsets.UTF_16BE);
    Extracted e = extractor.extract(write("be.txt", concat(bytes(0xFE, 0xFF), body)));
    assertThat(e.text()).isEqualTo("Grüße aus Köln\nи Москвы");
    assertThat(e.charset()).isEqualTo("UTF-16BE");
  }

  @Test
  void utf32LeWithBom() throws Exception {
    byte[] body = "Hello 𝄞 мир".getBytes(Charset.forName("UTF-32LE"));
    Extracted e = extractor.extract(write("u32.txt", concat(bytes(0xFF, 0xFE, 0, 0), body)));
    assertThat(e.text()).isEqualTo("Hello 𝄞 мир");
    assertThat(e.charset()).isEqualTo("UTF-32LE");
  }

  @ParameterizedTest
  @ValueSource(strings = {RUSSIAN_SHORT, RUSSIAN_TWO, RUSSIAN_LONG})
  void cp1251Russian(String text) throws Exception {
    Extracted e = extractor.extract(write("ru.txt", text.getBytes(CP1251)));
    assertThat(e.text()).isEqualTo(text);
    assertThat(e.charset()).isEqualTo("windows-1251");
    assertThat(e.mediaType()).isEqualTo("text/plain");
  }

  @ParameterizedTest
  @ValueSource(strings = {RUSSIAN_SHORT, RUSSIAN_TWO})
  void koi8rRussian(String text) throws Exception {
    Extracted e = extractor.extract(write("ru.txt", text.getBytes(KOI8_R)));
    assertThat(e.text()).isEqualTo(text);
    assertThat(e.charset()).isEqualTo("KOI8-R");
  }

  @Test
  void koi8rRussianLong() throws Exception {
    // KOI8-R has no «» or —: use a text it can encode.
    String text = RUSSIAN_LONG.replace('«', '"').replace('»', '"').replace('—', '-');
    Extracted e = extractor.extract(write("ru.txt", text.getBytes(KOI8_R)));
    assertThat(e.text()).isEqualTo(text);
    assertThat(e.charset()).isEqualTo("KOI8-R");
  }

  @Test
  void ibm866Russian() throws Exception {
    Extracted e = extractor.extract(write("dos.txt", RUSSIAN_TWO.getBytes("IBM866")));
    assertThat(e.text()).isEqualTo(RUSSIAN_TWO);
    assertThat(e.charset()).isEqualTo("IBM866");
  }

  /** Short texts are where the stock detectors fail; the heuristic must get these right. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "Да.",
        "Нет",
        "Москва",
        "Иван Петров",
        "Всё хорошо.",
        "Он пошёл домой.",
        "Протокол № 5",
        "Яблоко упало.",
        "Эх, жизнь!",
        "Ещё не вечер.",
        "СОВЕРШЕННО СЕКРЕТНО",
        "ДОКЛАД О ПОЛОЖЕНИИ ДЕЛ",
        "НКВД СССР. Приказ.",
        "Дело № 1234/56, лист 7.",
        "The witness Иванов said so.",
        "Архив: ф. 17, оп. 3, д. 45, л. 12 об."
      })
  void shortRussianInBothEncodings(String text) throws Exception {
    for (Charset cs : new Charset[] {CP1251, KOI8_R}) {
      if (!cs.newEncoder().canEncode(text)) {
        continue;
      }
      Extracted e = extractor.extract(write("short-" + cs.name() + ".txt", text.getBytes(cs)));
      assertThat(e.text()).as("%s in %s", text, cs).isEqualTo(text);
      assertThat(e.charset()).as("%s in %s", text, cs).isEqualTo(cs.name());
    }
  }

  @Test
  void greekIsNotMistakenForCyrillicWhenLongEnough() throws Exception {
    String text =
        "Η Αθήνα είναι η πρωτεύουσα της Ελλάδας και η μεγαλύτερη πόλη της χώρας. Ο πληθυσμός"
            + " της είναι περίπου τρία εκατομμύρια κάτοικοι. Η ιστορία της πόλης ξεκινά πριν από"
            + " τρεις χιλιάδες χρόνια.";
    Extracted e = extractor.extract(write("gr.txt", text.getBytes("ISO-8859-7")));
    assertThat(e.text()).isEqualTo(text);
  }

  @Test
  void utf8WithoutExtension() throws Exception {
    Extracted e = extractor.extract(write("NOTES", RUSSIAN_TWO.getBytes(StandardCharsets.UTF_8)));
    assertThat(e.text()).isEqualTo(RUSSIAN_TWO);
    assertThat(e.charset()).isEqualTo("UTF-8");
  }

  @Test
  void utf16WithoutBomIsRefusedWithAHint() throws Exception {
    Path p = write("u16.txt", "Plain ASCII in UTF-16".getBytes(StandardCharsets.UTF_16LE));
    assertRefused(() -> extractor.extract(p), "file is not text (binary content)", "UTF-16LE");
    Extracted e = extractor.extract(p, "UTF-16LE");
    assertThat(e.text()).isEqualTo("Plain ASCII in UTF-16");
  }

  @Test
  void legacyTextWithOneAccidentalUtf8Sequence() throws Exception {
    // "шё" in KOI8-R is DB A3, a valid UTF-8 sequence; the rest is plainly not UTF-8.
    String text = "Он пошёл домой, и всё стало ясно. Ещё одно письмо пришло утром.";
    Extracted e = extractor.extract(write("koi.txt", text.getBytes(KOI8_R)));
    assertThat(e.text()).isEqualTo(text);
  }

  @Test
  void latin1French() throws Exception {
    String text = "Le garçon a mangé une pêche à côté de l'église.\nÇa a été très intéressant.\n";
    Extracted e = extractor.extract(write("fr.txt", text.getBytes(StandardCharsets.ISO_8859_1)));
    assertThat(e.text()).isEqualTo(text);
    assertThat(e.charset()).isIn("ISO-8859-1", "windows-1252");
  }

  @Test
  void latin1German() throws Exception {
    String text = "Über die Brücke gehen die Mädchen, schön und müde. Äußerst groß!";
    Extracted e = extractor.extract(write("de.txt", text.getBytes(StandardCharsets.ISO_8859_1)));
    assertThat(e.text()).isEqualTo(text);
    assertThat(e.charset()).isIn("ISO-8859-1", "windows-1252");
  }

  @Test
  void windows1252Quotes() throws Exception {
    String text = "“Quoted” – text… with € and café.";
    Extracted e = extractor.extract(write("q.txt", text.getBytes("windows-1252")));
    assertThat(e.text()).isEqualTo(text);
    assertThat(e.charset()).isEqualTo("windows-1252");
  }

  @Test
  void legacyTextWithoutExtension() throws Exception {
    Extracted e = extractor.extract(write("README", RUSSIAN_TWO.getBytes(CP1251)));
    assertThat(e.text()).isEqualTo(RUSSIAN_TWO);
    assertThat(e.mediaType()).isEqualTo("text/plain");
  }

  @Test
  void declaredCharsetWinsOverDetection() throws Exception {
    // Detection would say windows-1251; the user says KOI8-R and gets what they asked for.
    byte[] bytes = RUSSIAN_SHORT.getBytes(CP1251);
    Extracted e = extractor.extract(write("ru.txt", bytes), "koi8-r");
    assertThat(e.charset()).isEqualTo("KOI8-R");
    assertThat(e.text()).isEqualTo(new String(bytes, KOI8_R));
    Extracted right = extractor.extract(write("ru2.txt", bytes), "cp1251");
    assertThat(right.text()).isEqualTo(RUSSIAN_SHORT);
    assertThat(right.charset()).isEqualTo("windows-1251");
  }

  @Test
  void declaredUtf8StripsBom() throws Exception {
    byte[] body = "текст".getBytes(StandardCharsets.UTF_8);
    Extracted e = extractor.extract(write("b.txt", concat(bytes(0xEF, 0xBB, 0xBF), body)), "utf8");
    assertThat(e.text()).isEqualTo("текст");
  }

  @Test
  void declaredCharsetConflictingWithBom() throws Exception {
    byte[] body = "текст".getBytes(StandardCharsets.UTF_8);
    Path p = write("b.txt", concat(bytes(0xEF, 0xBB, 0xBF), body));
    assertRefused(() -> extractor.extract(p, "cp1251"), "byte-order mark", "windows-1251");
  }

  @Test
  void unknownDeclaredCharset() throws Exception {
    Path p = write("a.txt", "abc".getBytes());
    assertRefused(() -> extractor.extract(p, "no-such-encoding"), "unknown encoding");
  }

  @Test
  void declaredUtf8ButInvalid() throws Exception {
    byte[] b = concat("line one\nline two\nca".getBytes(), bytes(0xE9), "\n".getBytes());
    Path p = write("a.txt", b);
    UnusableInputException e = assertRefused(() -> extractor.extract(p, "UTF-8"), "line 3");
    assertThat(e.line()).isEqualTo(3);
  }

  @Test
  void invalidUtf8NamesTheLine() throws Exception {
    byte[] good = "первая строка\nвторая строка\nтретья: ".getBytes(StandardCharsets.UTF_8);
    byte[] bad = "испорчена".getBytes(CP1251);
    Path p = write("bad.txt", concat(good, bad, "\nчетвёртая\n".getBytes(StandardCharsets.UTF_8)));
    UnusableInputException e =
        assertRefused(
            () -> extractor.extract(p),
            "invalid UTF-8 at line 3 (byte offset " + good.length + ")",
            "re-save the file as UTF-8 or declare its encoding in sources.yaml (encoding: cp1251)");
    assertThat(e.line()).isEqualTo(3);
  }

  @Test
  void emptyFile() throws Exception {
    assertRefused(() -> extractor.extract(write("empty.txt", new byte[0])), "file is empty");
  }

  @Test
  void whitespaceOnlyFile() throws Exception {
    Path p = write("blank.txt", " \r\n\t\n   \n".getBytes());
    assertRefused(() -> extractor.extract(p), "file is empty");
  }

  @Test
  void bomOnlyFile() throws Exception {
    Path p = write("bom.txt", bytes(0xEF, 0xBB, 0xBF));
    assertRefused(() -> extractor.extract(p), "file is empty");
  }

  @Test
  void nulBytesInTextFile() throws Exception {
    Path p = write("bin.txt", "some\0text\0with\0nuls".getBytes());
    assertRefused(() -> extractor.extract(p), "file is not text (binary content)");
  }

  @Test
  void randomBytesNamedTxt() throws Exception {
    Path p = write("random.txt", randomBytes(4096, 7));
    UnusableInputException e = assertRefused(() -> extractor.extract(p));
    assertThat(e.getMessage()).containsAnyOf("binary content", "unsupported file type");
  }

  @Test
  void controlCharactersInTextFile() throws Exception {
    byte[] b = new byte[400];
    for (int i = 0; i < b.length; i++) {
      b[i] = (byte) (i % 3 == 0 ? 0x01 : 'a');
    }
    assertRefused(() -> extractor.extract(write("ctl.txt", b)), "binary content");
  }

  // --- Tika formats -------------------------------------------------------------------------

  @Test
  void realPdf() throws Exception {
    Path p = write("doc.pdf", pdf(1, "The witness statement of 1921"));
    Extracted e = extractor.extract(p);
    assertThat(e.text()).contains("The witness statement of 1921");
    assertThat(e.mediaType()).isEqualTo("application/pdf");
    assertThat(e.charset()).isNull();
  }

  @Test
  void pdfWithoutExtensionIsDetectedByMagic() throws Exception {
    Extracted e = extractor.extract(write("scan-0001", pdf(1, "Detected by magic")));
    assertThat(e.mediaType()).isEqualTo("application/pdf");
    assertThat(e.text()).contains("Detected by magic");
  }

  @Test
  void randomBytesNamedPdf() throws Exception {
    Path p = write("fake.pdf", randomBytes(5000, 42));
    assertRefused(() -> extractor.extract(p), "not a valid PDF: ");
  }

  @Test
  void truncatedPdf() throws Exception {
    byte[] full = pdf(6, "Page text that goes on for a while");
    Path p = write("half.pdf", Arrays.copyOf(full, full.length / 2));
    try {
      Extracted e = extractor.extract(p);
      assertThat(e.mediaType()).isEqualTo("application/pdf");
      assertThat(e.text()).contains("Page text");
    } catch (UnusableInputException e) {
      assertOneLine(e);
      assertThat(e.getMessage()).matches("(not a valid PDF: .+|file is empty: .*PDF.*)");
    }
  }

  @Test
  void pdfWithAnEmptyUserPasswordIsRead() throws Exception {
    StandardProtectionPolicy policy =
        new StandardProtectionPolicy("owner-secret", "", new AccessPermission());
    policy.setEncryptionKeyLength(256);
    Path p = write("opens.pdf", encrypted(pdf(1, "Read without a password"), policy));
    assertThat(extractor.extract(p).text()).contains("Read without a password");
  }

  @Test
  void pdfWithAUserPasswordIsRefused() throws Exception {
    StandardProtectionPolicy policy =
        new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
    policy.setEncryptionKeyLength(128);
    Path p = write("locked.pdf", encrypted(pdf(1, "Locked"), policy));
    assertRefused(() -> extractor.extract(p), "PDF is password-protected");
  }

  /** The same one line with BouncyCastle (here) as without it (the distribution). */
  @Test
  void pdfEncryptedForACertificateIsRefused() throws Exception {
    X509Certificate cert;
    try (var in = ExtractorTest.class.getResourceAsStream("recipient.cer")) {
      cert = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
    }
    PublicKeyRecipient recipient = new PublicKeyRecipient();
    recipient.setX509(cert);
    recipient.setPermission(new AccessPermission());
    PublicKeyProtectionPolicy policy = new PublicKeyProtectionPolicy();
    policy.addRecipient(recipient);
    policy.setEncryptionKeyLength(128);
    Path p = write("for-a-key.pdf", encrypted(pdf(1, "For one reader"), policy));
    assertRefused(() -> extractor.extract(p), "PDF is encrypted for a certificate");
  }

  @Test
  void aMissingBouncyCastleClassIsTheCertificateHandler() {
    NoClassDefFoundError bc = new NoClassDefFoundError("org/bouncycastle/cms/CMSException");
    assertThat(Extractor.encryptedForCertificate(new RuntimeException("wrapped", bc))).isTrue();
    assertThat(Extractor.encryptedForCertificate(new NoClassDefFoundError("org/apache/poi/X")))
        .isFalse();
    assertThat(Extractor.encryptedForCertificate(new java.io.IOException("bad xref"))).isFalse();
  }

  private static byte[] encrypted(byte[] pdf, ProtectionPolicy policy) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      doc.protect(policy);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    }
  }

  @Test
  void docx() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (XWPFDocument doc = new XWPFDocument()) {
      doc.createParagraph().createRun().setText("Первый абзац протокола.");
      doc.createParagraph().createRun().setText("Second paragraph, 1921.");
      doc.write(out);
    }
    Extracted e = extractor.extract(write("minutes.docx", out.toByteArray()));
    assertThat(e.text()).contains("Первый абзац протокола.").contains("Second paragraph, 1921.");
    assertThat(e.mediaType())
        .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    assertThat(e.charset()).isNull();
  }

  @Test
  void randomBytesNamedDocx() throws Exception {
    Path p = write("fake.docx", randomBytes(3000, 3));
    UnusableInputException e = assertRefused(() -> extractor.extract(p));
    assertThat(e.getMessage()).containsAnyOf("not a valid DOCX document: ", "unsupported");
  }

  @Test
  void htmlWithMetaCharset() throws Exception {
    String html =
        "<!DOCTYPE html>\n<html><head><meta charset=\"windows-1251\"><title>Т</title></head>"
            + "<body><h1>Доклад</h1><p>Свидетель утверждает обратное.</p>"
            + "<script>var x = 'no';</script></body></html>";
    Extracted e = extractor.extract(write("page.html", html.getBytes(CP1251)));
    assertThat(e.text()).contains("Доклад").contains("Свидетель утверждает обратное.");
    assertThat(e.text()).doesNotContain("var x");
    assertThat(e.mediaType()).isEqualTo("text/html");
    assertThat(e.charset()).isNull();
  }

  @Test
  void htmlWithDeclaredCharset() throws Exception {
    String html = "<html><body><p>Свидетель утверждает обратное.</p></body></html>";
    Extracted e = extractor.extract(write("page.htm", html.getBytes(KOI8_R)), "koi8-r");
    assertThat(e.text()).contains("Свидетель утверждает обратное.");
  }

  @Test
  void rtf() throws Exception {
    String rtf =
        "{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Times New Roman;}}\n"
            + "\\f0\\fs24 Hello from RTF, caf\\'e9.\\par\n"
            + "Second paragraph.\\par\n}";
    Extracted e = extractor.extract(write("letter.rtf", rtf.getBytes(StandardCharsets.US_ASCII)));
    assertThat(e.text()).contains("Hello from RTF, café.").contains("Second paragraph.");
    assertThat(e.mediaType()).isEqualTo("application/rtf");
  }

  @Test
  void odt() throws Exception {
    String content =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<office:document-content"
            + " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
            + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
            + " office:version=\"1.2\"><office:body><office:text>"
            + "<text:p>Текст из ODT.</text:p><text:p>Second ODT paragraph.</text:p>"
            + "</office:text></office:body></office:document-content>";
    String manifest =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<manifest:manifest"
            + " xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\""
            + " manifest:version=\"1.2\">"
            + "<manifest:file-entry manifest:full-path=\"/\""
            + " manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
            + "<manifest:file-entry manifest:full-path=\"content.xml\""
            + " manifest:media-type=\"text/xml\"/>"
            + "</manifest:manifest>";
    byte[] zip =
        zip(
            "mimetype", "application/vnd.oasis.opendocument.text",
            "META-INF/manifest.xml", manifest,
            "content.xml", content);
    Extracted e = extractor.extract(write("doc.odt", zip));
    assertThat(e.text()).contains("Текст из ODT.").contains("Second ODT paragraph.");
    assertThat(e.mediaType()).isEqualTo("application/vnd.oasis.opendocument.text");
  }

  @Test
  void epub() throws Exception {
    String container =
        "<?xml version=\"1.0\"?>\n"
            + "<container version=\"1.0\" xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\">"
            + "<rootfiles><rootfile full-path=\"OEBPS/content.opf\""
            + " media-type=\"application/oebps-package+xml\"/></rootfiles></container>";
    String opf =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\""
            + " unique-identifier=\"id\">"
            + "<metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
            + "<dc:identifier id=\"id\">urn:uuid:1</dc:identifier><dc:title>Book</dc:title>"
            + "<dc:language>ru</dc:language></metadata>"
            + "<manifest><item id=\"c1\" href=\"chapter1.xhtml\""
            + " media-type=\"application/xhtml+xml\"/></manifest>"
            + "<spine><itemref idref=\"c1\"/></spine></package>";
    String chapter =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>Глава</title></head>"
            + "<body><p>Глава первая. Начало.</p><p>Chapter one text.</p></body></html>";
    byte[] zip =
        zip(
            "mimetype", "application/epub+zip",
            "META-INF/container.xml", container,
            "OEBPS/content.opf", opf,
            "OEBPS/chapter1.xhtml", chapter);
    Extracted e = extractor.extract(write("book.epub", zip));
    assertThat(e.text()).contains("Глава первая. Начало.").contains("Chapter one text.");
    assertThat(e.mediaType()).isEqualTo("application/epub+zip");
  }

  // --- refused types, sizes and unreadable files -----------------------------------------------

  @Test
  void zipIsUnsupported() throws Exception {
    Path p = write("archive.zip", zip("a.txt", "hello", "b.txt", "world"));
    assertRefused(() -> extractor.extract(p), "unsupported file type application/zip");
  }

  @Test
  void octetStreamIsUnsupported() throws Exception {
    Path p = write("blob.bin", randomBytes(2048, 1));
    assertRefused(() -> extractor.extract(p), "unsupported file type application/octet-stream");
  }

  @Test
  void imageIsNotReadWithOcrOff() throws Exception {
    byte[] png = concat(bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A), randomBytes(100, 5));
    assertRefused(
        () -> extractor.extract(write("photo.png", png)),
        "a PNG image is read by OCR, which is off (--ocr never)");
  }

  @Test
  void fileOverTheLimit() throws Exception {
    Path p = write("big.txt", "x".repeat(2500).getBytes());
    assertRefused(
        () -> new Extractor(1000).extract(p),
        "file is 2.5 kB, larger than the limit of 1.0 kB (raise it with --max-file-size)");
  }

  @Test
  void sizeMessageFormat() {
    assertThat(Extractor.tooLargeMessage(52_400_000L, 50_000_000L))
        .isEqualTo(
            "file is 52.4 MB, larger than the limit of 50.0 MB (raise it with --max-file-size)");
    assertThat(Extractor.tooLargeMessage(50_000_001L, 50_000_000L))
        .contains("50000001 bytes")
        .contains("50000000 bytes");
  }

  @Test
  void missingFile() {
    assertRefused(() -> extractor.extract(dir.resolve("nope.txt")), "cannot read file: ");
  }

  @Test
  void directory() {
    assertRefused(() -> extractor.extract(dir), "cannot read file: ", "directory");
  }

  @Test
  void unreadableFile() throws Exception {
    Path p = write("secret.txt", "hidden".getBytes());
    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("---------"));
    try {
      // root reads anything: the refusal can only be seen as an ordinary user
      Assumptions.assumeFalse(Files.isReadable(p), "running as root: the file stays readable");
      assertRefused(() -> extractor.extract(p), "cannot read file: permission denied");
    } finally {
      Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rw-------"));
    }
  }

  @Test
  void fiftyMegabyteSingleLine() throws Exception {
    Path p = dir.resolve("huge.txt");
    byte[] chunk = "abcdefghij klmnopqrst uvwxyz, 0123456789; ".getBytes(StandardCharsets.US_ASCII);
    long target = 50L * 1024 * 1024;
    long written = 0;
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(p), 1 << 16)) {
      while (written + chunk.length <= target) {
        out.write(chunk);
        written += chunk.length;
      }
      byte[] tail = "мир".getBytes(StandardCharsets.UTF_8);
      out.write(tail);
      written += tail.length;
    }
    Extracted e = extractor.extract(p);
    assertThat(e.charset()).isEqualTo("UTF-8");
    assertThat(e.mediaType()).isEqualTo("text/plain");
    assertThat((long) e.text().length()).isEqualTo(written - 3);
    assertThat(e.text()).endsWith("; мир").doesNotContain("\n");
  }

  // --- helpers ------------------------------------------------------------------------------

  private interface Call {
    Extracted run() throws Exception;
  }

  private static UnusableInputException assertRefused(Call call, String... fragments) {
    UnusableInputException e = catchThrowableOfType(UnusableInputException.class, call::run);
    assertThat(e).as("expected an UnusableInputException").isNotNull();
    assertOneLine(e);
    for (String f : fragments) {
      assertThat(e.getMessage()).contains(f);
    }
    return e;
  }

  private static void assertOneLine(UnusableInputException e) {
    assertThat(e.getMessage()).isNotBlank().doesNotContain("\n").doesNotContain("\r");
    assertThat(e.getMessage()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  private Path write(String name, byte[] content) throws IOException {
    Path p = dir.resolve(name);
    Files.write(p, content);
    return p;
  }

  private static byte[] bytes(int... values) {
    byte[] b = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      b[i] = (byte) values[i];
    }
    return b;
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  private static byte[] randomBytes(int n, long seed) {
    byte[] b = new byte[n];
    new Random(seed).nextBytes(b);
    return b;
  }

  private static byte[] pdf(int pages, String text) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      for (int i = 1; i <= pages; i++) {
        PDPage page = new PDPage();
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
          cs.beginText();
          cs.setFont(font, 12);
          cs.newLineAtOffset(72, 700);
          cs.showText(text + (pages > 1 ? " (page " + i + ")" : ""));
          cs.endText();
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    }
  }

  /**
   * A zip of name/content pairs; an entry named "mimetype" is stored uncompressed, as ODF and EPUB
   * require.
   */
  private static byte[] zip(String... namesAndContents) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (int i = 0; i < namesAndContents.length; i += 2) {
        byte[] data = namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8);
        ZipEntry entry = new ZipEntry(namesAndContents[i]);
        if (namesAndContents[i].equals("mimetype")) {
          CRC32 crc = new CRC32();
          crc.update(data);
          entry.setMethod(ZipEntry.STORED);
          entry.setSize(data.length);
          entry.setCompressedSize(data.length);
          entry.setCrc(crc.getValue());
        }
        zip.putNextEntry(entry);
        zip.write(data);
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }
}
