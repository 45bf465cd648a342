#include <cmath>
#include <cstdio>
#include <filesystem>
#include <set>

#include "eval/comparison_report.h"

namespace news::eval {

namespace {

std::string format(const char* spec, double value) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, spec, value);
  return buffer;
}

std::string format_p(double p) {
  if (std::isnan(p)) return "-";
  return p < 0.0001 ? "<0.0001" : format("%.4f", p);
}

std::string pad(const std::string& s, std::size_t width, bool right = false) {
  if (s.size() >= width) return s;
  return right ? std::string(width - s.size(), ' ') + s : s + std::string(width - s.size(), ' ');
}

void write_header(std::ostream& out, const ComparisonReport& r, const std::string& base_label) {
  const ComparisonSettings& c = r.comparison;
  const std::string runs = std::to_string(r.runs.size()) + (r.runs.size() == 1 ? " run" : " runs");
  out << "baseline  " << base_label << " (runid " << r.baseline.run_id << "), against " << runs
      << "\n"
      << "topics    " << r.topics << ", every judged topic of " << r.qrels_file
      << "; a run without results for one scores 0 on it\n"
      << "tests     p(rand): paired randomization test, two-sided, " << c.permutations
      << " random sign flips (seed " << c.seed << "),\n"
      << "          or every sign pattern when there are fewer; p(t): paired t-test, two-sided;\n"
      << "          both Holm-corrected over the " << runs << "; * marks p(rand) < "
      << format("%g", c.alpha) << "\n\n";
}

void write_table(std::ostream& out, const ComparisonReport& r, const std::vector<std::string>& labels) {
  std::size_t mw = 7, lw = 3;
  for (const MeasureComparison& m : r.measures) mw = std::max(mw, m.measure.size());
  for (const std::string& l : labels) lw = std::max(lw, l.size());
  out << pad("measure", mw) << "  " << pad("run", lw) << "    mean     diff   p(rand)     p(t)  win/tie/loss\n";
  for (const MeasureComparison& m : r.measures) {
    out << pad(m.measure, mw) << "  " << pad(labels[0], lw) << "  " << format("%.4f", m.baseline_mean) << '\n';
    for (std::size_t i = 0; i < m.runs.size(); ++i) {
      const RunComparison& c = m.runs[i];
      out << pad("", mw) << "  " << pad(labels[i + 1], lw) << "  " << format("%.4f", c.mean) << "  "
          << format("%+.4f", c.diff) << "  " << pad(format_p(c.p_randomization_holm), 7, true)
          << (c.significant ? '*' : ' ') << "  " << pad(format_p(c.p_t_holm), 7, true) << "  "
          << c.wins << '/' << c.ties << '/' << c.losses << '\n';
    }
  }
}

void write_moved(std::ostream& out, const ComparisonReport& r, const std::vector<std::string>& labels) {
  if (r.comparison.moved == 0) return;
  out << "\nTopics that moved most (run minus baseline):\n";
  for (const MeasureComparison& m : r.measures) {
    for (std::size_t i = 0; i < m.runs.size(); ++i) {
      out << "  " << m.measure << ", " << labels[i + 1] << ":";
      if (m.runs[i].moved.empty()) out << " none";
      for (std::size_t k = 0; k < m.runs[i].moved.size(); ++k) {
        const MovedTopic& t = m.runs[i].moved[k];
        out << (k ? ", " : " ") << t.topic << ' ' << format("%+.4f", t.run - t.baseline);
      }
      out << '\n';
    }
  }
}

}  // namespace

std::vector<std::string> run_labels(const std::vector<std::string>& files) {
  std::vector<std::string> names;
  std::set<std::string> distinct;
  for (const std::string& f : files) {
    names.push_back(std::filesystem::path(f).filename().string());
    distinct.insert(names.back());
  }
  return distinct.size() == files.size() ? names : files;
}

void write_comparison_text(std::ostream& out, const ComparisonReport& report) {
  std::vector<std::string> files = {report.baseline.file};
  for (const RunInfo& r : report.runs) files.push_back(r.file);
  const std::vector<std::string> labels = run_labels(files);
  write_header(out, report, labels[0]);
  write_table(out, report, labels);
  write_moved(out, report, labels);
}

}  // namespace news::eval
