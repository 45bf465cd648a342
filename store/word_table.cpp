#include "store/word_table.h"

#include <algorithm>
#include <cstring>

namespace news {
namespace {

enum KeyFlags : uint8_t { kSpeltOut = 1, kHasStem = 2, kHasAccent = 4, kInRun = 8 };
// Flags in the low bits of a word's head varint, below its key number.
constexpr uint64_t kGap = 1, kLength = 2, kContinuesRun = 4;
constexpr unsigned kWordFlagBits = 3;

// A derived term as a few literal bytes, a copy of the word's beginning, and a literal tail:
// "Zrun" from "running" is "Z" + 3 bytes of the word.
void put_derived(std::string& out, const std::string& term, const std::string& word) {
  size_t best_lead = 0, best_copy = 0;
  for (size_t lead = 0; lead <= std::min<size_t>(3, term.size()); ++lead) {
    size_t copy = 0;
    while (lead + copy < term.size() && copy < word.size() && term[lead + copy] == word[copy]) ++copy;
    if (copy > best_copy) best_lead = lead, best_copy = copy;
  }
  put_bytes(out, std::string_view(term).substr(0, best_lead));
  put_varint(out, best_copy);
  put_bytes(out, std::string_view(term).substr(best_lead + best_copy));
}

// The text's bytes lower-cased (ASCII), kept in `arena`.
std::string_view lower_copy(std::string_view s, TextArena& arena) {
  char* out = arena.allocate(s.size());
  std::transform(s.begin(), s.end(), out, [](char c) { return lower_ascii(c); });
  return {out, s.size()};
}

std::string_view read_derived(ByteReader& in, std::string_view word, TextArena& arena) {
  std::string_view lead = in.bytes();
  uint64_t copy = in.varint();
  if (copy > word.size()) throw CorruptRecord("derived term copies past its word");
  std::string_view tail = in.bytes();
  size_t size = lead.size() + copy + tail.size();
  if (size == 0) return {};
  char* out = arena.allocate(size);
  std::memcpy(out, lead.data(), lead.size());
  std::memcpy(out + lead.size(), word.data(), copy);
  std::memcpy(out + lead.size() + copy, tail.data(), tail.size());
  return {out, size};
}

void put_key(std::string& out, const IndexedWord& w, std::string_view surface) {
  bool spelt_out = w.terms.word != lower_ascii(std::string(surface));
  out += static_cast<char>((spelt_out ? kSpeltOut : 0) | (w.terms.stem.empty() ? 0 : kHasStem) |
                           (w.terms.accent.empty() ? 0 : kHasAccent) | (w.in_run ? kInRun : 0));
  if (spelt_out) put_bytes(out, w.terms.word);
  if (!w.terms.stem.empty()) put_derived(out, w.terms.stem, w.terms.word);
  if (!w.terms.accent.empty()) put_derived(out, w.terms.accent, w.terms.word);
}

StoredKey read_key(ByteReader& in, std::string_view surface, TextArena& arena) {
  uint8_t flags = in.byte();
  StoredKey key;
  key.in_run = flags & kInRun;
  key.word = (flags & kSpeltOut) ? arena.copy(in.bytes()) : lower_copy(surface, arena);
  if (flags & kHasStem) key.stem = read_derived(in, key.word, arena);
  if (flags & kHasAccent) key.accent = read_derived(in, key.word, arena);
  return key;
}

}  // namespace

void encode_words(std::string& out, std::string_view text, const std::vector<IndexedWord>& words, KeyWriter& keys) {
  put_varint(out, words.size());
  uint32_t previous_end = 0;
  for (const IndexedWord& w : words) {
    auto [it, added] = keys.ids.emplace(w.terms.word + (w.in_run ? "\1" : ""), static_cast<uint32_t>(keys.ids.size()));
    uint32_t gap = w.start - previous_end, length = w.end - w.start;
    bool explicit_gap = gap != (w.continues_run ? 0u : 1u);
    bool explicit_length = added || length != w.terms.word.size();  // a new key's text is read from here
    put_varint(out, (uint64_t{it->second} << kWordFlagBits) | (explicit_gap ? kGap : 0) |
                        (explicit_length ? kLength : 0) | (w.continues_run ? kContinuesRun : 0));
    if (explicit_gap) put_varint(out, gap);
    if (explicit_length) put_varint(out, length);
    if (added) put_key(out, w, text.substr(w.start, length));
    previous_end = w.end;
  }
}

std::vector<StoredWord> decode_words(ByteReader& in, std::string_view text, std::vector<StoredKey>& keys, TextArena& arena) {
  uint64_t count = in.varint();
  if (count > text.size()) throw CorruptRecord("more words than bytes");
  std::vector<StoredWord> words(count);
  // About half of an article's words are distinct; room for all of them cost a large allocation
  // (an article of 2,000 words: 200 KB) on every snippet.
  keys.reserve(keys.size() + count / 2);
  uint64_t previous_end = 0;
  for (StoredWord& w : words) {
    uint64_t head = in.varint();
    uint64_t key = head >> kWordFlagBits;
    if (key > keys.size()) throw CorruptRecord("word of an undefined key");
    w.continues_run = head & kContinuesRun;
    uint64_t start = previous_end + ((head & kGap) ? in.varint() : (w.continues_run ? 0 : 1));
    uint64_t length = (head & kLength) ? in.varint() : (key < keys.size() ? keys[key].word.size() : 0);
    if (start > text.size() || length > text.size() - start) throw CorruptRecord("word outside its text");
    if (key == keys.size()) keys.push_back(read_key(in, text.substr(start, length), arena));
    w.start = static_cast<uint32_t>(start);
    w.end = static_cast<uint32_t>(start + length);
    w.key = static_cast<uint32_t>(key);
    previous_end = w.end;
  }
  return words;
}

}  // namespace news
