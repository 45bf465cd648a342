// stock-xapian-index: the stock Xapian 1.4 indexing baseline the engine is compared with.
//
// One Xapian::Document per JSON Lines article, text from a Xapian::TermGenerator (no stemmer
// unless --stem), title then body with a position gap between them, unique id term "Q" + id
// (replace_document, so re-running replaces), the id as document data, a commit every --batch
// articles. Prints what it indexed and how fast, as "name<TAB>value" lines.
#include <xapian.h>

#include "cli/arguments.h"

#include <chrono>
#include <cstdlib>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace {

const char kUsage[] = R"(Usage: stock-xapian-index --db DB [--stem LANG] [--cjk-ngram] [--batch N] INPUT.jsonl...

Indexes JSON Lines articles ({"id", "title", "body", ...} per line) into DB with stock Xapian:
one TermGenerator, title then body, unique term Q<id>, the id as document data.

Options:
  --db DB        database folder (created or opened for update)
  --stem LANG    stem with Xapian::Stem(LANG) (STEM_SOME); default: no stemming
  --cjk-ngram    TermGenerator::FLAG_CJK_NGRAM (CJK character unigrams and bigrams)
  --batch N      articles per commit (default 1000)
  --quiet        print only the summary
  -h, --help     show this help

INPUT may be - for standard input. Prints articles, bytes, seconds, articles_per_s, mb_per_s.
)";

[[noreturn]] void fail(const std::string& message) {
  std::cerr << "stock-xapian-index: " << message << "\n";
  std::exit(2);
}

std::string string_field(const nlohmann::json& object, const char* name) {
  auto it = object.find(name);
  if (it == object.end() || !it->is_string()) return {};
  return it->get<std::string>();
}

}  // namespace

int main(int argc, char** argv) {
  std::string db_path, stem_language;
  bool cjk_ngram = false, quiet = false;
  unsigned long batch = 1000;
  std::vector<std::string> inputs;
  news::Arguments args("stock-xapian-index", argc, argv);
  while (args.next()) {
    const std::string& arg = args.arg();
    if (arg == "-h" || arg == "--help") {
      std::cout << kUsage;
      return 0;
    } else if (arg == "--db") db_path = args.value();
    else if (arg == "--stem") stem_language = args.value();
    else if (arg == "--cjk-ngram") cjk_ngram = true;
    else if (arg == "--quiet") quiet = true;
    else if (arg == "--batch") batch = args.number(1);
    else if (arg.size() > 1 && arg[0] == '-') args.fail("unknown option " + arg);
    else inputs.push_back(arg);
  }
  if (db_path.empty()) fail("--db DB is required");
  if (inputs.empty()) fail("no input file given");

  try {
    auto start = std::chrono::steady_clock::now();
    Xapian::WritableDatabase db(db_path, Xapian::DB_CREATE_OR_OPEN);
    Xapian::TermGenerator generator;
    if (!stem_language.empty()) {
      generator.set_stemmer(Xapian::Stem(stem_language));
      generator.set_stemming_strategy(Xapian::TermGenerator::STEM_SOME);
    }
    if (cjk_ngram) generator.set_flags(Xapian::TermGenerator::FLAG_CJK_NGRAM);

    unsigned long articles = 0, rejected = 0, pending = 0;
    unsigned long long bytes = 0;
    for (const std::string& input : inputs) {
      std::ifstream file;
      if (input != "-") {
        file.open(input, std::ios::binary);
        if (!file) fail(input + ": cannot be read");
      }
      std::istream& in = input == "-" ? std::cin : file;
      std::string line;
      for (unsigned long number = 1; std::getline(in, line); ++number) {
        bytes += line.size() + 1;
        if (line.empty() || line == "\r") continue;
        nlohmann::json object = nlohmann::json::parse(line, nullptr, false);
        std::string id = object.is_object() ? string_field(object, "id") : std::string();
        if (id.empty()) {
          std::cerr << "stock-xapian-index: " << input << ":" << number << ": not a JSON object with an id, skipped\n";
          ++rejected;
          continue;
        }
        Xapian::Document doc;
        generator.set_document(doc);
        generator.index_text(string_field(object, "title"));
        generator.increase_termpos();
        generator.index_text(string_field(object, "body"));
        doc.set_data(id);
        std::string id_term = "Q" + id;
        doc.add_boolean_term(id_term);
        db.replace_document(id_term, doc);
        ++articles;
        if (++pending == batch) {
          db.commit();
          pending = 0;
          if (!quiet) std::cerr << "\rstock-xapian-index: " << articles << " articles" << std::flush;
        }
      }
      if (in.bad()) fail(input + ": read error");
    }
    db.commit();
    db.close();
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (!quiet) std::cerr << "\r";
    std::cout << std::fixed << "articles\t" << articles << "\n"
              << "rejected\t" << rejected << "\n"
              << "bytes\t" << bytes << "\n"
              << std::setprecision(3) << "seconds\t" << seconds << "\n"
              << std::setprecision(1) << "articles_per_s\t" << (seconds > 0 ? articles / seconds : 0) << "\n"
              << std::setprecision(2) << "mb_per_s\t" << (seconds > 0 ? bytes / 1e6 / seconds : 0) << "\n";
    return rejected ? 1 : 0;
  } catch (const Xapian::Error& e) {
    fail(db_path + ": " + e.get_description());
  }
}
