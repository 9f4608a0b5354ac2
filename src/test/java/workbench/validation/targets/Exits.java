package workbench.validation.targets;

/** Ends the JVM from inside nested calls: {@code exit} calls System.exit(3), {@code throw} throws out of main. */
public final class Exits {

    private Exits() {
    }

    static int work(int i) {
        return i * 3;
    }

    static void leave(String how) {
        if (how.equals("exit")) System.exit(3);
        throw new IllegalStateException("out of main");
    }

    public static void main(String[] args) {
        int s = 0;
        for (int i = 0; i < 10; i++) s += work(i);
        System.out.println(s);
        if (args[0].equals("sleep")) {
            while (true) work(s);
        }
        leave(args[0]);
    }
}
