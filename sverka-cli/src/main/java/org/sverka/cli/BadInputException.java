package org.sverka.cli;

/** Input the user gave that cannot be used: printed as one line, exit code 1. */
public final class BadInputException extends RuntimeException {
  public BadInputException(String message) {
    super(message);
  }
}
