package gupcheck.parse;

/**
 * A top-level item the grammar could not read. {@code function} is true when the item has a
 * body (a function the later stages will miss), false for a declaration.
 */
public record Unparsed(String name, int line, boolean function, String message) {
    public String label() {
        return name + "@" + line;
    }
}
