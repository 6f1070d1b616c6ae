// Imported first by benchmarks that run handlers in-process: the handlers' request log line (one per request,
// right for a function's own log) would otherwise fill a benchmark's output with thousands of lines. The
// Powertools logger reads its level when lambda-kit is first evaluated, hence a module of its own.
process.env.POWERTOOLS_LOG_LEVEL ??= 'WARN';
