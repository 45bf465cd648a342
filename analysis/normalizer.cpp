#include "analysis/normalizer.h"

#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <stdexcept>
#include <unordered_map>

#include "analysis/chinese_variants.h"

namespace news {
namespace {

const icu::Normalizer2& nfkc_casefold() {
  static const icu::Normalizer2* instance = [] {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* n = icu::Normalizer2::getNFKCCasefoldInstance(status);
    if (U_FAILURE(status)) throw std::runtime_error("ICU NFKC_Casefold is unavailable");
    return n;
  }();
  return *instance;
}

const icu::Normalizer2& nfd() {
  static const icu::Normalizer2* instance = [] {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* n = icu::Normalizer2::getNFDInstance(status);
    if (U_FAILURE(status)) throw std::runtime_error("ICU NFD is unavailable");
    return n;
  }();
  return *instance;
}

// The common words of a language (a server has a cache per worker thread); past it the memory is
// given back and the cache starts again.
constexpr size_t kMaxCachedForms = 20000;

bool is_ascii(std::string_view s) {
  for (unsigned char c : s)
    if (c >= 0x80) return false;
  return true;
}

std::string normalize_uncached(std::string_view utf8) {
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString folded =
      nfkc_casefold().normalize(icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), utf8.size())), status);
  if (U_FAILURE(status)) return std::string(utf8);
  icu::UnicodeString simplified;
  for (int32_t i = 0; i < folded.length();) {
    UChar32 c = folded.char32At(i);
    simplified.append(static_cast<UChar32>(simplified_han(static_cast<char32_t>(c))));
    i += U16_LENGTH(c);
  }
  std::string out;
  simplified.toUTF8String(out);
  return out;
}

}  // namespace

std::string normalize_word(std::string_view utf8) {
  if (is_ascii(utf8)) {  // the common case in most languages: plain lower-casing is exact here
    std::string out(utf8);
    for (char& c : out)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
  }
  // Text repeats its words, and a lookup costs a fraction of ICU's conversions and normalization.
  thread_local std::unordered_map<std::string, std::string> forms;
  std::string key(utf8);
  auto known = forms.find(key);
  if (known != forms.end()) return known->second;
  if (forms.size() >= kMaxCachedForms) forms.clear();
  return forms.emplace(std::move(key), normalize_uncached(utf8)).first->second;
}

std::string fold_accents(std::string_view normalized_utf8) {
  if (is_ascii(normalized_utf8)) return {};
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString decomposed =
      nfd().normalize(icu::UnicodeString::fromUTF8(icu::StringPiece(normalized_utf8.data(), normalized_utf8.size())), status);
  if (U_FAILURE(status)) return {};
  icu::UnicodeString stripped;
  bool changed = false;
  for (int32_t i = 0; i < decomposed.length();) {
    UChar32 c = decomposed.char32At(i);
    i += U16_LENGTH(c);
    if (u_charType(c) == U_NON_SPACING_MARK) {
      changed = true;
      continue;
    }
    stripped.append(c);
  }
  if (!changed) return {};
  std::string out;
  stripped.toUTF8String(out);
  // Recompose what is left (a letter may carry a mark that is not a nonspacing one).
  status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_SUCCESS(status)) {
    icu::UnicodeString composed = nfc->normalize(icu::UnicodeString::fromUTF8(out), status);
    if (U_SUCCESS(status)) {
      out.clear();
      composed.toUTF8String(out);
    }
  }
  return out == normalized_utf8 ? std::string() : out;
}

std::string cased_like(std::string_view model, std::string_view word) {
  icu::UnicodeString m = icu::UnicodeString::fromUTF8(icu::StringPiece(model.data(), model.size()));
  icu::UnicodeString w = icu::UnicodeString::fromUTF8(icu::StringPiece(word.data(), word.size()));
  if (m.isEmpty() || w.isEmpty() || !u_isupper(m.char32At(0))) return std::string(word);
  icu::UnicodeString upper(m);
  upper.toUpper(icu::Locale::getRoot());
  if (upper == m) {
    w.toUpper(icu::Locale::getRoot());
  } else {
    UChar32 first = w.char32At(0);
    w.replace(0, U16_LENGTH(first), icu::UnicodeString(u_totitle(first)));
  }
  std::string out;
  return w.toUTF8String(out);
}

}  // namespace news
