package workbench.export;

import java.nio.file.Path;
import workbench.model.FunctionData;
import workbench.model.LineData;
import workbench.model.ProfileData;
import workbench.model.RunSet;
import workbench.model.SampleData;
import workbench.model.HybridFunctionData;
import workbench.model.HybridLineData;

/**
 * What an exporter is handed: a saved run set, summed, with where its kept files (recordings) lie and the options
 * that shape a file.
 */
public final class ExportRun {

    private final RunSet set;
    private final Path directory;
    private final PathValue value;
    private final ProfileData data;

    /**
     * @param set       the runs; several are exported summed
     * @param directory the folder of the saved run, where the files kept beside it are
     * @param value     what a deterministic call path weighs in formats of one value per stack
     */
    public ExportRun(RunSet set, Path directory, PathValue value) {
        this.set = set;
        this.directory = directory;
        this.value = value;
        this.data = set.merged();
    }

    /** @return the runs */
    public RunSet set() {
        return set;
    }

    /** @return the folder of the saved run */
    public Path directory() {
        return directory;
    }

    /** @return what a deterministic call path weighs */
    public PathValue value() {
        return value;
    }

    /** @return every run's data summed */
    public ProfileData data() {
        return data;
    }

    /** @return the run's id, its name, and its target, for a file's title */
    public String title() {
        return set.id() + (set.name().isEmpty() ? "" : " (" + set.name() + ")") + ": " + set.first().target().describe();
    }

    /** @return the run's kind as the command line asks for it: its mode, and its timing when that is sampled */
    public String kind() {
        return data.accept(new ProfileData.Visitor<String>() {
            @Override
            public String visitFunctions(FunctionData d) {
                return "deterministic";
            }

            @Override
            public String visitHybridFunctions(HybridFunctionData d) {
                return "deterministic --timing sampled";
            }

            @Override
            public String visitSamples(SampleData d) {
                return "sampling";
            }

            @Override
            public String visitLines(LineData d) {
                return "line";
            }

            @Override
            public String visitHybridLines(HybridLineData d) {
                return "line --timing sampled";
            }
        });
    }
}
