// stock-xapian-index: the stock Xapian 1.4 indexing baseline the engine is compared with.
//
// One Xapian::Document per JSON Lines article, text from a Xapian::TermGenerator (no stemmer
// unless --stem), title then body with a position gap between them, unique id term "Q" + id
// (replace_document, so re-running replaces), the id as document data (or, with --omega-data,
// the fields Omega's templates show), a commit every --batch articles. Prints what it indexed
// and how fast, as "name<TAB>value" lines.
#include <xapian.h>

#include <chrono>
#include <cstdlib>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "cli/options.h"

namespace {

struct Options {
  std::string db, stem;
  bool cjk_ngram = false, omega_data = false, quiet = false;
  size_t batch = 1000;
  std::vector<std::string> inputs;
};

// The command line; --help is generated from the same table.
Options parse_options(int argc, char** argv) {
  Options o;
  news::cli::OptionParser parser(
      "stock-xapian-index", "stock-xapian-index --db DB [--stem LANG] [--cjk-ngram] [--batch N] INPUT.jsonl...",
      "Indexes JSON Lines articles ({\"id\", \"title\", \"body\", ...} per line) into DB with stock Xapian:\n"
      "one TermGenerator, title then body, unique term Q<id>, the id as document data.",
      "INPUT may be - for standard input. Prints articles, bytes, seconds, articles_per_s, mb_per_s.");
  parser.text("db", 0, "DB", "database folder (created or opened for update)", o.db)
      .text("stem", 0, "LANG", "stem with Xapian::Stem(LANG) (STEM_SOME); default: no stemming", o.stem)
      .flag("cjk-ngram", 0, "TermGenerator::FLAG_CJK_NGRAM (CJK character unigrams and bigrams)", o.cjk_ngram)
      .flag("omega-data", 0,
            "document data as Omega's templates read it (caption=title, sample=start of the body, "
            "url=id), as omindex writes it",
            o.omega_data)
      .number("batch", 0, "N", "articles per commit (default 1000)", o.batch, 1)
      .flag("quiet", 'q', "print only the summary", o.quiet);
  o.inputs = parser.parse(argc, argv);
  if (o.db.empty()) parser.fail("--db DB is required");
  if (o.inputs.empty()) parser.fail("no input file given");
  return o;
}

[[noreturn]] void fail(const std::string& message) {
  std::cerr << "stock-xapian-index: " << message << "\n";
  std::exit(2);
}

std::string string_field(const nlohmann::json& object, const char* name) {
  auto it = object.find(name);
  if (it == object.end() || !it->is_string()) return {};
  return it->get<std::string>();
}

// The first `bytes` bytes of `text` or a little less, never cutting a UTF-8 character, on one line.
std::string sample_of(const std::string& text, size_t bytes) {
  size_t end = std::min(bytes, text.size());
  while (end < text.size() && end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  std::string sample = text.substr(0, end);
  for (char& c : sample)
    if (c == '\n' || c == '\r') c = ' ';
  return sample;
}

// Omega's field format: one NAME=VALUE line per field.
std::string omega_data(const std::string& id, const std::string& title, const std::string& body) {
  return "url=" + id + "\ncaption=" + sample_of(title, 200) + "\nsample=" + sample_of(body, 300) + "\n";
}

struct Counts {
  unsigned long articles = 0, rejected = 0, pending = 0;
  unsigned long long bytes = 0;
};

class Indexer {
 public:
  explicit Indexer(const Options& o) : o_(o), db_(o.db, Xapian::DB_CREATE_OR_OPEN) {
    if (!o.stem.empty()) {
      generator_.set_stemmer(Xapian::Stem(o.stem));
      generator_.set_stemming_strategy(Xapian::TermGenerator::STEM_SOME);
    }
    if (o.cjk_ngram) generator_.set_flags(Xapian::TermGenerator::FLAG_CJK_NGRAM);
  }

  void index_stream(std::istream& in, const std::string& input) {
    std::string line;
    for (unsigned long number = 1; std::getline(in, line); ++number) {
      counts_.bytes += line.size() + 1;
      if (line.empty() || line == "\r") continue;
      nlohmann::json object = nlohmann::json::parse(line, nullptr, false);
      std::string id = object.is_object() ? string_field(object, "id") : std::string();
      if (id.empty()) {
        std::cerr << "stock-xapian-index: " << input << ":" << number << ": not a JSON object with an id, skipped\n";
        ++counts_.rejected;
        continue;
      }
      add(id, string_field(object, "title"), string_field(object, "body"));
    }
    if (in.bad()) fail(input + ": read error");
  }

  const Counts& finish() {
    db_.commit();
    db_.close();
    return counts_;
  }

 private:
  void add(const std::string& id, const std::string& title, const std::string& body) {
    Xapian::Document doc;
    generator_.set_document(doc);
    generator_.index_text(title);
    generator_.increase_termpos();
    generator_.index_text(body);
    doc.set_data(o_.omega_data ? omega_data(id, title, body) : id);
    std::string id_term = "Q" + id;
    doc.add_boolean_term(id_term);
    db_.replace_document(id_term, doc);
    ++counts_.articles;
    if (++counts_.pending < o_.batch) return;
    db_.commit();
    counts_.pending = 0;
    if (!o_.quiet) std::cerr << "\rstock-xapian-index: " << counts_.articles << " articles" << std::flush;
  }

  const Options& o_;
  Xapian::WritableDatabase db_;
  Xapian::TermGenerator generator_;
  Counts counts_;
};

void print_summary(const Counts& c, double seconds) {
  std::cout << std::fixed << "articles\t" << c.articles << "\n"
            << "rejected\t" << c.rejected << "\n"
            << "bytes\t" << c.bytes << "\n"
            << std::setprecision(3) << "seconds\t" << seconds << "\n"
            << std::setprecision(1) << "articles_per_s\t" << (seconds > 0 ? c.articles / seconds : 0) << "\n"
            << std::setprecision(2) << "mb_per_s\t" << (seconds > 0 ? c.bytes / 1e6 / seconds : 0) << "\n";
}

}  // namespace

int main(int argc, char** argv) {
  Options o = parse_options(argc, argv);
  try {
    auto start = std::chrono::steady_clock::now();
    Indexer indexer(o);
    for (const std::string& input : o.inputs) {
      if (input == "-") {
        indexer.index_stream(std::cin, input);
        continue;
      }
      std::ifstream file(input, std::ios::binary);
      if (!file) fail(input + ": cannot be read");
      indexer.index_stream(file, input);
    }
    const Counts& counts = indexer.finish();
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (!o.quiet) std::cerr << "\r";
    print_summary(counts, seconds);
    return counts.rejected ? 1 : 0;
  } catch (const Xapian::Error& e) {
    fail(o.db + ": " + e.get_description());
  }
}
