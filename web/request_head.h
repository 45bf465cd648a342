// Whether the bytes received on a connection hold a whole request head. The connection loop
// decides this before any worker is involved, so that a worker is only ever given a request it
// can answer at once, however slowly the client sends it.
#pragma once
#include <cstddef>
#include <string_view>

namespace news::web {

// The most a request head may take; past it the request is refused (414 or 400) and the
// connection closed. Heads are a few hundred bytes; httplib refuses lines over 8 KiB anyway.
inline constexpr size_t kMaxHeadBytes = 64 * 1024;

enum class HeadState {
  kIncomplete,  // wait for more bytes
  kComplete,    // holds a head up to the blank line after its headers
  kUnusable,    // can never become a request: it does not start like one, or is too long
};

// `received`: the bytes of a connection not yet consumed by earlier requests.
HeadState head_state(std::string_view received, size_t max_bytes = kMaxHeadBytes);

}  // namespace news::web
