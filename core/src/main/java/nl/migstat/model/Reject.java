package nl.migstat.model;

import java.io.Serializable;

/**
 * An input record that did not become an observation, kept with the reason so nothing is lost
 * silently.
 *
 * @param file the input file as named by the user
 * @param line the 1-based line where the record starts
 * @param raw the raw text of the record (or cell), as read
 * @param reason what is wrong, in words a statistician understands
 */
public record Reject(String file, long line, String raw, String reason) implements Serializable {}
