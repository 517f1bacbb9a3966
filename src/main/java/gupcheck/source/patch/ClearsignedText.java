package gupcheck.source.patch;

/**
 * Undoes an inline PGP clear-signature (RFC 4880 section 7) in a text body: the signed text sits
 * between the armor headers and the signature block, with every line that began with '-' escaped as
 * "- -". Left alone, the escaping would turn each removed line of the diff into garbage. The signature
 * itself is not checked.
 */
final class ClearsignedText {

    private static final String BEGIN = "-----BEGIN PGP SIGNED MESSAGE-----";
    private static final String SIGNATURE = "-----BEGIN PGP SIGNATURE-----";

    private ClearsignedText() {
    }

    static String unwrap(String text) {
        int begin = text.startsWith(BEGIN) ? 0 : text.indexOf("\n" + BEGIN);
        if (begin < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.substring(0, begin == 0 ? 0 : begin + 1));
        String[] lines = text.substring(begin == 0 ? 0 : begin + 1).split("\n", -1);
        int i = 1;
        while (i < lines.length && !lines[i].strip().isEmpty()) {
            i++; // armor headers such as "Hash: SHA256"
        }
        for (i++; i < lines.length && !lines[i].startsWith(SIGNATURE); i++) {
            out.append(lines[i].startsWith("- ") ? lines[i].substring(2) : lines[i]).append('\n');
        }
        return out.toString();
    }
}
