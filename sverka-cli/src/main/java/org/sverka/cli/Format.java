package org.sverka.cli;

/** Output formats of listing commands. */
public enum Format {
  text,
  json,
  csv
}
