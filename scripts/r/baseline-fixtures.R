# Reference values for src/core/baselines (trailing mean and median with a guard band, same-weekday mean,
# year-to-date mean, trailing twelve-month mean, comparable-from cut-off), computed with base R only and by
# DATE arithmetic (as.Date, match) rather than by index, so the port's index arithmetic is checked.
# Run from the repository root:
#   Rscript scripts/r/baseline-fixtures.R
source(file.path("scripts", "r", "fixture-json.R"))
by <- "Rscript scripts/r/baseline-fixtures.R"

# A daily series across a year boundary with zeros, ties, missing days (NA) and a spike.
set.seed(20170101)
days <- seq(as.Date("2016-12-05"), as.Date("2017-03-15"), by = "day")
daily <- rpois(length(days), 2.5)
daily[c(20:24, 60)] <- 0
daily[c(9, 33, 34, 71)] <- NA
daily[c(45, 46)] <- c(19, 11)
daily_dates <- format(days)

# Summarises the counts at `idx` (NA where a date is outside the series) for a window of `len` points.
summarise <- function(x, idx, len, stat, max_missing, level) {
  vals <- x[idx[!is.na(idx)]]
  obs <- vals[!is.na(vals)]
  need <- max(1, len - max_missing)
  if (length(obs) < need)
    return(list(kind = "insufficient-data", need = need, have = length(obs), expected = NA,
                poisson = NA, normal = NA, start = NA))
  e <- if (stat == "mean") mean(obs) else median(obs)
  list(kind = "value", need = need, have = length(obs), expected = e, poisson = qpois(level, e),
       normal = if (length(obs) >= 2) e + qnorm(level) * sd(obs) else NA, start = min(idx[!is.na(idx)]))
}

# window(i) returns the window's intended dates; they are matched to the series' dates.
baseline_case <- function(name, dates, counts, window, stat, max_missing, level, options, call,
                          comparable_from = NA) {
  rows <- lapply(seq_along(counts), function(i) {
    w <- window(i)
    s <- summarise(counts, match(w, dates), length(w), stat, max_missing, level)
    if (s$kind == "value" && !is.na(comparable_from)) {
      first <- dates[s$start]
      first_day <- if (nchar(first) == 7) paste0(first, "-01") else first
      if (first_day < comparable_from) s$kind <- "before-comparable"
    }
    s
  })
  pick <- function(field) arr(vapply(rows, function(r) r[[field]], if (field == "kind") "" else 0))
  list(name = name, call = call, options = options, dates = arr(dates), counts = arr(counts),
       kind = pick("kind"), need = pick("need"), have = pick("have"), expected = pick("expected"),
       upperPoisson = pick("poisson"), upperNormal = pick("normal"))
}

d <- function(i) days[i]
trailing <- function(len, guard) function(i) format(d(i) - (guard + len):(guard + 1))
weekday <- function(weeks) function(i) format(d(i) - 7 * (weeks:1))
ytd <- function(i) {
  start <- as.Date(paste0(format(d(i), "%Y"), "-01-01"))
  if (d(i) == start) character(0) else format(seq(start, d(i) - 1, by = "day"))
}

# A monthly series from 2011-01 with a missing month, for the twelve-month mean and the comparable-from cut.
months <- format(seq(as.Date("2011-01-01"), as.Date("2014-06-01"), by = "month"), "%Y-%m")
monthly <- c(3533, 3610, 3702, 3480, 3904, 4012, 5605, 4700, 4100, 3900, 3650, 3400, 3800, 3750, 3900, 4000,
             4270, 6042, 4900, 4300, NA, 4100, 3950, 3700, 3800, 3900, 4050, 4000, 4150, 4300, 4700, 4400,
             4250, 4100, 3990, 3870, 3960, 4010, 4120, 4240, 4330, 4500)
month_window <- function(i) {
  first <- as.Date(paste0(months[i], "-01"))
  format(seq(first, by = "-1 month", length.out = 13)[13:2], "%Y-%m")
}

cases <- list(
  baseline_case("trailing-mean-7", daily_dates, daily, trailing(7, 0), "mean", 0, 0.95,
                list(window = 7), "mean(x[d - 7:1]); qpois(0.95, m); m + qnorm(0.95) * sd(x[d - 7:1])"),
  baseline_case("trailing-mean-7-guard-2-missing-1", daily_dates, daily, trailing(7, 2), "mean", 1, 0.95,
                list(window = 7, guard = 2, maxMissing = 1), "mean(x[d - 9:3], na.rm = TRUE) if <= 1 NA"),
  baseline_case("trailing-median-7", daily_dates, daily, trailing(7, 0), "median", 0, 0.95,
                list(window = 7, statistic = "median"), "median(x[d - 7:1]); qpois(0.95, median)"),
  baseline_case("trailing-median-14-guard-3-missing-2-level-0.99", daily_dates, daily, trailing(14, 3),
                "median", 2, 0.99, list(window = 14, guard = 3, statistic = "median", maxMissing = 2, level = 0.99),
                "median(x[d - 17:4], na.rm = TRUE) if <= 2 NA; qpois(0.99, median)"),
  baseline_case("same-weekday-4", daily_dates, daily, weekday(4), "mean", 0, 0.95, list(weeks = 4),
                "mean(x[d - 7 * 4:1])"),
  baseline_case("same-weekday-3-missing-1", daily_dates, daily, weekday(3), "mean", 1, 0.95,
                list(weeks = 3, maxMissing = 1), "mean(x[d - 7 * 3:1], na.rm = TRUE) if <= 1 NA"),
  baseline_case("year-to-date", daily_dates, daily, ytd, "mean", 0, 0.95, list(),
                "mean(x[as.Date('YYYY-01-01') <= date & date < d])"),
  baseline_case("year-to-date-missing-2", daily_dates, daily, ytd, "mean", 2, 0.95, list(maxMissing = 2),
                "mean(x[as.Date('YYYY-01-01') <= date & date < d], na.rm = TRUE) if <= 2 NA"),
  baseline_case("twelve-month", months, monthly, month_window, "mean", 0, 0.95, list(),
                "mean(x[m - 12:1])"),
  baseline_case("twelve-month-comparable-from-2012-05", months, monthly, month_window, "mean", 0, 0.95,
                list(comparableFrom = "2012-05"), "mean(x[m - 12:1]) where month m - 12 >= 2012-05",
                comparable_from = "2012-05-01"),
  baseline_case("trailing-mean-28-comparable-from-2017-01-10", daily_dates, daily, trailing(28, 0), "mean", 2,
                0.95, list(window = 28, maxMissing = 2, comparableFrom = "2017-01-10"),
                "mean(x[d - 28:1], na.rm = TRUE) where d - 28 >= 2017-01-10", comparable_from = "2017-01-10")
)

format_fixtures(write_fixture("baselines.json", "base-R baselines by date arithmetic, per point", by, cases))
