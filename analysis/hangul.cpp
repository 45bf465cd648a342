#include "analysis/hangul.h"

#include "analysis/utf8.h"

namespace news {
namespace {

enum class Needs { kAny, kFinalConsonant, kOpenSyllable };

struct Particle {
  const char* text;
  Needs needs;
};

// Longest first, so that 에서는 wins over 는.
const Particle kParticles[] = {
    {"에서부터", Needs::kAny}, {"에게서", Needs::kAny}, {"으로부터", Needs::kFinalConsonant},
    {"에서는", Needs::kAny}, {"에서도", Needs::kAny}, {"으로는", Needs::kFinalConsonant},
    {"으로서", Needs::kFinalConsonant}, {"으로써", Needs::kFinalConsonant}, {"까지는", Needs::kAny},
    {"부터는", Needs::kAny}, {"에서", Needs::kAny}, {"에게", Needs::kAny}, {"께서", Needs::kAny},
    {"까지", Needs::kAny}, {"부터", Needs::kAny}, {"보다", Needs::kAny}, {"처럼", Needs::kAny},
    {"마저", Needs::kAny}, {"조차", Needs::kAny}, {"에는", Needs::kAny}, {"에도", Needs::kAny},
    {"에만", Needs::kAny}, {"으로", Needs::kFinalConsonant}, {"이나", Needs::kFinalConsonant},
    {"이라", Needs::kFinalConsonant}, {"이다", Needs::kFinalConsonant}, {"이며", Needs::kFinalConsonant},
    {"로는", Needs::kOpenSyllable}, {"로서", Needs::kOpenSyllable}, {"은", Needs::kFinalConsonant},
    {"는", Needs::kOpenSyllable}, {"이", Needs::kFinalConsonant}, {"가", Needs::kOpenSyllable},
    {"을", Needs::kFinalConsonant}, {"를", Needs::kOpenSyllable}, {"과", Needs::kFinalConsonant},
    {"와", Needs::kOpenSyllable}, {"로", Needs::kOpenSyllable}, {"의", Needs::kAny},
    {"에", Needs::kAny}, {"도", Needs::kAny}, {"만", Needs::kAny},
};

bool is_syllable(char32_t c) { return c >= 0xAC00 && c <= 0xD7A3; }
bool has_final_consonant(char32_t c) { return (c - 0xAC00) % 28 != 0; }
bool has_final_rieul(char32_t c) { return (c - 0xAC00) % 28 == 8; }

}  // namespace

std::string strip_korean_particle(std::string_view word) {
  for (const Particle& p : kParticles) {
    std::string_view particle(p.text);
    if (word.size() <= particle.size() || word.substr(word.size() - particle.size()) != particle) continue;
    std::string_view rest = word.substr(0, word.size() - particle.size());
    std::u32string rest_chars = code_points(rest);
    if (rest_chars.size() < 2) continue;
    char32_t last = rest_chars.back();
    if (!is_syllable(last)) continue;
    // 로 also follows a syllable ending in ㄹ (서울로).
    bool open = !has_final_consonant(last) || (particle.rfind("로", 0) == 0 && has_final_rieul(last));
    if (p.needs == Needs::kFinalConsonant && !has_final_consonant(last)) continue;
    if (p.needs == Needs::kOpenSyllable && !open) continue;
    return std::string(rest);
  }
  return {};
}

}  // namespace news
