package workbench.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import workbench.io.AtomicFiles;
import workbench.model.AccuracyStudy;
import workbench.model.OverheadStudy;
import workbench.model.Profile;
import workbench.model.RunInfo;
import workbench.model.RunSet;
import workbench.model.SweepStudy;

/**
 * Saved runs: one JSON file per run under a directory ({@code profiles/} by default), written atomically.
 *
 * <p>A run's id is its file name without {@code .json}; files that belong to a run (a raw {@code .jfr}) share the
 * id as prefix. A write goes to a temporary file in the same directory and is then published under the target's
 * name, so a crash or a full disk never leaves a half-written run behind. A run's id is claimed when the run starts
 * ({@link #newId}), atomically, so that any number of processes sharing the directory each save their own run, and
 * a run set is published only under a free name, so that an existing run is never overwritten. Which run a user
 * means ({@code last}, a name, an id prefix) is {@link RunResolver}'s business.
 */
public final class ProfileStore {

    static final String SUFFIX = ".json";
    private static final String CLAIM = ".claim";
    /**
     * The name claims this process holds, each file's channel keeping its lock until the name is released; guarded by
     * itself.
     */
    private static final Map<Path, FileChannel> NAME_CLAIMS = new HashMap<>();
    private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Path dir;
    /**
     * Built on first use or by {@link #prepareAsync()}: Jackson's start-up costs a few hundred milliseconds, which a
     * profiling session hides behind the child JVM's run.
     */
    private CompletableFuture<ObjectMapper> json;

    private final Writes writes;

    /** How a file reaches the disk: {@link AtomicFiles}, or in a test one that fails as a full disk does. */
    @FunctionalInterface
    interface Writes {
        /**
         * @param target    the file
         * @param content   its content
         * @param createNew whether an existing file of that name must be left alone (then: an error)
         * @throws IOException when it cannot be written; nothing is then left behind
         */
        void write(Path target, AtomicFiles.Content content, boolean createNew) throws IOException;
    }

    private static final Writes ATOMIC = (target, content, createNew) -> {
        if (createNew) {
            AtomicFiles.writeNew(target, content);
        } else {
            AtomicFiles.write(target, content);
        }
    };

    /** @param dir directory holding the saved runs; created on first save */
    public ProfileStore(Path dir) {
        this(dir, ATOMIC);
    }

    /** A store whose files are written by the given writes (a test's failing disk). */
    ProfileStore(Path dir, Writes writes) {
        this.dir = dir;
        this.writes = writes;
    }

    /** @return the directory holding the saved runs */
    public Path dir() {
        return dir;
    }

    /**
     * Claims a fresh id for a run of the given mode: {@code <time>-<mode>}, suffixed {@code -2}, {@code -3}, ... when
     * taken. The claim is a hidden marker file created atomically ({@code CREATE_NEW}), so that processes sharing the
     * directory never get one id, even within one second; it lasts until the run is saved or {@link #release}d.
     *
     * @param mode the run's mode
     * @return an id no saved run and no other run being made has
     * @throws StoreException (a failure) when the marker cannot be written
     */
    public String newId(String mode) {
        String base = LocalDateTime.now().format(ID_TIME) + "-" + mode;
        try {
            Files.createDirectories(dir);
            for (int i = 1; ; i++) {
                String id = i == 1 ? base : base + "-" + i;
                if (Files.exists(file(id))) continue; // saved, its claim gone
                try {
                    Files.createFile(claim(id));
                } catch (FileAlreadyExistsException taken) {
                    continue;
                }
                // saved between the check and the claim: a run releases its claim only after its file exists
                if (!Files.exists(file(id))) return id;
                Files.deleteIfExists(claim(id));
            }
        } catch (IOException e) {
            throw StoreException.failure("cannot claim a run id in " + dir + ": " + reason(e), e);
        }
    }

    /**
     * Gives up the claim on an id whose run will not be saved (it failed); a saved run's claim goes with the save.
     *
     * @param id an id from {@link #newId}
     */
    public void release(String id) {
        claim(id).toFile().delete();
    }

