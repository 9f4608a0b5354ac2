package workbench.store;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.jsonFormatVisitors.JsonArrayFormatVisitor;
import com.fasterxml.jackson.databind.jsonFormatVisitors.JsonFormatVisitable;
import com.fasterxml.jackson.databind.jsonFormatVisitors.JsonFormatVisitorWrapper;
import com.fasterxml.jackson.databind.jsonFormatVisitors.JsonMapFormatVisitor;
import com.fasterxml.jackson.databind.jsonFormatVisitors.JsonObjectFormatVisitor;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import workbench.model.FunctionData;
import workbench.model.LineData;
import workbench.model.AccuracyStudy;
import workbench.model.OverheadStudy;
import workbench.model.Profile;
import workbench.model.ProfileData;
import workbench.model.RunInfo;
import workbench.model.SampleData;
import workbench.model.HybridFunctionData;
import workbench.model.HybridLineData;
import workbench.model.SweepStudy;

/**
 * The saved-run file: a versioned JSON envelope around the model, so that the model itself knows nothing of
 * files, versions or Jackson.
 *
 * <pre>
 * { "format": 2, "workbench": "0.2.0", "id": "...", "name": "", "size": 1,
 *   "runs": [ { "run": {...}, "data": { "kind": "functions", ... } }, ... ] }
 * </pre>
 *
 * <p>A file holds a run set: one run, or the K runs of {@code profile --repeat K}; or an overhead study instead, in
 * {@code overhead}, or a sweep, in {@code sweep} (both null for a run set; added in format 2 without a new version,
 * since a build that does not know {@code sweep} refuses the file as holding no runs), with {@code runs} empty and {@code size} 0. {@code format} changes whenever a
 * field changes meaning or is removed; a file of another format is refused with one line that names both versions.
 * The id, name, size and the first run's header come before any data, so listing runs reads only that much.
 */
final class RunFormat {

    /** The format this build writes and reads. Format 1 (workbench 0.1) had no envelope and display-only frame keys. */
    static final int FORMAT = 2;

    private RunFormat() {
    }

    /**
     * The file's outer object.
     *
     * @param format    the format version
     * @param workbench the version of the workbench that wrote it
     * @param id        the run set's id
     * @param name      its name, {@code ""} for none
     * @param size      how many runs (written before them, for listings)
     * @param overhead  the overhead study the file holds instead of runs, {@code null} otherwise
     * @param sweep     the sweep the file holds instead of runs, {@code null} otherwise
     * @param accuracy  the accuracy study the file holds instead of runs, {@code null} otherwise
     * @param runs      the runs
     */
    record Envelope(int format, String workbench, String id, String name, int size, OverheadStudy overhead,
                    SweepStudy sweep, AccuracyStudy accuracy, List<Profile> runs) {
    }

    /** Jackson's view of the sealed data type: a {@code kind} property names the record. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = FunctionData.class, name = "functions"),
        @JsonSubTypes.Type(value = SampleData.class, name = "samples"),
        @JsonSubTypes.Type(value = LineData.class, name = "lines"),
        @JsonSubTypes.Type(value = HybridLineData.class, name = "sampled-lines"),
        @JsonSubTypes.Type(value = HybridFunctionData.class, name = "sampled-functions")})
    private interface ProfileDataMixin {
    }

    /**
     * Makes, ahead of the first save, the mapper's serializer of every type a saved run can hold, by walking the
     * envelope's types as a schema generator would (a sealed type's records included). Jackson makes a type's
     * serializer by introspection the first time it writes one, which was about 36 ms of the main command's save in a
     * driver that runs C1 only; made on the thread that builds the mapper while the child runs, the save finds them in
     * the mapper's cache.
     *
     * @param mapper a mapper from {@link #newMapper}
     */
    static void prepareWriting(ObjectMapper mapper) {
        new SerializerWalk(mapper).visit(mapper.constructType(Envelope.class));
    }

    /** The walk of {@link #prepareWriting}: each type once, so that recursive types end. */
    private static final class SerializerWalk extends JsonFormatVisitorWrapper.Base {

        private final ObjectMapper mapper;
        private final Set<JavaType> seen = new HashSet<>();

        SerializerWalk(ObjectMapper mapper) {
            this.mapper = mapper;
        }

        void visit(JavaType type) {
            if (type == null || !seen.add(type)) return;
            try {
                mapper.acceptJsonFormatVisitor(type, this);
            } catch (JsonMappingException e) {
                return; // a type Jackson cannot write fails the save itself, with the save's own message
            }
            Class<?> raw = type.getRawClass();
            if (raw.isSealed()) {
                for (Class<?> c : raw.getPermittedSubclasses()) visit(mapper.constructType(c));
            }
        }

