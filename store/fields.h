// How an article's fields are laid out in a Xapian document: field and filter term prefixes and
// value slots. The indexer writes this layout and the searcher reads it.
#pragma once

namespace news::fields {

// Put in front of any analyzer term: the same term inside the title.
inline constexpr char kTitle[] = "S";

// Boolean filter terms.
inline constexpr char kId[] = "Q";
inline constexpr char kLanguage[] = "L";  // lower-cased tag, and its primary subtag alone
inline constexpr char kSource[] = "XS";   // lower-cased source
inline constexpr char kYear[] = "Y";
inline constexpr char kMonth[] = "M";  // YYYYMM
inline constexpr char kDay[] = "D";    // YYYYMMDD

// Not a word: its wdf is the length of the stems a document does not write (document_builder.cpp).
inline constexpr char kUnwrittenLength[] = "XL";

// Value slots.
inline constexpr unsigned kDateSlot = 0;         // "YYYYMMDD", sorts by date
inline constexpr unsigned kLanguageSlot = 1;     // BCP-47 tag as given or detected
inline constexpr unsigned kSourceSlot = 2;       // source as given
inline constexpr unsigned kContentHashSlot = 3;  // fingerprint of the article, to skip unchanged ones
inline constexpr unsigned kYearSlot = 4;         // "YYYY", for the year facet
// The stored article (store/stored_article.h). A value rather than the document data: Xapian
// tries to deflate every document data entry it writes, and ours is compressed already, so that
// attempt was a tenth of indexing's instructions for nothing (values are stored as they are).
inline constexpr unsigned kArticleSlot = 5;

}  // namespace news::fields
