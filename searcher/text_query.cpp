#include "searcher/text_query.h"

#include <algorithm>

#include "analysis/chinese_variants.h"
#include "analysis/language.h"
#include "analysis/runs.h"
#include "analysis/utf8.h"
#include "searcher/phrase_query.h"
#include "searcher/query_ops.h"
#include "store/fields.h"

namespace news {
namespace {

// A CJK/Thai query of more words than this (a headline, a pasted sentence) is long: each word
// has a few bigrams and the run all of its own, and the parts of the query run into the hundreds
// of terms whose postings, and for phrases positions, make a search cost tens of milliseconds.
constexpr size_t kLongRunQueryWords = 8;
// The parts of a long query that are searched: those that can weigh most (Xapian's elite set).
// Chosen on the known-item development set: 40 keeps MRR@10 of every language within .001 and
// brings Chinese headlines from 32 to under 6 ms at the 99th percentile; 30 cost Thai .015 on
// one half.
constexpr Xapian::termcount kLongQueryParts = 40;
// Han and kana queries have fewer parts for as many words (a two-character word is read as its
// bigram, word()), so 40 reached further into their weakest parts: some of the longest Chinese
// headlines went from 4.0 to 5.2 ms. With 30 the 86 long Chinese headlines of the latency set
// match in 2.33 ms on average (2.69 before both changes), MRR@10 in Chinese and Japanese within
// .001 on both halves. Thai keeps 40 (30: -.02 on one half).
constexpr Xapian::termcount kLongHanQueryParts = 30;
// What a document holding a whole CJK/Thai run as typed scores on top of the rest: more than all
// the parts of a query can weigh together (a BM25 term weighs tens at most), so that such
// documents rank above those holding only parts of the run; still 1e5 where the weights are
// scaled down (Searcher::configure: by (k1 * scale + 1) / (k1 + 1), about 35 by default, for a
// database with a LengthNorm).
constexpr double kWholeStringBonus = 1e7;
// A query of more parts than this (words and runs) is long: every match counts as a result, as a
// headline or a pasted sentence rarely has all of its words in the article sought.
constexpr size_t kMostUnitsRequired = 6;

// The languages whose articles write Han characters in the other form than the string `typed`:
// a string in simplified characters is in their articles only through the folding of traditional
// ones (書籍 for 书籍), and the other way round. Japanese is on the traditional side only for a
// simplified string that is not itself Japanese (kana, 駅): its own forms (説, 会) are traditional
// to the folding and simplified to ICU.
std::vector<std::string> other_form_languages(const std::string& typed) {
  HanForm form = han_form(typed);
  if (form == HanForm::kTraditional) return {"zh-hans", "zh-cn", "zh-sg"};
  if (form != HanForm::kSimplified) return {};
  std::vector<std::string> out = {"zh-hant", "zh-tw", "zh-hk", "zh-mo", "yue"};
  if (detect_language(typed) != "ja") out.push_back("ja");
  return out;
}

}  // namespace

TextQuery::TextQuery(const Analyzer& analyzer, const QueryWeights& weights, const std::vector<std::string>& languages,
                     HighlightTerms& highlight)
    : analyzer_(analyzer), weights_(weights), languages_(languages), highlight_(highlight) {}

void TextQuery::add(const std::string& text, const std::string& prefix) {
  Clause clause{text, prefix, {}};
  for (Word& w : analyzer_.words(text))
    if (w.is_word) clause.words.push_back(std::move(w));
  clauses_.push_back(std::move(clause));
}

bool TextQuery::is_stopword(const Word& w) const {
  for (const std::string& lang : languages_)
    if (analyzer_.is_stopword(lang, w.form)) return true;
  return false;
}

Xapian::Query TextQuery::word(const Word& w, const std::string& prefix, bool alone) {
  QueryTerms terms = analyzer_.query_terms(w, languages_);
  highlight_.words.insert(terms.word);
  Xapian::Query exact(prefix + terms.word);
  std::vector<Xapian::Query> derived;
  for (const std::string& term : terms.derived) {
    highlight_.derived.insert(term);
    derived.emplace_back(prefix + term);
  }
  Xapian::Query parts = combine(Xapian::Query::OP_OR, {exact, scaled(combine(Xapian::Query::OP_SYNONYM, derived), weights_.derived)});
  if (terms.backstop.empty()) return parts;

  // The word's bigrams find it inside any document that contains its characters, whatever way
  // the document's text was segmented there.
  if (terms.backstop_is_prefix) {
    // One character: every occurrence begins a bigram (or ends a run); only worth it alone.
    if (!alone) return parts;
    highlight_.strings.push_back(w.form);
    Xapian::Query any(Xapian::Query::OP_WILDCARD, prefix + terms.backstop[0], 2000, Xapian::Query::WILDCARD_LIMIT_MOST_FREQUENT);
    return combine(Xapian::Query::OP_OR, {parts, scaled(any, weights_.backstop)});
  }
  highlight_.strings.push_back(w.form);
  if (terms.backstop.size() == 1) {
    // A two-character word is its one bigram: weighed with the run's bigrams, one term for both.
    std::string gram = prefix + terms.backstop[0];
    grams_[gram] += weights_.backstop;
    if (!analyzer_.written_as_its_bigram(w)) return parts;
    // A Han or kana word is written as that bigram only (Analyzer::written_as_its_bigram), which
    // stands for both, at both weights. Not in Thai, where two letters recur inside longer words
    // (its headlines lost .0045 MRR@10).
    grams_[gram] += 1.0;  // the word's own weight, as `exact` above has it
    return Xapian::Query();
  }
  if (alone) return parts;  // the query is this string: its whole-string clause weighs the phrase (query())
  // In a long Thai query (a headline) the run's bigrams, each weighed once below, already find
  // the word's letters; all of its bigrams together again opened each of them once more, in every
  // word. Without that, Thai headlines match in 1.14 ms on average instead of 1.55 (the slowest,
  // 4.9 instead of 7.1), and rank the same or better (MRR@10 +.001 and +.003 on the two halves).
  // Han and kana words keep it: Japanese and traditional Chinese headlines lost .008 without.
  // Korean words keep it too (one topic ranked lower without); Lao, Khmer and Myanmar have no
  // topics to measure it on.
  if (many_run_words_ && w.script == Script::kThai) return parts;
  std::vector<Xapian::Query> grams;
  for (const std::string& g : terms.backstop) grams.emplace_back(prefix + g);
  // All of the word's bigrams, in any order. As a phrase, reading their positions cost more than
  // the rest of the search (a Chinese headline of seven words: 6.7 ms, 2.2 ms without), and it
  // ranked no better: without it every known-item language ranks the same or better (Thai +.005).
  Xapian::Query backstop(Xapian::Query::OP_AND, grams.begin(), grams.end());
  return combine(Xapian::Query::OP_OR, {parts, scaled(backstop, weights_.backstop)});
}

// A spaced word asked for again (de, la in a headline) is the same part weighed once more: its
// postings are read once. (A CJK/Thai word also weighs its bigrams, which are merged apart.)
Xapian::Query TextQuery::word_part(const Word& w, const std::string& prefix, bool alone, std::vector<Xapian::Query>& parts) {
  if (is_backstop_script(w.script)) return parts.emplace_back(word(w, prefix, alone));
  auto [it, added] = repeats_.try_emplace(prefix + '\0' + w.form, Repeat{parts.size(), 0});
  if (added) parts.push_back(word(w, prefix, alone));
  ++it->second.times;
  return parts[it->second.part];
}

// A run as one string: its bigrams at consecutive positions.
Xapian::Query TextQuery::string_query(const Run& run) {
  std::vector<Xapian::Query> terms;
  for (const std::string& g : run.grams) terms.emplace_back(run.prefix + g);
  return Xapian::Query(Xapian::Query::OP_PHRASE, terms.begin(), terms.end(), terms.size());
}

// Whole strings first: the documents that hold a run as typed, its bigrams at consecutive positions
// wherever the segmenter cut it, get a constant above what any parts of the query can score; the
// rest of their score ranks them among themselves as before. The phrase itself weighs
// `phrase_weight` (that of a one-word query's own phrase, which is left out so that its positions
// are read once).
Xapian::Query TextQuery::whole_string(const Run& run, double phrase_weight) const {
  Xapian::Query phrase = string_query(run);
  auto bonus = [] { return Xapian::Query((new Xapian::FixedWeightPostingSource(kWholeStringBonus))->release()); };
  // Written as typed before found by folding: the articles of the languages that write the
  // other form come after the others holding the string.
  std::vector<Xapian::Query> other_form;
  for (const std::string& lang : other_form_languages(run.typed)) other_form.emplace_back(fields::kLanguage + lang);
  Xapian::Query bonuses = bonus();
  if (!other_form.empty())
    bonuses = Xapian::Query(Xapian::Query::OP_OR, bonuses,
                            Xapian::Query(Xapian::Query::OP_AND_NOT, bonus(), combine(Xapian::Query::OP_OR, other_form)));
  return Xapian::Query(Xapian::Query::OP_AND, bonuses, Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, phrase, phrase_weight));
}

