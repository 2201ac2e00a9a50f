package dev.newsfold.runners;

import dev.newsfold.NewsfoldOptions;
import java.lang.reflect.Method;
import org.apache.beam.sdk.PipelineRunner;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;

/**
 * Run by DataflowBundleIT on the Dataflow bundled jar's classpath: parses the options as main()
 * does, prints the Dataflow options they set, then lets the DataflowRunner validate them
 * ({@code DataflowRunner.fromOptions}: project id, region, temp and staging locations, files to
 * stage). It submits nothing. Dataflow's classes are reached by name, so that this file compiles in
 * every profile.
 */
public final class DataflowOptionsCheck {
  private static final String DATAFLOW_OPTIONS = "org.apache.beam.runners.dataflow.options.DataflowPipelineOptions";
  private static final String[] SHOWN = {"Project", "Region", "TempLocation", "GcpTempLocation", "StagingLocation",
      "WorkerMachineType", "MaxNumWorkers"};

  private DataflowOptionsCheck() {}

  public static void main(String[] args) throws Exception {
    PipelineOptionsFactory.register(NewsfoldOptions.class);
    NewsfoldOptions options = PipelineOptionsFactory.fromArgs(args).withValidation().as(NewsfoldOptions.class);
    System.out.println("runner=" + options.getRunner().getName());
    System.out.println("input=" + options.getInput());
    System.out.println("output=" + options.getOutput());
    Class<? extends PipelineOptions> dataflow = Class.forName(DATAFLOW_OPTIONS).asSubclass(PipelineOptions.class);
    Object view = options.as(dataflow);
    for (String name : SHOWN) {
      Method getter = dataflow.getMethod("get" + name);
      System.out.println(Character.toLowerCase(name.charAt(0)) + name.substring(1) + "=" + getter.invoke(view));
    }
    PipelineRunner<?> runner = PipelineRunner.fromOptions(options);
    System.out.println("validated=" + runner.getClass().getName());
    // Set by the runner from the classpath: what a submission would upload.
    System.out.println("filesToStage=" + dataflow.getMethod("getFilesToStage").invoke(view));
  }
}