    private Path claim(String id) {
        return dir.resolve("." + id + CLAIM);
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
     * Checks, before a run is made, that it can be saved: the directory exists or can be made, and is writable.
     *
     * @throws StoreException (bad input) naming the directory otherwise
     */
    public void checkWritable() {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw StoreException.badInput("cannot create the profiles directory " + dir + " (" + e + ")");
        }
        if (!Files.isDirectory(dir) || !Files.isWritable(dir)) {
            throw StoreException.badInput("the profiles directory " + dir + " is not writable");
        }
        Path probe = null;
        try {
            probe = Files.createTempFile(dir, ".write-check", ".tmp"); // root passes isWritable on a read-only mount
        } catch (IOException e) {
            throw StoreException.badInput("the profiles directory " + dir + " is not writable (" + e.getMessage() + ")");
        } finally {
            if (probe != null) probe.toFile().delete();
        }
    }

    /**
     * Checks that a name can be given to a new run, and claims it for this process until the run is saved.
     *
     * @param name the name asked for
     * @throws StoreException (bad input) when it is taken, is a run's id, or could escape the store
     */
    public void checkNewName(String name) {
        if (name.isBlank() || name.contains("/") || name.contains("\\") || name.contains("..")
                || name.equals("last") || name.startsWith("last~") || !name.matches("[A-Za-z0-9._+-]+")) {
            throw StoreException.badInput("--name '" + name + "' must be letters, digits, '.', '_', '+' or '-',"
                    + " without '..' or a path separator, and not 'last'");
        }
        // claimed before the saved runs are looked at: a run that saves the name between the look and the claim
        // would otherwise leave it free to this one
        claimName(name);
        try {
            if (Files.exists(file(name))) throw StoreException.badInput("--name '" + name + "' is a saved run's id");
            for (Listing r : headers()) {
                if (r.name().equals(name)) {
                    throw StoreException.badInput("--name '" + name + "' is taken by run " + r.id());
                }
            }
        } catch (RuntimeException e) {
            releaseName(name);
            throw e;
        }
    }

    /**
     * Claims a name for the run this process is making, so that two runs started side by side cannot both take it.
     * The claim is a lock on a hidden file ({@link FileChannel#tryLock}), held until the save gives it up: the
     * operating system lets it go when the process ends however it ends, so a failed or killed run never keeps a
     * name, and no process id has to be judged alive. The file holds the owner's process id, for the refusal.
     *
     * <p>The file is never removed. A POSIX lock belongs to a file, not a path: had the owner removed it at its save,
     * a process that opened it just before would lock the removed file while a third one locked a new file at the
     * same path, and both would hold the name. For the same reason this process never has two descriptors of one
     * claim's file: closing any of them lets go of all the process's locks on it (FileLock's Javadoc), so the claims
     * of this process are made one at a time, and a name it holds already is its own.
     */
    private void claimName(String name) {
        synchronized (NAME_CLAIMS) {
            claimNameLocked(name);
        }
    }

