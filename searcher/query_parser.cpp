#include "searcher/query_parser.h"

#include <algorithm>
#include <cctype>

#include <unicode/uchar.h>

#include "analysis/utf8.h"
#include "store/dates.h"

namespace news {
namespace {

using Node = QueryNode;
using Kind = QueryNode::Kind;

std::unique_ptr<Node> make(Kind kind, std::string text = {}, std::string field = {}) {
  auto n = std::make_unique<Node>();
  n->kind = kind;
  n->text = std::move(text);
  n->field = std::move(field);
  return n;
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

bool is_filter_field(const std::string& f) { return f == "lang" || f == "source" || f == "year"; }

// The known field name (in lower case) written at `at` of `q` (in any case) before a ':', or null.
const char* known_field_at(std::string_view q, size_t at) {
  static const char* fields[] = {"title", "lang", "source", "year", "date"};
  for (const char* f : fields) {
    size_t n = std::char_traits<char>::length(f);
    if (q.size() > at + n && q[at + n] == ':') {
      bool same = true;
      for (size_t k = 0; k < n; ++k)
        if (std::tolower(static_cast<unsigned char>(q[at + k])) != f[k]) same = false;
      if (same) return f;
    }
  }
  return nullptr;
}

bool is_operator_word(std::string_view w) { return w == "AND" || w == "OR" || w == "NOT"; }

// Whether the query is set in capitals: an upper-case letter outside the operator words, field
// names and filter values, and no lower-case letter (letters of scripts without case are neither).
// Operators stand out by their capitals, which such a query (a headline pasted as printed: "OIL
// PRICES NOT CONFIRMED") cannot do; its AND, OR and NOT are words.
bool written_in_capitals(std::string_view q) {
  bool capitals = false;
  for (size_t start = 0; start < q.size();) {
    size_t end = start;
    while (end < q.size() && !is_space(q[end])) ++end;
    std::string_view word = q.substr(start, end - start);
    start = end + 1;
    size_t name = std::min(word.find_first_not_of("+-("), word.size());
    if (const char* field = known_field_at(word, name)) {
      std::string_view field_name(field);
      if (field_name != "title") continue;  // a filter: its value is no word of the text
      word = word.substr(name + field_name.size() + 1);
    }
    size_t first = word.find_first_not_of("+-(\"");
    size_t last = word.find_last_not_of(")\"");
    bool operator_word = first != std::string_view::npos && is_operator_word(word.substr(first, last + 1 - first));
    for (size_t at = 0; at < word.size();) {
      char32_t c = next_code_point(word, at);
      if (u_isULowercase(static_cast<UChar32>(c))) return false;
      if (!operator_word && u_isUUppercase(static_cast<UChar32>(c))) capitals = true;
    }
  }
  return capitals;
}

struct Lexeme {
  enum Type { kWord, kPhrase, kOpen, kClose, kAnd, kOr, kNot, kEnd } type = kEnd;
  std::string text;
  std::string field;  // "title", "lang", ... when written field:value
  char modifier = 0;  // '+' or '-'
  size_t offset = 0;  // where `text` begins in the query
};

// Splits the query into lexemes. With `strict` off (the fallback), quotes and parentheses are
// ignored and everything is words.
class Lexer {
 public:
  Lexer(const std::string& q, bool strict) : q_(q), strict_(strict), operators_(strict && !written_in_capitals(q)) {}
  bool failed() const { return failed_; }
  std::string failure() const { return failure_; }

  std::vector<Lexeme> run() {
    std::vector<Lexeme> out;
    while (true) {
      while (i_ < q_.size() && is_space(q_[i_])) ++i_;
      if (i_ >= q_.size()) break;
      Lexeme l;
      char c = q_[i_];
      // + and - begin a word: "(CORRECTED)-BANKERS" is a hyphen, not BANKERS excluded.
      bool word_start = i_ == 0 || is_space(q_[i_ - 1]) || q_[i_ - 1] == '(';
      if ((c == '+' || c == '-') && word_start && i_ + 1 < q_.size() && !is_space(q_[i_ + 1])) {
        l.modifier = c;
        c = q_[++i_];
      }
      if (strict_ && c == '(') {
        ++i_;
        out.push_back(Lexeme{Lexeme::kOpen, {}, {}, 0});
        continue;
      }
      if (strict_ && c == ')') {
        ++i_;
        out.push_back(Lexeme{Lexeme::kClose, {}, {}, 0});
        continue;
      }
      if (strict_) {
        size_t colon = field_colon();
        if (colon != std::string::npos) {
          l.field = q_.substr(i_, colon - i_);
          for (char& ch : l.field) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
          i_ = colon + 1;
          c = i_ < q_.size() ? q_[i_] : ' ';
        }
      }
      if (strict_ && c == '"') {
        size_t close = q_.find('"', i_ + 1);
        if (close == std::string::npos) {
          failed_ = true;
          failure_ = "unbalanced quote";
          return {};
        }
        l.type = Lexeme::kPhrase;
        l.text = q_.substr(i_ + 1, close - i_ - 1);
        l.offset = i_ + 1;
        i_ = close + 1;
        out.push_back(l);
        continue;
      }
      size_t start = i_;
      while (i_ < q_.size() && !is_space(q_[i_]) && !(strict_ && (q_[i_] == '(' || q_[i_] == ')' || q_[i_] == '"'))) ++i_;
      l.text = q_.substr(start, i_ - start);
      l.offset = start;
      l.type = Lexeme::kWord;
      if (operators_ && l.field.empty() && !l.modifier) {
        if (l.text == "AND") l.type = Lexeme::kAnd;
        if (l.text == "OR") l.type = Lexeme::kOr;
        if (l.text == "NOT") l.type = Lexeme::kNot;
      }
      if (!l.text.empty() || !l.field.empty()) out.push_back(l);
    }
    return out;
  }

 private:
  // The position of the ':' of a known field name at the cursor, or npos.
  size_t field_colon() const {
    const char* field = known_field_at(q_, i_);
    return field ? i_ + std::char_traits<char>::length(field) : std::string::npos;
  }

  const std::string& q_;
  bool strict_;
  bool operators_;  // AND, OR and NOT are operators (not in a query set in capitals)
  size_t i_ = 0;
  bool failed_ = false;
  std::string failure_;
};

// Recursive descent over the lexemes:
//   expr    := and_expr (OR and_expr)*
//   and_expr:= seq ((AND | NOT) seq)*
//   seq     := unary+            (juxtaposed clauses: optional OR, +required, -excluded)
//   unary   := WORD | PHRASE | '(' expr ')'
class Parser {
 public:
  Parser(std::vector<Lexeme> lexemes, std::vector<std::string>& notes) : l_(std::move(lexemes)), notes_(notes) {}
  bool failed() const { return failed_; }
  std::string failure() const { return failure_; }

  std::unique_ptr<Node> parse() {
    auto root = expr();
    if (!failed_ && pos_ < l_.size()) fail(l_[pos_].type == Lexeme::kClose ? "unbalanced parenthesis" : "unexpected operator");
    return root;
  }

 private:
  const Lexeme* peek() const { return pos_ < l_.size() ? &l_[pos_] : nullptr; }
  void fail(const std::string& why) {
    if (!failed_) failure_ = why;
    failed_ = true;
  }

  std::unique_ptr<Node> binary(Kind kind, std::unique_ptr<Node> a, std::unique_ptr<Node> b) {
    if (!b) return a;
    if (!a) return kind == Kind::kAndNot ? nullptr : std::move(b);
    auto n = make(kind);
    n->children.push_back(std::move(a));
    n->children.push_back(std::move(b));
    return n;
  }

  std::unique_ptr<Node> expr() {
    auto left = and_expr();
    while (peek() && peek()->type == Lexeme::kOr) {
      ++pos_;
      left = binary(Kind::kOr, std::move(left), and_expr());
    }
    return left;
  }

  std::unique_ptr<Node> and_expr() {
    auto left = seq();
    while (peek() && (peek()->type == Lexeme::kAnd || peek()->type == Lexeme::kNot)) {
      Kind kind = peek()->type == Lexeme::kAnd ? Kind::kAnd : Kind::kAndNot;
      ++pos_;
      left = binary(kind, std::move(left), seq());
    }
    return left;
  }

  std::unique_ptr<Node> seq() {
    auto group = make(Kind::kOr);  // juxtaposed clauses; the builder applies +/- semantics
    while (const Lexeme* l = peek()) {
      if (l->type == Lexeme::kOr || l->type == Lexeme::kAnd || l->type == Lexeme::kNot || l->type == Lexeme::kClose) break;
      auto item = unary();
      if (failed_) return nullptr;
      if (item) group->children.push_back(std::move(item));
    }
    if (group->children.empty()) return nullptr;
    if (group->children.size() == 1 && group->children[0]->kind != Kind::kRequired &&
        group->children[0]->kind != Kind::kExcluded)
      return std::move(group->children[0]);
    return group;
  }

  std::unique_ptr<Node> unary() {
    Lexeme l = l_[pos_++];
    std::unique_ptr<Node> n;
    if (l.type == Lexeme::kOpen) {
      n = expr();
      if (!peek() || peek()->type != Lexeme::kClose) {
        fail("unbalanced parenthesis");
        return nullptr;
      }
      ++pos_;
    } else if (!l.field.empty() && l.field != "title") {
      n = field_node(l);
    } else {
      n = make(l.type == Lexeme::kPhrase ? Kind::kPhrase : Kind::kText, l.text, l.field);
      n->offset = l.offset;
    }
    if (!n) return nullptr;
    if (l.modifier) {
      auto wrapped = make(l.modifier == '+' ? Kind::kRequired : Kind::kExcluded);
      wrapped->children.push_back(std::move(n));
      return wrapped;
    }
    return n;
  }

  std::unique_ptr<Node> field_node(const Lexeme& l) {
    if (is_filter_field(l.field)) {
      if (l.text.empty()) {
        notes_.push_back("empty " + l.field + ": filter ignored");
        return nullptr;
      }
      return make(Kind::kFilter, l.text, l.field);
    }
    // date:FROM..TO, date:FROM.., date:..TO, date:DAY-OR-MONTH-OR-YEAR
    std::string from = l.text, to = l.text;
    size_t dots = l.text.find("..");
    if (dots != std::string::npos) {
      from = l.text.substr(0, dots);
      to = l.text.substr(dots + 2);
    }
    auto n = make(Kind::kDateRange);
    n->from = from.empty() ? "" : date_bound_value(from, false);
    n->to = to.empty() ? "" : date_bound_value(to, true);
    if ((!from.empty() && n->from.empty()) || (!to.empty() && n->to.empty()) || (from.empty() && to.empty())) {
      notes_.push_back("date \"" + l.text + "\" not understood (use date:2018-06-01..2018-06-30): ignored");
      return nullptr;
    }
    return n;
  }

  std::vector<Lexeme> l_;
  size_t pos_ = 0;
  std::vector<std::string>& notes_;
  bool failed_ = false;
  std::string failure_;
};

}  // namespace

ParsedQuery parse_query(const std::string& query) {
  ParsedQuery result;
  Lexer strict(query, true);
  std::vector<Lexeme> lexemes = strict.run();
  std::string failure = strict.failure();
  result.only_words = std::all_of(lexemes.begin(), lexemes.end(), [](const Lexeme& l) {
    return l.type == Lexeme::kWord && !l.modifier;
  });
  if (!strict.failed()) {
    Parser parser(std::move(lexemes), result.notes);
    result.root = parser.parse();
    if (!parser.failed()) {
      if (!result.root) result.root = make(Kind::kNothing);
      return result;
    }
    failure = parser.failure();
  }
  // Fallback: the same words, without any syntax.
  result.only_words = false;
  result.notes.clear();
  result.notes.push_back(failure + " in the query: searched for the words instead");
  std::string words_only = query;
  for (char& ch : words_only)
    if (ch == '"' || ch == '(' || ch == ')') ch = ' ';
  Lexer loose(words_only, false);
  auto group = make(Kind::kOr);
  for (Lexeme& l : loose.run()) {
    auto n = make(Kind::kText, l.text);
    n->offset = l.offset;  // the words-only copy keeps the query's offsets
    if (l.modifier) {
      auto wrapped = make(l.modifier == '+' ? Kind::kRequired : Kind::kExcluded);
      wrapped->children.push_back(std::move(n));
      n = std::move(wrapped);
    }
    group->children.push_back(std::move(n));
  }
  result.root = group->children.empty() ? make(Kind::kNothing) : std::move(group);
  return result;
}

}  // namespace news
