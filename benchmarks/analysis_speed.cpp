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

namespace {

const char kUsage[] = R"(Usage: analysis-speed [--max-mb N] [--min-seconds S] INPUT.jsonl...

Runs news::Analyzer::tokens over the title and body of every article, grouped by language
(zh, ja, ko, th, en, ru, ar, others: the primary subtag of the "lang" field), and prints a
table of MB/s (of UTF-8 input) and tokens/s per group.

Options:
  --max-mb N        use at most N MB of text per group (default 4)
  --min-seconds S   repeat a group's texts until at least S seconds were measured (default 1)
  --tsv FILE        also write "group<TAB>mb<TAB>seconds<TAB>mb_per_s<TAB>tokens_per_s" lines
  -h, --help        show this help
)";

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

}  // namespace

int main(int argc, char** argv) {
  double max_mb = 4, min_seconds = 1;
  std::string tsv_path;
  std::vector<std::string> inputs;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    auto value = [&]() -> std::string {
      if (i + 1 >= argc) fail(arg + " needs a value");
      return argv[++i];
    };
    auto number = [&]() {
      std::string v = value();
      char* end = nullptr;
      double n = std::strtod(v.c_str(), &end);
      if (v.empty() || *end || !(n > 0)) fail(arg + " must be a positive number, not '" + v + "'");
      return n;
    };
    if (arg == "-h" || arg == "--help") {
      std::cout << kUsage;
      return 0;
    } else if (arg == "--max-mb") max_mb = number();
    else if (arg == "--min-seconds") min_seconds = number();
    else if (arg == "--tsv") tsv_path = value();
    else if (arg.size() > 1 && arg[0] == '-') fail("unknown option " + arg);
    else inputs.push_back(arg);
  }
  if (inputs.empty()) fail("no input file given");

  std::map<std::string, std::vector<Text>> texts;
  std::map<std::string, size_t> bytes;
  const size_t cap = static_cast<size_t>(max_mb * 1e6);
  for (const std::string& input : inputs) {
    std::ifstream in(input, std::ios::binary);
    if (!in) fail(input + ": cannot be read");
    std::string line;
    while (std::getline(in, line)) {
      nlohmann::json object = nlohmann::json::parse(line, nullptr, false);
      if (!object.is_object()) continue;
      std::string lang = object.value("lang", std::string());
      std::string group = group_of(lang);
      if (bytes[group] >= cap) continue;
      for (const char* field : {"title", "body"}) {
        std::string text = object.value(field, std::string());
        if (text.empty()) continue;
        bytes[group] += text.size();
        texts[group].push_back({lang, std::move(text)});
      }
    }
  }

  news::Analyzer analyzer;
  std::ofstream tsv;
  if (!tsv_path.empty()) {
    tsv.open(tsv_path);
    if (!tsv) fail(tsv_path + ": cannot be written");
  }
  std::cout << "| group | texts | MB | passes | MB/s | tokens/s (M) |\n|---|---:|---:|---:|---:|---:|\n"
            << std::fixed;
  std::vector<news::Token> tokens;
  for (const std::string& group : kGroups) {
    auto found = texts.find(group);
    if (found == texts.end() || found->second.empty()) {
      std::cout << "| " << group << " | 0 | 0 | 0 | - | - |\n";
      continue;
    }
    // One untimed pass (warms ICU's dictionaries and caches), then timed passes.
    for (const Text& t : found->second) {
      tokens.clear();
      analyzer.tokens(t.text, t.lang, 1, tokens);
    }
    size_t passes = 0, token_count = 0;
    double seconds = 0;
    auto start = std::chrono::steady_clock::now();
    do {
      for (const Text& t : found->second) {
        tokens.clear();
        analyzer.tokens(t.text, t.lang, 1, tokens);
        token_count += tokens.size();
      }
      ++passes;
      seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    } while (seconds < min_seconds);
    double mb = bytes[group] / 1e6;
    double mb_per_s = mb * passes / seconds, tokens_per_s = token_count / seconds;
    std::cout << "| " << group << " | " << found->second.size() << " | " << std::setprecision(2) << mb << " | "
              << passes << " | " << std::setprecision(1) << mb_per_s << " | " << std::setprecision(2)
              << tokens_per_s / 1e6 << " |\n";
    if (tsv)
      tsv << group << '\t' << mb << '\t' << seconds << '\t' << mb_per_s << '\t' << tokens_per_s << '\n';
  }
  return 0;
}
