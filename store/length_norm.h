// BM25's document-length normalization, applied when an article is indexed instead of when it is
// searched.
//
// BM25 scores a word of an article as wdf / (k1 * K + wdf), with K = (1 - b) + b * length / avgdl.
// Xapian computes K while it matches, reading every candidate's length from the database's
// document-length list: a fifth of a search's instructions, and more for long queries (one read
// per matching query term and document). An article's K is known when it is indexed, so each
// of its words is written with wdf' = scale * wdf / K and searched with b = 0 and k1' = k1 * scale:
// wdf' / (k1' + wdf') = wdf / (k1 * K + wdf), the same score up to a constant factor per query
// (and to the rounding of wdf', once per term and article: half a unit in `scale` / K units).
//
// Xapian counts a term's occurrences in the whole database (its collection frequency) in 32 bits,
// and now each occurrence counts about `scale` / K: with 64, the commonest English word, "the",
// reaches that limit after about 7 million English articles like the development corpus's.
// Past it, Xapian's bound on that word's weight is wrong; a larger scale would round less and
// reach it sooner.
//
// avgdl is the database's pivot: the average length of the articles of its first indexing run,
// estimated from a sample of the input (indexer/length_sample.h), kept in the database's
// metadata and used for every article added later, so that an article's weights never change
// once written. Unlike Xapian's avgdl it does not follow the collection as it grows.
#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace news {

// BM25's b for text between spaces and for CJK, Thai and Hangul text (SearcherOptions).
inline constexpr double kSpacedBm25B = 0.75;
inline constexpr double kUnspacedBm25B = 0.5;

// The pivot of a database whose first articles could not be sampled (read from standard input):
// about the average article of the development corpus.
inline constexpr double kDefaultLengthPivot = 600;

struct LengthNorm {
  // The average article length, in Xapian's document-length units (the sum of the article's
  // wdfs before normalization, document_builder.h).
  double pivot = 0;
  // wdf units of one occurrence in an article of the pivot's length.
  unsigned scale = 64;
  // BM25's b for articles written in spaced scripts, and for those mostly in CJK, Hangul, Thai
  // and other scripts without spaces (the searcher's k1 differs for such queries as well).
  double b = kSpacedBm25B;
  double unspaced_b = kUnspacedBm25B;

  // A new database's b: NEWS_BM25_B and NEWS_CJK_BM25_B when set (numbers from 0 to 1), as the
  // searcher reads them for databases written without a LengthNorm, else the defaults.
  static LengthNorm from_environment(double pivot);

  // What each occurrence's wdf is multiplied by in an article of `length`.
  double factor(double length, bool unspaced) const;

  std::string encode() const;
  // Nothing for text that encode() did not write.
  static std::optional<LengthNorm> decode(std::string_view text);
};

// The metadata key a database keeps its LengthNorm under, from its first article; databases
// written before it have none and are searched with Xapian computing BM25's length
// normalization itself.
inline constexpr char kLengthNormKey[] = "news.length_norm";

}  // namespace news