// The words of a clause, and for each CJK/Thai run typed without spaces (one string to the user
// however ICU cut it) its bigrams, across the word cuts too: how much of it a document holds, and
// in what order (bigrams straddling two words reward adjacency).
void TextQuery::clause_parts(const Clause& clause, bool keep_stopwords, bool alone, std::vector<Xapian::Query>& parts) {
  const std::vector<Word>& words = clause.words;
  for (size_t i = 0; i < words.size(); ++i) {
    bool required = !is_stopword(words[i]);  // a stopword is searched, not required
    Xapian::Query first;
    if (keep_stopwords || required) first = word_part(words[i], clause.prefix, alone, parts);
    if (!is_backstop_script(words[i].script)) {
      if (required) units_.push_back(first);
      continue;
    }
    size_t last = run_end(words, i);
    std::string run = run_form(words, i, last);
    for (size_t j = i + 1; j < last; ++j)
      if (keep_stopwords || !is_stopword(words[j])) parts.push_back(word(words[j], clause.prefix, false));
    if (last > i + 1 || char_count(run) > 1) {
      std::vector<std::string> grams = bigram_terms(run);
      for (const std::string& g : grams) grams_[clause.prefix + g] += weights_.backstop;
      std::string typed = clause.text.substr(words[i].start, words[last - 1].end - words[i].start);
      runs_.push_back({clause.prefix, std::move(grams), std::move(typed)});
      // The run must be there whole; a run of one word (a Korean word and its particle) may also
      // be there as its word's other forms.
      Xapian::Query whole = string_query(runs_.back());
      units_.push_back(required && last == i + 1 ? Xapian::Query(Xapian::Query::OP_OR, first, whole) : whole);
      highlight_.strings.push_back(run);
    } else if (required) {
      units_.push_back(first);  // one character
    }
    i = last - 1;
  }
}

