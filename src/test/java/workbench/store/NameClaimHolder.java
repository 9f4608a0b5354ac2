package workbench.store;

import java.nio.file.Path;

/**
 * Another process making a named run: claims the name in a store, says {@code held} and keeps the claim until its
 * standard input ends or it is killed, or says why it was refused ({@code ConcurrentSavesTest}).
 */
public final class NameClaimHolder {

    private NameClaimHolder() {
    }

    public static void main(String[] args) throws Exception {
        try {
            new ProfileStore(Path.of(args[0])).checkNewName(args[1]);
        } catch (StoreException e) {
            System.out.println("refused: " + e.getMessage());
            System.exit(2);
        }
        System.out.println("held");
        System.out.flush();
        while (System.in.read() >= 0) {
            // held until the test lets go
        }
    }
}
