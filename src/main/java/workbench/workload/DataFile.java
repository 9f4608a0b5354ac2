package workbench.workload;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;

/** Reads the user's own numbers: one per line, or the first column of a CSV (a header line is skipped). */
public final class DataFile {

    private DataFile() {
    }

    /**
     * @param path the file
     * @return its numbers, in order
     * @throws IllegalArgumentException with one line for the user: missing, unreadable, empty, or which line is
     *                                  not a finite number
     */
    public static double[] read(Path path) {
        double[] values = new double[1024];
        int n = 0;
        int lineNo = 0;
        // Numbers are ASCII; a header saved in another encoding (a spreadsheet's cp1252) must not make the whole file
        // unreadable, so undecodable bytes become U+FFFD and at worst show up in a "not a number" message.
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(path), utf8))) {
            for (String line; (line = in.readLine()) != null; ) {
                lineNo++;
                if (lineNo == 1 && line.startsWith("\uFEFF")) line = line.substring(1); // a spreadsheet's BOM
                String cell = firstColumn(line);
                if (cell.isEmpty()) continue;
                double v;
                try {
                    v = Double.parseDouble(cell);
                } catch (NumberFormatException e) {
                    if (n == 0 && lineNo == 1) continue; // a CSV header
                    throw new IllegalArgumentException(path + ": line " + lineNo + ": '" + cell + "' is not a number");
                }
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException(path + ": line " + lineNo + ": '" + cell
                            + "' is not a finite number");
                }
                if (n == values.length) values = Arrays.copyOf(values, n * 2);
                values[n++] = v;
            }
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(path + ": no such file");
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new IllegalArgumentException(path + ": cannot read: " + e.getMessage());
        }
        if (n == 0) throw new IllegalArgumentException(path + ": no numbers in file");
        return Arrays.copyOf(values, n);
    }

    private static String firstColumn(String line) {
        int comma = line.indexOf(',');
        String cell = comma < 0 ? line : line.substring(0, comma);
        cell = cell.strip();
        if (cell.length() >= 2 && cell.startsWith("\"") && cell.endsWith("\"")) cell = cell.substring(1, cell.length() - 1);
        return cell;
    }
}
