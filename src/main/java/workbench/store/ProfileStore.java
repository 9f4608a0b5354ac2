package workbench.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import workbench.io.AtomicFiles;
import workbench.model.Profile;

/**
 * Saved runs: one JSON file per run under a directory ({@code profiles/} by default), written atomically.
 *
 * <p>A run's id is its file name without {@code .json}; files that belong to a run (a raw {@code .jfr}) share the
 * id as prefix. A write goes to a temporary file in the same directory and is then moved over the target, so a
 * crash never leaves a half-written run behind, and an existing run is never overwritten by a new one.
 */
public final class ProfileStore {

    private static final String SUFFIX = ".json";
    private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Path dir;
    /**
     * Built on first use or by {@link #prepareAsync()}: Jackson's start-up costs a few hundred milliseconds, which a
     * profiling session hides behind the child JVM's run.
     */
    private CompletableFuture<ObjectMapper> json;

    /** @param dir directory holding the saved runs; created on first save */
    public ProfileStore(Path dir) {
        this.dir = dir;
    }

    /** @return the directory holding the saved runs */
    public Path dir() {
        return dir;
    }

    /**
     * Picks a fresh id for a run of the given mode: {@code <time>-<mode>}, suffixed when taken.
     *
     * @param mode the run's mode
     * @return an id no saved run has
     */
    public String newId(String mode) {
        String base = LocalDateTime.now().format(ID_TIME) + "-" + mode;
        String id = base;
        for (int i = 2; Files.exists(file(id)); i++) id = base + "-" + i;
        return id;
    }

    /** @return the path of the given run's JSON file */
    public Path file(String id) {
        return dir.resolve(id + SUFFIX);
    }

    /** @return the path for a file that belongs to the given run, e.g. {@code sibling(id, ".jfr")} */
    public Path sibling(String id, String suffix) {
        return dir.resolve(id + suffix);
    }

    /**
     * Saves a run atomically under its id.
     *
     * @param profile the run; its {@code run().id()} names the file
     * @return the file written
     * @throws StoreException when the directory cannot be written
     */
    public Path save(Profile profile) {
        Path target = file(profile.run().id());
        try {
            Files.createDirectories(dir);
            AtomicFiles.write(target, json().writeValueAsBytes(profile));
            return target;
        } catch (IOException e) {
            throw new StoreException("cannot save run to " + target + ": " + e.getMessage(), e);
        }
    }

    /**
     * Loads a saved run by id or by path.
     *
     * @param idOrPath a run id under this store, or a path to a run's JSON file
     * @return the run
     * @throws StoreException when it is missing, unreadable, not a run, or of another format version
     */
    public Profile load(String idOrPath) {
        Path path = Files.exists(file(idOrPath)) ? file(idOrPath) : Path.of(idOrPath);
        if (!Files.isRegularFile(path)) throw new StoreException("no saved run '" + idOrPath + "' in " + dir);
        Profile p;
        try {
            p = json().readValue(path.toFile(), Profile.class);
        } catch (JsonProcessingException e) {
            throw new StoreException(path + " is not a saved run: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new StoreException("cannot read " + path + ": " + e.getMessage(), e);
        }
        if (p.formatVersion() != Profile.FORMAT_VERSION || p.run() == null) {
            throw new StoreException(path + " has format version " + p.formatVersion() + "; this build reads "
                    + Profile.FORMAT_VERSION);
        }
        return p;
    }

    /** @return the ids of all saved runs, oldest first */
    public List<String> list() {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> files = Files.list(dir)) {
            List<String> ids = new ArrayList<>();
            files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(SUFFIX)).sorted()
                    .forEach(n -> ids.add(n.substring(0, n.length() - SUFFIX.length())));
            return ids;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the JSON mapper used for saved runs, for commands that print a run as JSON */
    public ObjectMapper json() {
        return mapper().join();
    }

    /** Starts building the JSON mapper in the background, so that a later save or load does not wait for it. */
    public void prepareAsync() {
        mapper();
    }

    private synchronized CompletableFuture<ObjectMapper> mapper() {
        if (json == null) {
            json = CompletableFuture.supplyAsync(ProfileStore::newMapper, task -> {
                Thread t = new Thread(task, "workbench-json-init");
                t.setDaemon(true);
                t.start();
            });
        }
        return json;
    }

    private static ObjectMapper newMapper() {
        return new ObjectMapper()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }
}
