package workbench.export;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A protobuf wire-format reader for tests: a message is its fields in order, each with its number and either a
 * varint / fixed value or its bytes (a sub-message, a string or a packed array, which only the schema tells apart).
 * It fails on anything that is not well-formed protobuf.
 */
public final class Wire {

    /** One field. */
    public record Field(int number, int wireType, long value, byte[] bytes) {
        public Wire.Message message() {
            return Wire.parse(bytes);
        }

        public String string() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    /** A parsed message. */
    public record Message(List<Field> fields) {
        public List<Field> all(int number) {
            List<Field> out = new ArrayList<>();
            for (Field f : fields) if (f.number() == number) out.add(f);
            return out;
        }

        public Field one(int number) {
            List<Field> all = all(number);
            if (all.size() != 1) throw new IllegalStateException(all.size() + " fields " + number + " in " + this);
            return all.get(0);
        }

        /** A repeated integer field, packed or not. */
        public List<Long> longs(int number) {
            List<Long> out = new ArrayList<>();
            for (Field f : all(number)) {
                if (f.wireType() == 0) {
                    out.add(f.value());
                } else {
                    int[] at = {0};
                    while (at[0] < f.bytes().length) out.add(varint(f.bytes(), at));
                }
            }
            return out;
        }
    }

    private Wire() {
    }

    public static Message parse(byte[] b) {
        List<Field> fields = new ArrayList<>();
        int[] at = {0};
        while (at[0] < b.length) {
            long key = varint(b, at);
            int number = (int) (key >>> 3);
            int type = (int) (key & 7);
            if (number <= 0) throw new IllegalArgumentException("field number " + number + " at " + at[0]);
            switch (type) {
                case 0 -> fields.add(new Field(number, type, varint(b, at), null));
                case 1 -> {
                    long v = 0;
                    for (int i = 0; i < 8; i++) v |= (b[at[0] + i] & 0xffL) << (8 * i);
                    at[0] += 8;
                    fields.add(new Field(number, type, v, null));
                }
                case 2 -> {
                    int len = (int) varint(b, at);
                    if (len < 0 || at[0] + len > b.length) throw new IllegalArgumentException("bad length " + len);
                    byte[] sub = java.util.Arrays.copyOfRange(b, at[0], at[0] + len);
                    at[0] += len;
                    fields.add(new Field(number, type, 0, sub));
                }
                case 5 -> {
                    long v = 0;
                    for (int i = 0; i < 4; i++) v |= (b[at[0] + i] & 0xffL) << (8 * i);
                    at[0] += 4;
                    fields.add(new Field(number, type, v, null));
                }
                default -> throw new IllegalArgumentException("wire type " + type + " at " + at[0]);
            }
        }
        if (at[0] != b.length) throw new IllegalArgumentException("trailing bytes");
        return new Message(fields);
    }

    static long varint(byte[] b, int[] at) {
        long v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (at[0] >= b.length) throw new IllegalArgumentException("truncated varint");
            byte x = b[at[0]++];
            v |= (long) (x & 0x7f) << shift;
            if ((x & 0x80) == 0) return v;
        }
        throw new IllegalArgumentException("varint too long");
    }
}
