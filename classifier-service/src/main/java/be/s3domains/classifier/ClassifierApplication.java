package be.s3domains.classifier;

import be.s3domains.classifier.cli.ClassifierCommands;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Runs a batch command when the first argument names one, the streaming service otherwise. */
@SpringBootApplication
public class ClassifierApplication {

  private static final String LOGBACK_CONFIGURATION = "logback.configurationFile";

  public static void main(String[] args) {
    if (ClassifierCommands.handles(args)) {
      // Standard output is the commands' own: libraries log warnings to standard error.
      if (System.getProperty(LOGBACK_CONFIGURATION) == null) {
        System.setProperty(LOGBACK_CONFIGURATION, "logback-commands.xml");
      }
      System.exit(ClassifierCommands.run(args));
    }
    SpringApplication.run(ClassifierApplication.class, args);
  }
}
