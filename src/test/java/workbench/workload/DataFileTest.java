package workbench.workload;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code --data FILE}: the user's numbers, one per line or the first column of a CSV. */
class DataFileTest {

    @TempDir
    Path dir;

    @Test
    void oneNumberPerLine() throws IOException {
        Path f = write("1\n2.5\n\n-3e2\n  4  \n0x1p3\n");
        assertArrayEquals(new double[] {1, 2.5, -300, 4, 8}, DataFile.read(f));
    }

    @Test
    void windowsLineEndingsAndNoFinalNewline() throws IOException {
        assertArrayEquals(new double[] {1, 2, 3}, DataFile.read(write("1\r\n2\r\n3")));
    }

    @Test
    void firstColumnOfACsvWithAHeader() throws IOException {
        Path f = write("value,weight,label\n1.5,10,a\n2.5,20,b\n-1,30,c\n");
        assertArrayEquals(new double[] {1.5, 2.5, -1}, DataFile.read(f));
    }

    @Test
    void quotedCells() throws IOException {
        Path f = write("\"value\",\"label\"\n\"1.25\",\"x, y\"\n\" 2 \",z\n3,\"w\"\n");
        assertArrayEquals(new double[] {1.25, 2, 3}, DataFile.read(f));
    }

    @Test
    void byteOrderMarkIsNotMistakenForAHeader() throws IOException {
        // Spreadsheets write "CSV UTF-8" with a BOM; without a header the first number must not be dropped.
        assertArrayEquals(new double[] {7, 8}, DataFile.read(write("\uFEFF7\n8\n")));
        assertArrayEquals(new double[] {7, 8}, DataFile.read(write("\uFEFFvalue\n7\n8\n")));
    }

    @Test
    void headerInAnotherEncodingIsStillAHeader() throws IOException {
        // The header "Größe" as a spreadsheet saves it in cp1252: not UTF-8, but the numbers below are plain ASCII.
        Path f = dir.resolve("latin1.csv");
        Files.write(f, new byte[] {'G', 'r', (byte) 0xF6, (byte) 0xDF, 'e', '\n', '1', '.', '5', '\n', '2', '\n'});
        assertArrayEquals(new double[] {1.5, 2}, DataFile.read(f));
    }

    @Test
    void undecodableBytesInANumberNameTheLine() throws IOException {
        Path f = dir.resolve("bad.txt");
        Files.write(f, new byte[] {'1', '\n', '2', (byte) 0xFF, '\n'});
        String msg = fails(f);
        assertTrue(msg.contains("line 2: '2\uFFFD' is not a number"), msg);
    }

    @Test
    void missingFile() {
        String msg = fails(dir.resolve("nope.txt"));
        assertTrue(msg.contains("nope.txt") && msg.contains("no such file"), msg);
    }

    @Test
    void emptyFileAndHeaderOnly() throws IOException {
        assertTrue(fails(write("")).contains("no numbers"));
        assertTrue(fails(write("\n\n  \n")).contains("no numbers"));
        assertTrue(fails(write("value,weight\n")).contains("no numbers"));
    }

    @Test
    void directoryIsUnreadable() throws IOException {
        Path sub = Files.createDirectory(dir.resolve("sub"));
        String msg = fails(sub);
        assertTrue(msg.contains("cannot read"), msg);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "1\\n2\\nabc\\n4|line 3: 'abc' is not a number",
        "value\\n1\\n\\n2,x\\nthree,y|line 5: 'three' is not a number",
        "1\\nNaN\\n|line 2: 'NaN' is not a finite number",
        "1\\n2\\nInfinity|line 3: 'Infinity' is not a finite number",
        "-Infinity\\n|line 1: '-Infinity' is not a finite number",
        "1\\n1e999|line 2: '1e999' is not a finite number",
    })
    void badLineIsNamed(String content, String expected) throws IOException {
        String msg = fails(write(content.replace("\\n", "\n")));
        assertTrue(msg.endsWith(expected), msg);
        assertEquals(1, msg.lines().count());
    }

    private Path write(String content) throws IOException {
        Path f = Files.createTempFile(dir, "data", ".csv");
        Files.writeString(f, content, StandardCharsets.UTF_8);
        return f;
    }

    private static String fails(Path f) {
        return assertThrows(IllegalArgumentException.class, () -> DataFile.read(f)).getMessage();
    }
}