        @Override
        public JsonObjectFormatVisitor expectObjectFormat(JavaType type) {
            return new JsonObjectFormatVisitor.Base(getProvider()) {
                @Override
                public void property(BeanProperty prop) {
                    visit(prop.getType());
                }

                @Override
                public void optionalProperty(BeanProperty prop) {
                    visit(prop.getType());
                }
            };
        }

        @Override
        public JsonArrayFormatVisitor expectArrayFormat(JavaType type) {
            return new JsonArrayFormatVisitor.Base(getProvider()) {
                @Override
                public void itemsFormat(JsonFormatVisitable handler, JavaType elementType) {
                    visit(elementType);
                }
            };
        }

        @Override
        public JsonMapFormatVisitor expectMapFormat(JavaType type) {
            return new JsonMapFormatVisitor.Base(getProvider()) {
                @Override
                public void keyFormat(JsonFormatVisitable handler, JavaType keyType) {
                    visit(keyType);
                }

                @Override
                public void valueFormat(JsonFormatVisitable handler, JavaType valueType) {
                    visit(valueType);
                }
            };
        }
    }

    /** @return the mapper for saved runs */
    static ObjectMapper newMapper() {
        return new ObjectMapper()
                .addMixIn(ProfileData.class, ProfileDataMixin.class)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /**
     * What the head of a file says, read without its data.
     *
     * @param format    the format version ({@code 1} for the envelope-less format of 0.1)
     * @param workbench the writer's version, {@code ""} when unknown
     * @param size      how many runs the set holds
     * @param run       the first run's header, {@code null} when the format is not this build's or for a study
     * @param study     the overhead study the file holds, {@code null} otherwise
     * @param sweep     the sweep the file holds, {@code null} otherwise
     * @param accuracy  the accuracy study the file holds, {@code null} otherwise
     */
    record Header(int format, String workbench, int size, RunInfo run, OverheadStudy study, SweepStudy sweep,
                  AccuracyStudy accuracy) {

        Header(int format, String workbench, int size, RunInfo run) {
            this(format, workbench, size, run, null, null, null);
        }
    }

    /**
     * Reads the format fields and the run header, stopping before the data (a study or sweep is read whole: it is small).
     *
     * @param mapper the mapper
     * @param file   a saved run
     * @return its header
     * @throws IOException when the file is unreadable or not JSON of a saved run
     */
    static Header header(ObjectMapper mapper, Path file) throws IOException {
        try (JsonParser p = mapper.getFactory().createParser(file.toFile())) {
            if (p.nextToken() != JsonToken.START_OBJECT) throw new IOException("not a JSON object");
            int format = -1;
            int size = 0;
            String writer = "";
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                switch (field) {
                    case "format" -> format = p.getIntValue();
                    case "formatVersion" -> format = p.getIntValue(); // format 1 kept it at the top
                    case "workbench" -> writer = p.getValueAsString("");
                    case "size" -> size = p.getIntValue();
                    case "overhead" -> {
                        if (format != FORMAT) return new Header(format, writer, size, null);
                        if (p.currentToken() != JsonToken.VALUE_NULL) {
                            return new Header(format, writer, size, null, mapper.readValue(p, OverheadStudy.class),
                                    null, null);
                        }
                    }
                    case "sweep" -> {
                        if (format != FORMAT) return new Header(format, writer, size, null);
                        if (p.currentToken() != JsonToken.VALUE_NULL) {
                            return new Header(format, writer, size, null, null, mapper.readValue(p, SweepStudy.class),
                                    null);
                        }
                    }
                    case "accuracy" -> {
                        if (format != FORMAT) return new Header(format, writer, size, null);
                        if (p.currentToken() != JsonToken.VALUE_NULL) {
                            return new Header(format, writer, size, null, null, null,
                                    mapper.readValue(p, AccuracyStudy.class));
                        }
                    }
                    case "runs" -> {
                        if (format != FORMAT) return new Header(format, writer, size, null);
                        if (p.nextToken() != JsonToken.START_OBJECT) throw new IOException("a run set with no runs");
                        return new Header(format, writer, size, readRun(mapper, p));
                    }
                    default -> p.skipChildren();
                }
                if (format >= 0 && format != FORMAT) return new Header(format, writer, size, null);
            }
            return new Header(format, writer, size, null);
        }
    }

    /** Reads the {@code run} field of the run object the parser has just entered. */
    private static RunInfo readRun(ObjectMapper mapper, JsonParser p) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            if (field.equals("run")) return mapper.readValue(p, RunInfo.class);
            p.skipChildren();
        }
        throw new IOException("no run header");
    }
}
