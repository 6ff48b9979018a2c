# Times surveillance's detection methods on a `date,count` CSV file, for scripts/bench/detection.ts.
# Usage: Rscript scripts/bench/detection.R <file.csv> <runs> <method> [<method> ...]
# Prints one line per method: the method, then each run's elapsed milliseconds (system.time inside R).
# The calls match the TypeScript registry's defaults (src/core/detection/methods.ts).
suppressPackageStartupMessages(library(surveillance))
args <- commandArgs(trailingOnly = TRUE)
x <- read.csv(args[1])$count
runs <- as.integer(args[2])
n <- length(x)
daily <- sts(observed = x, frequency = 365, start = c(1991, 1))
calls <- list(
  "ears-c1" = function() earsC(daily, control = list(method = "C1", baseline = 7, alpha = 0.001)),
  "ears-c2" = function() earsC(daily, control = list(method = "C2", baseline = 7, alpha = 0.001)),
  "ears-c3" = function() earsC(daily, control = list(method = "C3", baseline = 7, alpha = 0.025)),
  "cusum" = function() algo.cusum(sts2disProg(daily), control = list(range = 29:n)),
  # Base R: the mean of the 28 previous days, qpois(0.999, mean) and ppois(x - 1, mean, lower.tail = FALSE).
  "trailing-mean" = function() {
    expected <- c(NA, stats::filter(x, rep(1 / 28, 28), sides = 1)[-n])
    list(upper = qpois(0.999, expected), pValue = ppois(x - 1, expected, lower.tail = FALSE))
  },
  "farrington" = function() farringtonFlexible(daily, control = list(b = 5, w = 3, alpha = 0.05)),
  # The issue's benchmark: the week as the season (freq 7), b 4, w 1, no trend (scripts/bench/farrington.ts).
  "farrington-freq7" = function() {
    farringtonFlexible(sts(observed = x, frequency = 7), control = list(b = 4, w = 1, trend = FALSE))
  }
)
for (method in args[-(1:2)]) {
  call <- calls[[method]]
  if (is.null(call)) stop("no R call for ", method)
  elapsed <- vapply(seq_len(runs), function(i) {
    1000 * system.time(suppressWarnings(call()), gcFirst = TRUE)[["elapsed"]]
  }, numeric(1))
  cat(method, paste(elapsed, collapse = ","), "\n", sep = "\t")
}
