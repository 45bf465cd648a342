// Settings read from the environment, for measuring the engine under other parameters (the
// relevance benchmark's configurations) without a rebuild.
#pragma once
#include <cstdlib>
#include <optional>

namespace news {

// The number in the environment variable `name`: nothing when it is unset, when its text is not
// a number from end to end, or when it is negative.
inline std::optional<double> environment_number(const char* name) {
  const char* text = std::getenv(name);
  if (!text) return std::nullopt;
  char* end = nullptr;
  double value = std::strtod(text, &end);
  if (end == text || *end != '\0' || !(value >= 0)) return std::nullopt;
  return value;
}

}  // namespace news
