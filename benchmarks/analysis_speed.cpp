// analysis-speed: throughput of the one analyzer (news::Analyzer::tokens) per language group,
// over the titles and bodies of JSON Lines articles grouped by their "lang" field.
#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdlib>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "analysis/analyzer.h"
#include "cli/options.h"

namespace {

[[noreturn]] void fail(const std::string& message) {
  std::cerr << "analysis-speed: " << message << "\n";
  std::exit(2);
}

const std::vector<std::string> kGroups = {"zh", "ja", "ko", "th", "en", "ru", "ar", "others"};

std::string group_of(const std::string& lang) {
  std::string primary = lang.substr(0, lang.find('-'));
  for (char& c : primary) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (const std::string& g : kGroups)
    if (g == primary) return g;
  return "others";
}

struct Text {
  std::string lang, text;
};

struct Options {
  double max_mb = 4, min_seconds = 1;
  std::string tsv;
  std::vector<std::string> inputs;
};

double positive_number(const std::string& option, const std::string& text) {
  char* end = nullptr;
  double n = std::strtod(text.c_str(), &end);
  if (text.empty() || *end || !(n > 0))
    throw news::cli::UsageError{option + " must be a positive number, not '" + text + "'"};
  return n;
}

// The command line; --help is generated from the same table.
Options parse_options(int argc, char** argv) {
  Options o;
  news::cli::OptionParser parser(
      "analysis-speed", "analysis-speed [--max-mb N] [--min-seconds S] INPUT.jsonl...",
      "Runs news::Analyzer::tokens over the title and body of every article, grouped by language\n"
      "(zh, ja, ko, th, en, ru, ar, others: the primary subtag of the \"lang\" field), and prints a\n"
      "table of MB/s (of UTF-8 input) and tokens/s per group.");
  parser
      .custom("max-mb", 0, "N", "use at most N MB of text per group (default 4)",
              [&o](const std::string& v) { o.max_mb = positive_number("--max-mb", v); })
      .custom("min-seconds", 0, "S", "repeat a group's texts until at least S seconds were measured (default 1)",
              [&o](const std::string& v) { o.min_seconds = positive_number("--min-seconds", v); })
      .text("tsv", 0, "FILE", "also write \"group<TAB>mb<TAB>seconds<TAB>mb_per_s<TAB>tokens_per_s\" lines", o.tsv);
  o.inputs = parser.parse(argc, argv);
  if (o.inputs.empty()) parser.fail("no input file given");
  return o;
}

struct Group {
  std::vector<Text> texts;
  size_t bytes = 0;
};

// Titles and bodies by language group, at most `cap` bytes per group.
std::map<std::string, Group> load_texts(const std::vector<std::string>& inputs, size_t cap) {
  std::map<std::string, Group> groups;
  for (const std::string& input : inputs) {
    std::ifstream in(input, std::ios::binary);
    if (!in) fail(input + ": cannot be read");
    std::string line;
    while (std::getline(in, line)) {
      nlohmann::json object = nlohmann::json::parse(line, nullptr, false);
      if (!object.is_object()) continue;
      std::string lang = object.value("lang", std::string());
      Group& group = groups[group_of(lang)];
      if (group.bytes >= cap) continue;
      for (const char* field : {"title", "body"}) {
        std::string text = object.value(field, std::string());
        if (text.empty()) continue;
        group.bytes += text.size();
        group.texts.push_back({lang, std::move(text)});
      }
    }
  }
  return groups;
}

struct Speed {
  size_t passes = 0, tokens = 0;
  double seconds = 0;
};

// One untimed pass (warms ICU's dictionaries and caches), then timed passes for `min_seconds`.
Speed measure(const news::Analyzer& analyzer, const std::vector<Text>& texts, double min_seconds) {
  std::vector<news::Token> tokens;
  for (const Text& t : texts) {
    tokens.clear();
    analyzer.tokens(t.text, t.lang, 1, tokens);
  }
  Speed speed;
  auto start = std::chrono::steady_clock::now();
  do {
    for (const Text& t : texts) {
      tokens.clear();
      analyzer.tokens(t.text, t.lang, 1, tokens);
      speed.tokens += tokens.size();
    }
    ++speed.passes;
    speed.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  } while (speed.seconds < min_seconds);
  return speed;
}

}  // namespace

int main(int argc, char** argv) {
  Options o = parse_options(argc, argv);
  std::map<std::string, Group> groups = load_texts(o.inputs, static_cast<size_t>(o.max_mb * 1e6));
  news::Analyzer analyzer;
  std::ofstream tsv;
  if (!o.tsv.empty()) {
    tsv.open(o.tsv);
    if (!tsv) fail(o.tsv + ": cannot be written");
  }
  std::cout << "| group | texts | MB | passes | MB/s | tokens/s (M) |\n|---|---:|---:|---:|---:|---:|\n"
            << std::fixed;
  for (const std::string& name : kGroups) {
    auto found = groups.find(name);
    if (found == groups.end() || found->second.texts.empty()) {
      std::cout << "| " << name << " | 0 | 0 | 0 | - | - |\n";
      continue;
    }
    Speed speed = measure(analyzer, found->second.texts, o.min_seconds);
    double mb = found->second.bytes / 1e6;
    double mb_per_s = mb * speed.passes / speed.seconds, tokens_per_s = speed.tokens / speed.seconds;
    std::cout << "| " << name << " | " << found->second.texts.size() << " | " << std::setprecision(2) << mb << " | "
              << speed.passes << " | " << std::setprecision(1) << mb_per_s << " | " << std::setprecision(2)
              << tokens_per_s / 1e6 << " |\n";
    if (tsv) tsv << name << '\t' << mb << '\t' << speed.seconds << '\t' << mb_per_s << '\t' << tokens_per_s << '\n';
  }
  return 0;
}
