package be.s3domains.classifier;

import be.s3domains.classifier.cli.ClassifierCommands;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Runs a batch command when the first argument names one, the streaming service otherwise. */
@SpringBootApplication
public class ClassifierApplication {

  public static void main(String[] args) {
    if (ClassifierCommands.handles(args)) {
      System.exit(ClassifierCommands.run(args));
    }
    SpringApplication.run(ClassifierApplication.class, args);
  }
}
