package workbench.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import workbench.store.ProfileStore;

/** Where saved runs live: {@code --profiles DIR}, else the launcher's {@code profiles/}, else {@code ./profiles}. */
public final class StoreOptions {

    /** System property the launcher sets to the repository's {@code profiles/}. */
    static final String PROPERTY = "workbench.profiles";

    @Option(names = "--profiles", paramLabel = "DIR",
            description = "Directory of saved runs (default: the repository's profiles/).")
    Path dir;

    /** @return the store */
    public ProfileStore store() {
        Path d = dir != null ? dir : Path.of(System.getProperty(PROPERTY, "profiles"));
        return new ProfileStore(d);
    }
}