Xapian::Query TextQuery::query() {
  size_t total = 0, kept = 0;
  bool runs = false, spaced_words = false, only_han_runs = true;
  for (const Clause& clause : clauses_)
    for (const Word& w : clause.words) {
      ++total, kept += !is_stopword(w);
      (is_backstop_script(w.script) ? runs : spaced_words) = true;
      if (is_backstop_script(w.script) && w.script != Script::kCjk) only_han_runs = false;
    }
  many_run_words_ = runs && kept > kLongRunQueryWords;  // long by the CJK/Thai measure
  std::vector<Xapian::Query> parts;
  for (const Clause& clause : clauses_) {
    // Stopwords add nothing to a clause with other words (a CJK run, say); a clause of only
    // stopwords keeps them, and is above all the phrase (d'une, 的是).
    bool only_stopwords = std::all_of(clause.words.begin(), clause.words.end(), [&](const Word& w) { return is_stopword(w); });
    if (only_stopwords && clause.words.size() > 1) {
      std::string lang = languages_.empty() ? std::string("und") : languages_[0];
      parts.push_back(phrase_query(analyzer_, clause.text, clause.prefix, lang, highlight_));
    }
    clause_parts(clause, only_stopwords, total == 1, parts);
  }
  for (const auto& [key, repeat] : repeats_)
    if (repeat.times > 1) parts[repeat.part] = scaled(parts[repeat.part], repeat.times);
  // Each bigram once, weighed by every word and run that asked for it: a term repeated in a
  // query is read, and its postings merged, once per repetition.
  for (const auto& [term, weight] : grams_) parts.push_back(scaled(Xapian::Query(term), weight));
  // Whole strings first, for a search that is one CJK/Thai string (a name, a term). On the
  // known-item headlines the same bonus ranked articles that merely share a common run above the
  // one sought: for every run of every query, MRR@10 .03-.04 lower in Chinese, Japanese, Korean
  // and Thai; for one run beside Latin words, Thai .012 lower. A two-character string is its one
  // bigram, already weighed with the others: its bonus adds no weight of its own. Nor for a long
  // query typed as one run (a headline is not a name or a term): the phrase of all its bigrams
  // opened every one of them again. Without it Thai headlines match in 0.88 ms on average instead
  // of 1.12 (the slowest 2.3 instead of 4.6), Chinese and Japanese ones in 1.41 instead of 1.60;
  // MRR@10 Thai +.001 and .000 on the two halves, Simplified Chinese -.0004 and -.001, the rest
  // the same.
  if (runs_.size() == 1 && !spaced_words && !many_run_words_) {
    bool one_bigram = runs_[0].grams.size() == 1;
    parts.push_back(whole_string(runs_[0], total == 1 && !one_bigram ? weights_.backstop : 0.0));
  }
  bool one_word = units_.size() == 1 && runs_.empty();
  long_ = many_run_words_ || units_.size() > kMostUnitsRequired;
  if (long_ || one_word) units_.clear();
  Xapian::termcount most_parts = only_han_runs ? kLongHanQueryParts : kLongQueryParts;
  if (many_run_words_ && parts.size() > most_parts)
    return Xapian::Query(Xapian::Query::OP_ELITE_SET, parts.begin(), parts.end(), most_parts);
  return combine(Xapian::Query::OP_OR, parts);
}

}  // namespace news
