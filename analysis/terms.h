// The prefixes of the terms the analyzer derives from words (see store/fields.h for the fields).
//
// Plain words are indexed unprefixed and already case-folded, so they never begin with an ASCII
// capital: every prefix below is therefore unambiguous (Xapian's convention).
#pragma once

namespace news::terms {

// Derived forms of a word, produced by the analyzer.
inline constexpr char kStem[] = "Z";       // Snowball stem or Hangul word without its particle
inline constexpr char kAccent[] = "XA";    // accent-folded form, only where folding changes the word
inline constexpr char kBackstop[] = "XB";  // CJK/Thai character bigram (or a run's final character)

}  // namespace news::terms
