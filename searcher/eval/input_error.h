// The one error newseval reports for bad input: a missing file, a malformed line, a bad option.
#pragma once
#include <cstddef>
#include <stdexcept>
#include <string>

namespace news::eval {

class InputError : public std::runtime_error {
 public:
  explicit InputError(const std::string& message) : std::runtime_error(message) {}

  // "source:line: what", the form compilers use, so editors can jump to the line.
  InputError(const std::string& source, std::size_t line, const std::string& what)
      : std::runtime_error(source + ":" + std::to_string(line) + ": " + what) {}
};

}  // namespace news::eval
