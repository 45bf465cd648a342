// Korean writes particles (josa) onto the noun: 서울특별시는 = 서울특별시 + 는. Removing the particle
// lets a query for the noun find every inflected form.
#pragma once
#include <string>
#include <string_view>

namespace news {

// The word without its trailing particle, or an empty string when none is recognised. A particle
// is only removed when what remains has at least two syllables, and the vowel/consonant pairs
// (은/는, 이/가, 을/를, 과/와, 으로/로) must fit the syllable before them.
std::string strip_korean_particle(std::string_view normalized_utf8);

}  // namespace news
