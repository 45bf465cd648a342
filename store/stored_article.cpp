#include "store/stored_article.h"

#include <lz4.h>
#include <zstd.h>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <limits>
#include <memory>
#include <stdexcept>

#include "store/byte_codec.h"
#include "store/word_table.h"

namespace news {
namespace {

// The stored record: a format byte (older databases hold JSON, which begins with '{'), the
// content hash (8 bytes, little-endian), the record's size and the record compressed with LZ4.
// A page decompresses ten records or more: Zstandard (format 4, still read) took 6.0 us for the
// average record of the development corpus (3,030 bytes) where LZ4 takes 1.05, for 27% more
// stored bytes (2,239 instead of 1,766).
constexpr char kFormat = 5;
constexpr char kZstdFormat = 4;
constexpr size_t kHashBytes = 8;

bool is_record(std::string_view data) { return !data.empty() && (data[0] == kFormat || data[0] == kZstdFormat); }

uint64_t fnv1a(uint64_t hash, const std::string& s) {
  for (unsigned char c : s) {
    hash ^= c;
    hash *= 1099511628211ULL;
  }
  return hash ^ 0xff;  // field separator, so that ("ab","c") != ("a","bc")
}

std::string hex(uint64_t hash) {
  char buffer[17];
  std::snprintf(buffer, sizeof buffer, "%016llx", static_cast<unsigned long long>(hash));
  return buffer;
}

Article decode_json(std::string_view data) {
  Article a;
  nlohmann::json j = nlohmann::json::parse(data, nullptr, false);
  if (!j.is_object()) return a;
  auto get = [&](const char* key) { return j.contains(key) && j[key].is_string() ? j[key].get<std::string>() : std::string(); };
  a.id = get("id");
  a.title = get("title");
  a.body = get("body");
  a.date = get("date");
  a.url = get("url");
  a.source = get("source");
  a.lang = get("lang");
  return a;
}

// Equal for the same title and body; never 0 (which says "no hash").
uint64_t content_hash(const Article& a) {
  uint64_t hash = fnv1a(fnv1a(14695981039346656037ULL, a.title), a.body);
  return hash ? hash : 1;
}

// A record of databases written before LZ4 (format 4), `size` bytes once decompressed.
std::string zstd_record(std::string_view compressed, uint64_t size) {
  std::string record(size, '\0');
  thread_local std::unique_ptr<ZSTD_DCtx, size_t (*)(ZSTD_DCtx*)> context(ZSTD_createDCtx(), ZSTD_freeDCtx);
  size_t got = ZSTD_decompressDCtx(context.get(), record.data(), record.size(), compressed.data(), compressed.size());
  if (ZSTD_isError(got) || got != size) throw CorruptRecord("record does not decompress");
  return record;
}

// A record as written now, `size` bytes once decompressed.
std::string lz4_record(std::string_view compressed, uint64_t size) {
  // LZ4 expands a byte into 255 at most: a damaged size is caught before it is allocated.
  if (size > compressed.size() * 255 || size > static_cast<uint64_t>(std::numeric_limits<int>::max()))
    throw CorruptRecord("record size does not fit its data");
  std::string record(size, '\0');
  int got = LZ4_decompress_safe(compressed.data(), record.data(), static_cast<int>(compressed.size()),
                                static_cast<int>(record.size()));
  if (got < 0 || static_cast<uint64_t>(got) != size) throw CorruptRecord("record does not decompress");
  return record;
}

// The record behind the format byte, decompressed. Throws CorruptRecord.
std::string decompress(std::string_view data) {
  if (data.size() < 1 + kHashBytes) throw CorruptRecord("record too short");
  ByteReader in(data.substr(1 + kHashBytes));
  uint64_t size = in.varint();
  if (size > (uint64_t{1} << 31)) throw CorruptRecord("record too large");
  return data[0] == kZstdFormat ? zstd_record(in.rest(), size) : lz4_record(in.rest(), size);
}

void read_fields(ByteReader& in, Article& a) {
  for (std::string* field : {&a.id, &a.title, &a.body, &a.date, &a.url, &a.source, &a.lang}) *field = in.bytes();
}

}  // namespace

std::string encode_article(const Article& a, const std::vector<IndexedWord>& title, const std::vector<IndexedWord>& body) {
  std::string record;
  record.reserve(a.title.size() + a.body.size() * 2 + 64);
  for (const std::string* field : {&a.id, &a.title, &a.body, &a.date, &a.url, &a.source, &a.lang}) put_bytes(record, *field);
  KeyWriter keys;
  encode_words(record, a.title, title, keys);
  encode_words(record, a.body, body, keys);

  std::string data(1, kFormat);
  uint64_t hash = content_hash(a);
  for (size_t i = 0; i < kHashBytes; ++i) data += static_cast<char>((hash >> (8 * i)) & 0xFF);
  put_varint(data, record.size());
  size_t header = data.size();
  if (record.size() > static_cast<size_t>(LZ4_MAX_INPUT_SIZE))
    throw std::runtime_error("cannot compress an article: too large");
  int bound = LZ4_compressBound(static_cast<int>(record.size()));
  data.resize(header + static_cast<size_t>(bound));
  int written = LZ4_compress_default(record.data(), data.data() + header, static_cast<int>(record.size()), bound);
  if (written <= 0) throw std::runtime_error("cannot compress an article");
  data.resize(header + static_cast<size_t>(written));
  return data;
}

StoredArticle decode_stored_article(std::string_view data) {
  StoredArticle stored;
  if (data.empty()) return stored;
  if (!is_record(data)) {
    stored.article = decode_json(data);
    return stored;
  }
  try {
    std::string record = decompress(data);
    ByteReader in(record);
    read_fields(in, stored.article);
    stored.title_words = decode_words(in, stored.article.title, stored.keys, stored.key_text);
    stored.body_words = decode_words(in, stored.article.body, stored.keys, stored.key_text);
  } catch (const CorruptRecord&) {
    stored.keys.clear();
    stored.title_words.clear();
    stored.body_words.clear();
  }
  return stored;
}

Article decode_article(std::string_view data) {
  if (!is_record(data)) return decode_json(data);
  Article a;
  try {
    std::string record = decompress(data);
    ByteReader in(record);
    read_fields(in, a);
  } catch (const CorruptRecord&) {
    return Article();
  }
  return a;
}

std::string article_fingerprint(const Article& a) {
  uint64_t hash = 14695981039346656037ULL;
  for (const std::string* field : {&a.id, &a.title, &a.body, &a.date, &a.url, &a.source, &a.lang})
    hash = fnv1a(hash, *field);
  return hex(fnv1a(hash, kAnalysisVersion));
}

uint64_t stored_content_hash(std::string_view data) {
  if (data.size() < 1 + kHashBytes || !is_record(data)) return 0;
  uint64_t hash = 0;
  for (size_t i = 0; i < kHashBytes; ++i) hash |= uint64_t{static_cast<unsigned char>(data[1 + i])} << (8 * i);
  return hash;
}

std::string lower_ascii(std::string s) {
  for (char& c : s) c = lower_ascii(c);
  return s;
}

}  // namespace news
