// Command-line reading shared by newsindex, newssearch and newsweb: options with values, whole
// numbers in a range, and one-line usage errors (exit status 2).
#pragma once
#include <cstdlib>
#include <iostream>
#include <string>

namespace news {

class Arguments {
 public:
  Arguments(std::string program, int argc, char** argv) : program_(std::move(program)), argc_(argc), argv_(argv) {}

  // Moves to the next argument; false when there is none.
  bool next() {
    if (++i_ >= argc_) return false;
    arg_ = argv_[i_];
    return true;
  }
  const std::string& arg() const { return arg_; }

  // The value that follows the current option.
  std::string value() {
    if (i_ + 1 >= argc_) fail(arg_ + " needs a value");
    return argv_[++i_];
  }

  // The value that follows the current option, as a whole number from min to max.
  size_t number(size_t min, size_t max = static_cast<size_t>(-1)) {
    std::string flag = arg_, text = value();
    try {
      size_t used = 0;
      unsigned long long n = std::stoull(text, &used);
      if (used == text.size() && text[0] != '-' && n >= min && n <= max) return static_cast<size_t>(n);
    } catch (const std::exception&) {
    }
    std::string range = max == static_cast<size_t>(-1) ? "of at least " + std::to_string(min)
                                                       : "from " + std::to_string(min) + " to " + std::to_string(max);
    fail(flag + " needs a whole number " + range + ", not \"" + text + "\"");
  }

  [[noreturn]] void fail(const std::string& message) const {
    std::cerr << program_ << ": " << message << "\nTry '" << program_ << " --help'.\n";
    std::exit(2);
  }

 private:
  std::string program_;
  int argc_;
  char** argv_;
  int i_ = 0;
  std::string arg_;
};

}  // namespace news
