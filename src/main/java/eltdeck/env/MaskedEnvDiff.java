package eltdeck.env;

import java.util.ArrayList;
import java.util.List;

/**
 * What changes between two {@code .env} texts, line by line, as it may be shown before a save: removed lines start
 * with {@code -}, added ones with {@code +}, each with its line number in its own file. Secret values are masked,
 * and a line without {@code =} is not shown at all, since it may be a pasted secret.
 */
public final class MaskedEnvDiff {
    private MaskedEnvDiff() {
    }

    /** The changed lines in file order; empty when the texts have the same lines. */
    public static List<String> lines(String before, String after, EnvSchema schema) {
        List<EnvLine> old = EnvParser.parse(before).lines();
        List<EnvLine> now = EnvParser.parse(after).lines();
        int[][] common = longestCommonTails(old, now);
        List<String> diff = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < old.size() || j < now.size()) {
            if (i < old.size() && j < now.size() && same(old.get(i), now.get(j))) {
                i++;
                j++;
            } else if (j == now.size() || (i < old.size() && common[i + 1][j] >= common[i][j + 1])) {
                diff.add(shown('-', i + 1, old.get(i), schema));
                i++;
            } else {
                diff.add(shown('+', j + 1, now.get(j), schema));
                j++;
            }
        }
        return diff;
    }

    /** {@code common[i][j]}: how many lines the two files' tails from {@code i} and {@code j} have in common. */
    private static int[][] longestCommonTails(List<EnvLine> old, List<EnvLine> now) {
        int[][] common = new int[old.size() + 1][now.size() + 1];
        for (int i = old.size() - 1; i >= 0; i--) {
            for (int j = now.size() - 1; j >= 0; j--) {
                common[i][j] = same(old.get(i), now.get(j)) ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        return common;
    }

    private static boolean same(EnvLine a, EnvLine b) {
        return a.text().equals(b.text());
    }

    private static String shown(char sign, int number, EnvLine line, EnvSchema schema) {
        return String.format("%c%4d  %s", sign, number, EnvMask.line(line, schema));
    }
}
