package nl.migstat.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Positional arguments and {@code --name value} options of one command, checked against a known
 * set.
 */
public final class Arguments {
  private final List<String> positional = new ArrayList<>();
  private final Map<String, String> options = new HashMap<>();

  /**
   * @param valued options that take a value
   * @param flags options without a value
   */
  public Arguments(List<String> args, Set<String> valued, Set<String> flags) {
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (a.startsWith("--")) {
        String name = a.substring(2);
        String value = null;
        int eq = name.indexOf('=');
        if (eq >= 0) {
          value = name.substring(eq + 1);
          name = name.substring(0, eq);
        }
        if (flags.contains(name) && value == null) {
          options.put(name, "true");
        } else if (valued.contains(name)) {
          if (value == null) {
            if (i + 1 >= args.size()) {
              throw new UsageException("--" + name + " needs a value");
            }
            value = args.get(++i);
          }
          options.put(name, value);
        } else {
          throw new UsageException("unknown option --" + name);
        }
      } else {
        positional.add(a);
      }
    }
  }

  public List<String> positional() {
    return positional;
  }

  public String option(String name) {
    return options.get(name);
  }

  public boolean flag(String name) {
    return options.containsKey(name);
  }
}
