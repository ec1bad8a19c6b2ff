package nl.migstat.fetch;

import java.util.Locale;
import java.util.logging.ConsoleHandler;
import java.util.logging.Formatter;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * What a long test measured (kill moments, outcomes, times), printed to the build log by a console
 * handler of its own (the tests' log configuration keeps Spark's loggers at WARN, and forbiddenapis
 * keeps {@code System.out} out of the code).
 */
final class BuildLog {
  private final Logger logger;

  BuildLog(Class<?> test) {
    logger = Logger.getLogger("migstat.test." + test.getSimpleName());
    logger.setUseParentHandlers(false);
    logger.setLevel(Level.INFO);
    if (logger.getHandlers().length == 0) {
      ConsoleHandler handler = new ConsoleHandler();
      handler.setFormatter(
          new Formatter() {
            @Override
            public String format(LogRecord r) {
              return "[" + test.getSimpleName() + "] " + r.getMessage() + "\n";
            }
          });
      logger.addHandler(handler);
    }
  }

  void printf(String format, Object... args) {
    logger.info(String.format(Locale.ROOT, format, args));
  }
}
