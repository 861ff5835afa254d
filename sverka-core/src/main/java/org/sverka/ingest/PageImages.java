package org.sverka.ingest;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * The images of OCR'd pages as the case keeps them for the report: 16 levels of grey, at most
 * {@link #WIDTH} pixels wide, PNG. The same page gives the same bytes (the scaling and the PNG
 * writer have no randomness and no time stamps).
 */
public final class PageImages {
  private PageImages() {}

  /** The width of a kept page image, in pixels. */
  public static final int WIDTH = 1000;

  /** A rendered page, downscaled and encoded. */
  static PageLayout.PageImage of(int page, BufferedImage img) throws IOException {
    BufferedImage small = sixteenGreys(scale(img));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (!ImageIO.write(small, "png", out)) {
      throw new IOException("no PNG writer");
    }
    return new PageLayout.PageImage(page, small.getWidth(), small.getHeight(), out.toByteArray());
  }

  /**
   * Page {@code index} (0-based) of an image file, read subsampled so that a large scan is never
   * decoded whole, then downscaled.
   */
  static PageLayout.PageImage ofFile(Path file, int index) throws IOException {
    try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
      Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
      if (readers == null || !readers.hasNext()) {
        throw new IOException("no image reader recognises it");
      }
      ImageReader r = readers.next();
      try {
        r.setInput(in, false, true);
        ImageReadParam param = r.getDefaultReadParam();
        int k = r.getWidth(index) / WIDTH;
        if (k >= 2) {
          param.setSourceSubsampling(k, k, 0, 0);
        }
        return of(index + 1, r.read(index, param));
      } finally {
        r.dispose();
      }
    }
  }

  /**
   * The image in 16 levels of grey (4 bits a pixel): as legible for print, and its PNG some 40%
   * smaller than in 256 levels.
   */
  private static BufferedImage sixteenGreys(BufferedImage grey) {
    byte[] levels = new byte[16];
    for (int i = 0; i < 16; i++) {
      levels[i] = (byte) (i * 17);
    }
    IndexColorModel palette = new IndexColorModel(4, 16, levels, levels, levels);
    int w = grey.getWidth();
    int h = grey.getHeight();
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_BINARY, palette);
    WritableRaster to = out.getRaster();
    Raster from = grey.getRaster();
    int[] row = new int[w];
    for (int y = 0; y < h; y++) {
      from.getSamples(0, y, w, 1, 0, row);
      for (int x = 0; x < w; x++) {
        row[x] = (row[x] + 8) / 17;
      }
      to.setSamples(0, y, w, 1, 0, row);
    }
    return out;
  }

  private static BufferedImage scale(BufferedImage img) {
    int w = Math.min(WIDTH, img.getWidth());
    int h = Math.max(1, (int) Math.round((double) img.getHeight() * w / img.getWidth()));
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = out.createGraphics();
    try {
      g.setRenderingHint(
          RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
      g.drawImage(img, 0, 0, w, h, null);
    } finally {
      g.dispose();
    }
    return out;
  }
}