    private void claimNameLocked(String name) {
        Path claim = nameClaim(name);
        if (NAME_CLAIMS.containsKey(claim)) return; // this process's own
        FileChannel channel = null;
        try {
            Files.createDirectories(dir);
            channel = FileChannel.open(claim, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock(); // another process's lock: null (ours are all in NAME_CLAIMS)
            if (lock == null) {
                throw StoreException.badInput("--name '" + name + "' is taken by a run being made (process "
                        + owner(claim) + ")");
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(Long.toString(ProcessHandle.current().pid())
                    .getBytes(StandardCharsets.US_ASCII)));
            NAME_CLAIMS.put(claim, channel);
            channel = null;
        } catch (IOException e) {
            throw StoreException.failure("cannot claim the name '" + name + "' in " + dir + ": " + reason(e), e);
        } finally {
            closeQuietly(channel);
        }
    }

    /**
     * @return the process id a name's claim holds, or {@code ?}: its owner writes it just after it takes the lock, so a
     *     refusal in between waits for it, a tenth of a second at most
     */
    private static String owner(Path claim) {
        String text = "";
        for (int attempt = 0; attempt < 20; attempt++) {
            try {
                text = Files.readString(claim, StandardCharsets.US_ASCII).trim();
                if (text.matches("\\d+") && ProcessHandle.of(Long.parseLong(text)).isPresent()) return text;
                Thread.sleep(5);
            } catch (IOException | NumberFormatException e) {
                return "?";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return text.isEmpty() ? "?" : text;
    }

    /** @return the file of a name's claim, the same path whichever way this store's directory was given */
    private Path nameClaim(String name) {
        return dir.resolve(".name." + name + CLAIM).toAbsolutePath().normalize();
    }

    /** Gives up this process's claim on a name, once a saved file carries it (or the name is refused). */
    private void releaseName(String name) {
        if (name == null || name.isEmpty()) return;
        synchronized (NAME_CLAIMS) {
            closeQuietly(NAME_CLAIMS.remove(nameClaim(name)));
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel == null) return;
        try {
            channel.close();
        } catch (IOException e) {
            // its lock goes with the descriptor, which the process's end closes if this did not
        }
    }

    /**
     * Saves a single run atomically under its id.
     *
     * @param profile the run; its {@code run().id()} names the file
     * @return the file written
     * @throws StoreException (a failure, not bad input) when the directory cannot be written
     */
    public Path save(Profile profile) {
        return save(RunSet.of(profile));
    }

    /**
     * Saves a run set atomically under its id, which must be free: a saved run is never overwritten.
     *
     * @param set the runs; the set's id names the file
     * @return the file written
     * @throws StoreException (a failure, not bad input) when the directory cannot be written or a run of that id is
     *                        saved already
     */
    public Path save(RunSet set) {
        return write(new RunFormat.Envelope(RunFormat.FORMAT, version(), set.id(), set.name(), set.size(), null,
                null, null, set.runs()), true);
    }

    /**
     * Saves an overhead study atomically under its id (again, as it grows: a later save replaces the earlier).
     *
     * @param study the study; its id names the file
     * @return the file written
     * @throws StoreException (a failure, not bad input) when the directory cannot be written
     */
    public Path save(OverheadStudy study) {
        return write(new RunFormat.Envelope(RunFormat.FORMAT, version(), study.id(), study.name(), 0, study,
                null, null, List.of()), false);
    }

    /**
     * Saves a sweep atomically under its id (again, as it grows: a later save replaces the earlier).
     *
     * @param sweep the sweep; its id names the file
     * @return the file written
     * @throws StoreException (a failure, not bad input) when the directory cannot be written
     */
    public Path save(SweepStudy sweep) {
        return write(new RunFormat.Envelope(RunFormat.FORMAT, version(), sweep.id(), sweep.name(), 0, null, sweep,
                null, List.of()), false);
    }

    /**
     * Saves an accuracy study atomically under its id (again, as it grows: a later save replaces the earlier).
     *
     * @param study the study; its id names the file
     * @return the file written
     * @throws StoreException (a failure, not bad input) when the directory cannot be written
     */
    public Path save(AccuracyStudy study) {
        return write(new RunFormat.Envelope(RunFormat.FORMAT, version(), study.id(), study.name(), 0, null, null,
                study, List.of()), false);
    }

    /**
     * @param path a saved file
     * @return the accuracy study it holds, empty for anything else
     * @throws StoreException (bad input) when it is missing, unreadable, or of another format version
     */
    public Optional<AccuracyStudy> accuracy(Path path) {
        if (!Files.isRegularFile(path)) throw StoreException.badInput("no saved run at " + path);
        RunFormat.Header h = header(path);
        if (h.format() != RunFormat.FORMAT) throw wrongFormat(path, h);
        return Optional.ofNullable(h.accuracy());
    }

    /**
     * @param path a saved file
     * @return the sweep it holds, empty for a run set or an overhead study
     * @throws StoreException (bad input) when it is missing, unreadable, or of another format version
     */
    public Optional<SweepStudy> sweep(Path path) {
        if (!Files.isRegularFile(path)) throw StoreException.badInput("no saved run at " + path);
        RunFormat.Header h = header(path);
        if (h.format() != RunFormat.FORMAT) throw wrongFormat(path, h);
        return Optional.ofNullable(h.sweep());
    }

    /**
     * Writes a file atomically, then gives up the id's claim: from then on the file itself says the id is taken.
     *
     * @param createNew refuse to replace a file of that id (a run set); a study replaces its earlier saves
     */
    private Path write(RunFormat.Envelope envelope, boolean createNew) {
        Path target = file(envelope.id());
        try {
            byte[] bytes = json().writeValueAsBytes(envelope);
            Files.createDirectories(dir);
            writes.write(target, out -> out.write(bytes), createNew);
        } catch (FileAlreadyExistsException e) {
            throw StoreException.failure("cannot save run to " + target + ": a run of that id is saved already;"
                    + " it is not overwritten", e);
        } catch (IOException e) {
            throw StoreException.failure("cannot save run to " + target + ": " + reason(e), e);
        }
        release(envelope.id());
        releaseName(envelope.name());
        return target;
    }

    /**
     * Why a write failed, in words: a file system error's own message is often just the path (an
     * {@code AccessDeniedException}'s), which the user cannot act on.
     */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) return "permission denied (" + e.getMessage() + ")";
        if (e instanceof NoSuchFileException) return "no such file or directory (" + e.getMessage() + ")";
        if (e instanceof FileAlreadyExistsException) return "a file is in the way (" + e.getMessage() + ")";
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason() + " (" + f.getFile() + ")";
        }
        return e.getMessage() != null ? oneLine(e.getMessage()) : e.toString();
    }

