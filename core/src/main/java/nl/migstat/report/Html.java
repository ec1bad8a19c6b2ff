package nl.migstat.report;

/**
 * Building the report's XHTML: every text escaped for XML, since the same markup goes to the
 * browser and to the PDF renderer, which reads it as XML (openhtmltopdf takes only well-formed
 * XHTML).
 */
final class Html {
  private final StringBuilder out = new StringBuilder();

  /** {@code text} with {@code & < > "} as entities XML knows without a DTD. */
  static String escaped(String text) {
    return text == null
        ? ""
        : text.replace("&", "&amp;")
            .replace("<", "&lt;")
            .replace(">", "&gt;")
            .replace("\"", "&quot;");
  }

  /** Appends markup as it is. */
  Html raw(String markup) {
    out.append(markup);
    return this;
  }

  /** Appends an element with escaped text: {@code <tag attributes>text</tag>}. */
  Html element(String tag, String attributes, String text) {
    out.append('<').append(tag);
    if (!attributes.isEmpty()) {
      out.append(' ').append(attributes);
    }
    out.append('>').append(escaped(text)).append("</").append(tag).append(">\n");
    return this;
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
