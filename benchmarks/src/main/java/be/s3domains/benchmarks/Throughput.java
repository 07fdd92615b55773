package be.s3domains.benchmarks;

/** How fast a pipeline copied a preloaded topic, and its GC pauses meanwhile. */
record Throughput(double perSecond, GcLog.Heap heap) {}