    /**
     * @param path a saved file
     * @return the overhead study it holds, empty for a run set
     * @throws StoreException (bad input) when it is missing, unreadable, or of another format version
     */
    public Optional<OverheadStudy> study(Path path) {
        if (!Files.isRegularFile(path)) throw StoreException.badInput("no saved run at " + path);
        RunFormat.Header h = header(path);
        if (h.format() != RunFormat.FORMAT) throw wrongFormat(path, h);
        return Optional.ofNullable(h.study());
    }

    /**
     * Loads a saved run set from its file.
     *
     * @param path a run's JSON file
     * @return the runs
     * @throws StoreException (bad input) when it is missing, unreadable, not a run, or of another format version
     */
    public RunSet load(Path path) {
        if (!Files.isRegularFile(path)) throw StoreException.badInput("no saved run at " + path);
        RunFormat.Header h = header(path);
        if (h.format() != RunFormat.FORMAT) throw wrongFormat(path, h);
        if (h.study() != null) {
            throw StoreException.badInput(path + " is an overhead study, not a run set (stats prints it)");
        }
        if (h.sweep() != null) throw StoreException.badInput(path + " is a sweep, not a run set (stats prints it)");
        if (h.accuracy() != null) {
            throw StoreException.badInput(path + " is an accuracy study, not a run set (stats prints it)");
        }
        try {
            RunFormat.Envelope e = json().readValue(path.toFile(), RunFormat.Envelope.class);
            if (e.runs() == null || e.runs().isEmpty() || e.runs().size() != e.size() || e.id() == null) {
                throw StoreException.badInput(path + " is not a saved run: it holds no runs, or not as many as it says");
            }
            for (Profile p : e.runs()) {
                if (p == null || p.run() == null || p.data() == null) {
                    throw StoreException.badInput(path + " is not a saved run: a run has no header or no data");
                }
            }
            return new RunSet(e.id(), e.name() == null ? "" : e.name(), e.runs());
        } catch (JsonProcessingException e) {
            throw notARun(path, e, e.getOriginalMessage());
        } catch (IOException e) {
            throw StoreException.badInput("cannot read " + path + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) { // a record's own check failed: the file says something impossible
            throw StoreException.badInput(path + " is not a valid saved run: " + oneLine(e.getMessage()), e);
        }
    }

    /**
     * @return the ids of all saved runs, oldest first: by the time their ids begin with, then (for runs of one
     *         second) by when their files were written
     */
    public List<String> list() {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> {
                String n = f.getFileName().toString();
                return n.endsWith(SUFFIX) && !n.startsWith(".");
            }).sorted(Comparator.comparing((Path f) -> timePart(f.getFileName().toString()))
                    .thenComparingLong(f -> f.toFile().lastModified())
                    .thenComparing(f -> f.getFileName().toString()))
                    .map(f -> f.getFileName().toString())
                    .map(n -> n.substring(0, n.length() - SUFFIX.length()))
                    .collect(java.util.stream.Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The {@code yyyyMMdd-HHmmss} an id starts with; a file not named so sorts by its whole name. */
    private static String timePart(String fileName) {
        return fileName.length() >= 15 && fileName.matches("\\d{8}-\\d{6}.*") ? fileName.substring(0, 15) : fileName;
    }

    /**
     * A saved run set as a listing shows it, read from the head of its file.
     *
     * @param id    the set's id
     * @param name  its name, {@code ""} for none
     * @param size  how many runs it holds
     * @param first the first run's header, {@code null} for a study
     * @param study the overhead study the file holds, {@code null} otherwise
     * @param sweep the sweep the file holds, {@code null} otherwise
     * @param accuracy the accuracy study the file holds, {@code null} otherwise
     */
    public record Listing(String id, String name, int size, RunInfo first, OverheadStudy study, SweepStudy sweep,
                          AccuracyStudy accuracy) {

        /** A run set's listing. */
        public Listing(String id, String name, int size, RunInfo first) {
            this(id, name, size, first, null, null, null);
        }
    }

    /**
     * The heads of every readable run of this build's format, oldest first; files that are not such runs are
     * passed over (listing must not fail for one bad file).
     *
     * @return the listings
     */
    public List<Listing> headers() {
        List<Listing> out = new ArrayList<>();
        for (String id : list()) {
            try {
                RunFormat.Header h = RunFormat.header(json(), file(id));
                if (h.run() != null) out.add(new Listing(id, h.run().name(), h.size(), h.run()));
                if (h.study() != null) out.add(new Listing(id, h.study().name(), 0, null, h.study(), null, null));
                if (h.sweep() != null) out.add(new Listing(id, h.sweep().name(), 0, null, null, h.sweep(), null));
                if (h.accuracy() != null) {
                    out.add(new Listing(id, h.accuracy().name(), 0, null, null, null, h.accuracy()));
                }
            } catch (IOException | RuntimeException e) {
                // not a run of this format: left out of listings
            }
        }
        return out;
    }

    RunFormat.Header header(Path path) {
        try {
            return RunFormat.header(json(), path);
        } catch (IOException | RuntimeException e) {
            throw notARun(path, e, e.getMessage());
        }
    }

    /** A file that does not read as a saved run: what a record's own check said, or the parser's words. */
    private static StoreException notARun(Path path, Exception e, String parserMessage) {
        if (e.getCause() instanceof IllegalArgumentException bad) { // a record's own check, through Jackson
            return StoreException.badInput(path + " is not a valid saved run: " + oneLine(bad.getMessage()), e);
        }
        return StoreException.badInput(path + " is not a saved run (corrupt or truncated: " + oneLine(parserMessage)
                + ")", e);
    }

    private static StoreException wrongFormat(Path path, RunFormat.Header h) {
        String by = h.workbench().isEmpty() ? "" : " by workbench " + h.workbench();
        if (h.format() > RunFormat.FORMAT) {
            return StoreException.badInput(path + " was written" + by + " in format " + h.format()
                    + "; this build reads format " + RunFormat.FORMAT + ": use a newer workbench");
        }
        if (h.format() < 0) return StoreException.badInput(path + " is not a saved run (no format version)");
        return StoreException.badInput(path + " is in format " + h.format() + by + "; this build reads format "
                + RunFormat.FORMAT + ": record the run again");
    }

    /** @return the JSON mapper used for saved runs, for commands that print a run as JSON */
    public ObjectMapper json() {
        return mapper().join();
    }

    /**
     * Starts building the JSON mapper in the background, then its serializers for a save ({@link
     * RunFormat#prepareWriting}), so that a save at the end of a run does not wait for either.
     */
    public void prepareAsync() {
        mapper().thenAcceptAsync(RunFormat::prepareWriting, ProfileStore::inBackground);
    }

    private synchronized CompletableFuture<ObjectMapper> mapper() {
        if (json == null) json = CompletableFuture.supplyAsync(RunFormat::newMapper, ProfileStore::inBackground);
        return json;
    }

    /** Jackson's start-up work, on a daemon thread: it never keeps a command's JVM alive. */
    private static void inBackground(Runnable task) {
        Thread t = new Thread(task, "workbench-json-init");
        t.setDaemon(true);
        t.start();
    }

    /** @return the workbench's version, as its jar's manifest says */
    static String version() {
        String v = ProfileStore.class.getPackage().getImplementationVersion();
        return v != null ? v : "development";
    }

    private static String oneLine(String s) {
        if (s == null) return "unknown error";
        return s.lines().findFirst().orElse(s);
    }
}
