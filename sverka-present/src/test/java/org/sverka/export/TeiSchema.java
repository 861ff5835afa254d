package org.sverka.export;

import com.thaiopensource.util.PropertyMapBuilder;
import com.thaiopensource.validate.ValidateProperty;
import com.thaiopensource.validate.ValidationDriver;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * TEI P5's {@code tei_all.rng}, validated against with Jing. The schema is not bundled: it is read
 * from {@code -Dsverka.tei.schema=PATH} or {@code target/tei/tei_all.rng}; without it the test is
 * skipped with one loud line (no registry package of the schema was found for this build).
 */
final class TeiSchema {
  private TeiSchema() {}

  static Path require() {
    String given = System.getProperty("sverka.tei.schema");
    Path p = given != null ? Path.of(given) : Path.of("target/tei/tei_all.rng");
    if (!Files.isRegularFile(p)) {
      String why =
          "TEI validation needs TEI P5's tei_all.rng at "
              + p.toAbsolutePath()
              + " (or -Dsverka.tei.schema=PATH)";
      System.err.println("[SKIPPED] " + why);
      Assumptions.abort(why);
    }
    return p;
  }

  /** Jing's errors for {@code xml} against {@code schema}, each with its line; empty if valid. */
  static List<String> validate(Path schema, byte[] xml) throws Exception {
    List<String> errors = new ArrayList<>();
    ErrorHandler collect =
        new ErrorHandler() {
          @Override
          public void warning(SAXParseException e) {}

          @Override
          public void error(SAXParseException e) {
            errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
          }

          @Override
          public void fatalError(SAXParseException e) {
            error(e);
          }
        };
    PropertyMapBuilder props = new PropertyMapBuilder();
    props.put(ValidateProperty.ERROR_HANDLER, collect);
    ValidationDriver driver = new ValidationDriver(props.toPropertyMap());
    if (!driver.loadSchema(ValidationDriver.fileInputSource(schema.toFile()))) {
      throw new IllegalStateException("cannot load " + schema + ": " + errors);
    }
    driver.validate(new InputSource(new ByteArrayInputStream(xml)));
    return errors;
  }
}
