package workbench.validation.targets;

/** Calls two methods whose class and method names are alike but whose packages differ. */
public final class SameNames {

    private SameNames() {
    }

    /** @param args unused */
    public static void main(String[] args) {
        int x = 0;
        for (int i = 0; i < 2; i++) x += workbench.validation.targets.a.Util.run(i);
        for (int i = 0; i < 3; i++) x += workbench.validation.targets.b.Util.run(i);
        System.out.println(x);
    }
}
